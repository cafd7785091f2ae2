/**
 * Place resolution (geoparsing): each place mention of an article → one GeoNames entry.
 *
 * In the spirit of CLIFF-CLAVIN: a prior from the kind of place and its population, then the article as
 * context, in two passes. Pass 1 picks with the prior and the explicit context (a qualifier such as
 * "Springfield, Ill.", countries and admin regions the article names, demonyms); pass 2 adds the
 * countries and admin regions of everything pass 1 resolved, so "Paris" beside "Texas" is Paris, TX and
 * a "Gainesville" among Georgia towns is Gainesville, GA.
 */
import type { Geo } from '../doc/record-schema.js';
import { articleLocale, type Locale } from './article-locale.js';
import { lookupCandidates } from './lookup-candidates.js';
import { normalizePlaceName } from './normalize-place-name.js';
import {
  type ArticleContext,
  addEntry,
  admin1Votes,
  type ContextCounts,
  contextExcept,
  countyListAfter,
  demonymCounts,
  emptyCounts,
  localUse,
  namedCounts,
  neighbourSupport,
  qualifierAfter,
} from './place-context.js';
import type { PlaceEntry } from './place-entry.js';

export { countryOfDemonym } from './demonyms.js';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
}
export interface ResolvedPlace extends PlaceMention {
  geo: Geo;
  score: number;
}

/** Prior of a candidate before any context: big, named units first, then cities by population. */
function prior(entry: PlaceEntry): number {
  switch (entry.kind) {
    case 'country':
      return 11;
    case 'continent':
    case 'water':
    case 'region':
      return 9.5;
    case 'admin1':
      return 9;
    case 'admin2':
      return 5;
    case 'city': {
      const base = Math.log10(entry.population + 1);
      if (entry.featureCode === 'PPLC') return Math.max(base + 1.5, 9.2);
      if (entry.featureCode === 'PPLA') return base + 0.5;
      return base;
    }
  }
}

/** Weights of the context features, in prior units (a factor of ten in population is 1). */
const WEIGHT = {
  /** The mention is qualified by its own admin region or country ("Paris, Texas"). */
  qualifier: 20,
  /** The candidate lies in a country the article names (scaled by that country's share). */
  country: 6,
  /** The candidate lies in an admin region the article names (scaled by the region's share). */
  admin1: 6,
  /** The other names have candidates in the candidate's admin region (local news without a state named). */
  support: 6,
  /** The other names have candidates within 100 km (a town and its county, neighbouring towns). */
  neighbours: 6,
  /** The candidate lies in the article's locale (see articleLocale): the country of a local paper. */
  locale: 4,
};

/**
 * A name used as a local community ("a Paris man", "City of Oxford residents", "Mansfield council") is
 * the paper's own town: fame says little about it, so its prior is capped at a mid-sized town's.
 */
const LOCAL_PRIOR_CAP = 5.5;

/**
 * A town named like a country (Mexico, MO; Lebanon, TN) loses this much unless used as a local community:
 * "a native of Mexico" among Connecticut towns is the country, whose towns share the article's country.
 */
const COUNTRY_NAMESAKE = 3;

interface MentionFacts {
  qualifiers: readonly PlaceEntry[];
  local: boolean;
  locale: Locale | undefined;
  /** One of the candidates is a country. */
  countryName: boolean;
}

function scoreCandidate(entry: PlaceEntry, context: ArticleContext, facts: MentionFacts): number {
  const { qualifiers } = facts;
  const base = facts.local ? Math.min(prior(entry), LOCAL_PRIOR_CAP) : prior(entry);
  let score = base + WEIGHT.neighbours * (context.neighbours?.get(entry) ?? 0);
  if (facts.countryName && !facts.local && (entry.kind === 'city' || entry.kind === 'admin2'))
    score -= COUNTRY_NAMESAKE;
  if (qualifiers.length > 0) {
    const match = qualifiers.some((q) =>
      q.kind === 'country'
        ? entry.countryCode === q.countryCode
        : entry.countryCode === q.countryCode && entry.admin1 === q.admin1,
    );
    if (match) score += WEIGHT.qualifier;
  }
  if (facts.locale && entry.countryCode === facts.locale.code) score += WEIGHT.locale * facts.locale.strength;
  const cc = entry.countryCode;
  if (cc) score += WEIGHT.country * (context.countryShare.get(cc) ?? 0);
  if (cc && entry.admin1 && entry.kind !== 'country') {
    const key = `${cc}.${entry.admin1}`;
    score += WEIGHT.admin1 * (context.admin1Share.get(key) ?? 0);
    score += WEIGHT.support * (context.admin1Support.get(key) ?? 0);
  }
  return score;
}

interface Choice {
  entry: PlaceEntry;
  score: number;
}

function choose(candidates: readonly PlaceEntry[], context: ArticleContext, facts: MentionFacts) {
  let best: Choice | undefined;
  for (const entry of candidates) {
    const score = scoreCandidate(entry, context, facts);
    if (!best || score > best.score) best = { entry, score };
  }
  return best;
}

function toGeo(entry: PlaceEntry): Geo {
  const geo: Geo = { name: entry.name, featureClass: entry.featureClass, lat: entry.lat, lon: entry.lon };
  if (entry.geonameId !== undefined) geo.geonameId = entry.geonameId;
  if (entry.countryCode) geo.countryCode = entry.countryCode;
  if (entry.admin1) geo.admin1 = entry.admin1;
  return geo;
}

/**
 * Resolves each place mention of one article to a GeoNames entry, using the whole article as context.
 * `contextMentions` are other place names of the article (found by the gazetteer inside organisation
 * names and the like: "Edgar County Sheriff", "Illinois skills match"); they inform the context but
 * are not resolved themselves.
 */
export function resolvePlaces(
  text: string,
  placeMentions: readonly PlaceMention[],
  contextMentions: readonly PlaceMention[] = [],
): ResolvedPlace[] {
  const mentions = [...placeMentions, ...contextMentions];
  // "Navarro, Henderson and Ellis counties": each name of the list is looked up as a county.
  const lookupNames = mentions.map((m) => {
    const unit = countyListAfter(text, m.end);
    return unit && lookupCandidates(`${m.text} ${unit}`).length > 0 ? `${m.text} ${unit}` : m.text;
  });
  const names = lookupNames.map(normalizePlaceName);
  const candidatesOf = new Map<string, PlaceEntry[]>();
  names.forEach((name, i) => {
    if (!candidatesOf.has(name)) candidatesOf.set(name, lookupCandidates(lookupNames[i]!));
  });
  const candidates = names.map((n) => candidatesOf.get(n)!);
  const locale = articleLocale(text);
  const localNames = new Set(names.filter((_, i) => localUse(text, mentions[i]!)));
  const facts: MentionFacts[] = mentions.map((m, i) => ({
    qualifiers: qualifierAfter(text, m.end),
    local: localNames.has(names[i]!),
    locale,
    countryName: candidates[i]!.some((e) => e.kind === 'country'),
  }));
  const demonyms = demonymCounts(text);
  const votes = new Map([...candidatesOf].map(([n, c]) => [n, admin1Votes(c)]));
  const neighbours = neighbourSupport(candidatesOf);
  const contexts = (evidence: ReadonlyMap<string, ContextCounts>) =>
    new Map(
      [...candidatesOf.keys()].map((n) => [
        n,
        { ...contextExcept(n, evidence, votes, demonyms), neighbours },
      ]),
    );
  // Pass 1: the other names' countries and admin regions as named outright.
  const named = new Map<string, ContextCounts>();
  names.forEach((n) => {
    const counts = named.get(n) ?? emptyCounts();
    const own = namedCounts(candidatesOf.get(n)!);
    for (const [k, v] of own.country) counts.country.set(k, (counts.country.get(k) ?? 0) + v);
    for (const [k, v] of own.admin1) counts.admin1.set(k, (counts.admin1.get(k) ?? 0) + v);
    named.set(n, counts);
  });
  const firstContexts = contexts(named);
  // Pass 2: the other names as pass 1 resolved them.
  const resolved = new Map<string, ContextCounts>();
  names.forEach((n, i) => {
    const choice = choose(candidates[i]!, firstContexts.get(n)!, facts[i]!);
    if (!resolved.has(n)) resolved.set(n, emptyCounts());
    if (choice) addEntry(resolved.get(n)!, choice.entry);
  });
  const finalContexts = contexts(resolved);
  const out: ResolvedPlace[] = [];
  placeMentions.forEach((mention, i) => {
    const best = choose(candidates[i]!, finalContexts.get(names[i]!)!, facts[i]!);
    if (best)
      out.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        geo: toGeo(best.entry),
        score: best.score,
      });
  });
  return out;
}

/** The article's focus countries (ISO 3166-1 alpha-2), most important first. */
export function focusCountries(places: readonly ResolvedPlace[]): string[] {
  const weight = new Map<string, { count: number; first: number }>();
  places.forEach((place, index) => {
    const cc = place.geo.countryCode;
    if (!cc) return;
    const seen = weight.get(cc);
    if (seen) seen.count += 1;
    else weight.set(cc, { count: 1, first: index });
  });
  return [...weight.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([cc]) => cc);
}
