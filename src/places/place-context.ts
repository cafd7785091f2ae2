/**
 * What an article says about where it is: the countries and first-level admin regions it names
 * (place mentions, demonyms), and later those of the places a first pass resolved. Shares are counts
 * over the total, so one stray "American" in a Georgian story weighs less than five Tbilisi streets.
 */
import { countryOfDemonym } from './demonyms.js';
import { lookupQualifier } from './lookup-candidates.js';
import { normalizePlaceName } from './normalize-place-name.js';
import type { PlaceEntry } from './place-entry.js';

export interface ArticleContext {
  countryShare: ReadonlyMap<string, number>;
  admin1Share: ReadonlyMap<string, number>;
}

/** Raw evidence counts; `admin1` keys are "CC.ADMIN1". */
export interface ContextCounts {
  country: Map<string, number>;
  admin1: Map<string, number>;
}

/** A demonym in the text counts this much towards its country, against 1 for a named place. */
const DEMONYM_WEIGHT = 0.5;

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function shares(map: ReadonlyMap<string, number>): Map<string, number> {
  let total = 0;
  for (const v of map.values()) total += Math.max(0, v);
  const out = new Map<string, number>();
  if (total <= 0) return out;
  for (const [k, v] of map) if (v > 0) out.set(k, v / total);
  return out;
}

export function toContext(counts: ContextCounts): ArticleContext {
  return { countryShare: shares(counts.country), admin1Share: shares(counts.admin1) };
}

/** Adds what one resolved (or unambiguous) entry says about the article's countries and regions. */
export function addEntry(counts: ContextCounts, entry: PlaceEntry, by = 1): void {
  const cc = entry.countryCode;
  if (!cc) return;
  bump(counts.country, cc, by);
  if (entry.admin1 && (entry.kind === 'admin1' || entry.kind === 'city' || entry.kind === 'admin2')) {
    bump(counts.admin1, `${cc}.${entry.admin1}`, by);
  }
}

/** Evidence before any choice: countries and admin regions among the candidates, and demonyms. */
export function explicitCounts(text: string, candidates: readonly (readonly PlaceEntry[])[]): ContextCounts {
  const counts: ContextCounts = { country: new Map(), admin1: new Map() };
  for (const list of candidates) {
    const named = list.filter((e) => e.kind === 'country' || e.kind === 'admin1');
    for (const entry of named) addEntry(counts, entry, 1 / named.length);
  }
  for (const match of text.matchAll(/\b\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\b/gu)) {
    const code = countryOfDemonym(match[0]);
    if (code && normalizePlaceName(match[0]) !== '') bump(counts.country, code, DEMONYM_WEIGHT);
  }
  return counts;
}

export function cloneCounts(counts: ContextCounts): ContextCounts {
  return { country: new Map(counts.country), admin1: new Map(counts.admin1) };
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
