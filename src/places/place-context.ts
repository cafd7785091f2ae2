/**
 * What an article says about where it is. Evidence is kept per mention name so that a name never votes
 * for itself (leave-one-out): the countries and admin regions other names denote (named outright, or as
 * a first pass resolved them), demonyms in the text, and the admin regions the other names' candidates
 * share ("Paris" and "Henry County" both have a candidate in Tennessee). Shares are fractions of the
 * evidence, so one stray "American" in a Georgian story weighs less than five Tbilisi streets.
 */
import { countryOfDemonym } from './demonyms.js';
import { lookupQualifier } from './lookup-candidates.js';
import { distanceKm, type PlaceEntry } from './place-entry.js';

export interface ArticleContext {
  countryShare: ReadonlyMap<string, number>;
  /** Keys "CC.ADMIN1". */
  admin1Share: ReadonlyMap<string, number>;
  /** Fraction of the other names that have a candidate in this admin region ("CC.ADMIN1"). */
  admin1Support: ReadonlyMap<string, number>;
  /** Spatial coherence of each candidate with the other names (see neighbourSupport). */
  neighbours?: ReadonlyMap<PlaceEntry, number>;
}

export interface ContextCounts {
  country: Map<string, number>;
  admin1: Map<string, number>;
}

/** A demonym in the text counts this much towards its country, against 1 for a named place. */
const DEMONYM_WEIGHT = 0.5;

export const emptyCounts = (): ContextCounts => ({ country: new Map(), admin1: new Map() });

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function shares(map: ReadonlyMap<string, number>): Map<string, number> {
  let total = 0;
  for (const v of map.values()) total += v;
  const out = new Map<string, number>();
  if (total > 0) for (const [k, v] of map) out.set(k, v / total);
  return out;
}

const admin1Key = (entry: PlaceEntry): string | undefined =>
  entry.countryCode && entry.admin1 && entry.kind !== 'country'
    ? `${entry.countryCode}.${entry.admin1}`
    : undefined;

/** Adds what one entry says about the article's countries and admin regions. */
export function addEntry(counts: ContextCounts, entry: PlaceEntry, by = 1): void {
  if (!entry.countryCode) return;
  bump(counts.country, entry.countryCode, by);
  const key = admin1Key(entry);
  if (key) bump(counts.admin1, key, by);
}

/** Evidence of one name before any choice: the countries and admin regions among its candidates. */
export function namedCounts(candidates: readonly PlaceEntry[]): ContextCounts {
  const counts = emptyCounts();
  const named = candidates.filter((e) => e.kind === 'country' || e.kind === 'admin1');
  for (const entry of named) addEntry(counts, entry, 1 / named.length);
  return counts;
}

export function demonymCounts(text: string): ContextCounts {
  const counts = emptyCounts();
  for (const match of text.matchAll(/\b\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\b/gu)) {
    const code = countryOfDemonym(match[0]);
    if (code) bump(counts.country, code, DEMONYM_WEIGHT);
  }
  return counts;
}

/** The admin regions of one name's candidates, each weighted 1 / (number of regions). */
export function admin1Votes(candidates: readonly PlaceEntry[]): Map<string, number> {
  const keys = new Set<string>();
  for (const e of candidates) {
    const key = admin1Key(e);
    if (key) keys.add(key);
  }
  return new Map([...keys].map((k) => [k, 1 / keys.size]));
}

/** The context of one name: the sum of the other names' evidence, the demonyms, and the shared regions. */
export function contextExcept(
  name: string,
  evidence: ReadonlyMap<string, ContextCounts>,
  votes: ReadonlyMap<string, ReadonlyMap<string, number>>,
  demonyms: ContextCounts,
): ArticleContext {
  const sum: ContextCounts = { country: new Map(demonyms.country), admin1: new Map() };
  for (const [other, counts] of evidence) {
    if (other === name) continue;
    for (const [k, v] of counts.country) bump(sum.country, k, v);
    for (const [k, v] of counts.admin1) bump(sum.admin1, k, v);
  }
  const support = new Map<string, number>();
  const others = votes.size - (votes.has(name) ? 1 : 0);
  for (const [other, vote] of votes) {
    if (other === name) continue;
    for (const [k, v] of vote) bump(support, k, v / others);
  }
  return { countryShare: shares(sum.country), admin1Share: shares(sum.admin1), admin1Support: support };
}

/** The admin region or country named right after a mention: "Springfield, Ill.", "Paris, Texas". */
export function qualifierAfter(text: string, end: number): PlaceEntry[] {
  const match = /^,\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u.exec(text.slice(end, end + 40));
  if (!match?.[1]) return [];
  const words = match[1].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const found = lookupQualifier(words.slice(0, n).join(' '));
    if (found.length > 0) return found;
  }
  return [];
}

/** Within this distance two candidates of different names count as neighbours (a town and its county). */
const NEIGHBOUR_KM = 100;
const isLocal = (e: PlaceEntry): boolean => e.kind === 'city' || e.kind === 'admin2';

/**
 * Spatial coherence: for each local candidate of a name, the weighted fraction of the other names that
 * have a local candidate nearby. A name with many candidates votes less (weight 1/√candidates).
 */
export function neighbourSupport(
  candidatesOf: ReadonlyMap<string, readonly PlaceEntry[]>,
): Map<PlaceEntry, number> {
  const support = new Map<PlaceEntry, number>();
  const locals = [...candidatesOf].map(([name, list]) => ({ name, list: list.filter(isLocal) }));
  for (const { name, list } of locals) {
    let total = 0;
    const others = locals.filter((o) => o.name !== name && o.list.length > 0);
    for (const o of others) total += 1 / Math.sqrt(o.list.length);
    if (total === 0) continue;
    for (const entry of list) {
      let near = 0;
      for (const o of others) {
        let closest = NEIGHBOUR_KM;
        for (const e of o.list) {
          if (Math.abs(e.lat - entry.lat) < 1.5) closest = Math.min(closest, distanceKm(e, entry));
        }
        // graded: a town inside its county counts fully, one 90 km away barely
        near += (1 - closest / NEIGHBOUR_KM) / Math.sqrt(o.list.length);
      }
      support.set(entry, near / total);
    }
  }
  return support;
}

/** Words after a town's name that make it the community a local paper serves: "a Paris man", "Athens residents". */
const LOCAL_AFTER =
  /^['’]?\s+(?:(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|couple|family|families|parents)\b|(?:city|town|village|borough|township) (?:council|hall|officials|manager|attorney)\b|(?:city council|council|police|police department|fire department|firefighters|fire chief|police chief|mayor|school district|independent school district|public schools|school board)\b)/iu;
/** Words before it: "City of Oxford", "of 1935 Orchard St., Alexandria". */
const LOCAL_BEFORE =
  /(?:\b(?:City|Town|Village|Borough|Township) of\s+|\b\d+\s+(?:[NSEW]\.\s+)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s+(?:St|Ave|Rd|Road|Street|Avenue|Drive|Dr|Lane|Ln|Blvd|Highway|Hwy)\.?,\s+)$/u;

/** The mention is used as the local community of the article's paper (see LOCAL_AFTER, LOCAL_BEFORE). */
export function localUse(text: string, mention: { start: number; end: number }): boolean {
  return (
    LOCAL_AFTER.test(text.slice(mention.end, mention.end + 40)) ||
    LOCAL_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start))
  );
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*)?";
const COUNTY_LIST = new RegExp(
  `^(?:(?:,\\s*${WORD})*,?\\s+(?:and|&)\\s+${WORD})?\\s+(counties|parishes)\\b`,
  'u',
);

/** "County" or "Parish" when the name ends a list of counties ("in Navarro, Henderson and Ellis counties"). */
export function countyListAfter(text: string, end: number): 'County' | 'Parish' | undefined {
  const match = COUNTY_LIST.exec(text.slice(end, end + 120));
  if (!match) return undefined;
  return match[1] === 'parishes' ? 'Parish' : 'County';
}
