/** Gazetteer candidates for one mention's surface text (names, aliases, demonyms, possessives). */
import { countryOfDemonym } from './demonyms.js';
import { gazetteer } from './load-gazetteer.js';
import { normalizePlaceName } from './normalize-place-name.js';
import type { PlaceEntry } from './place-entry.js';

/** Candidates beyond this many (by population) are dropped: the tail is tiny hamlets. */
const MAX_CANDIDATES = 60;

const MAX_CACHED_NAMES = 100_000;
/** candidatesOf's answers by surface text: a name is looked up for several mentions and several uses. */
const candidatesCache = new Map<string, readonly PlaceEntry[]>();

export function lookupCandidates(surface: string): PlaceEntry[] {
  let entries = candidatesCache.get(surface);
  if (entries === undefined) {
    entries = candidatesOf(surface);
    // Bounded, so that a stream of junk cannot grow it forever.
    if (candidatesCache.size >= MAX_CACHED_NAMES) candidatesCache.clear();
    candidatesCache.set(surface, entries);
  }
  // A copy: the caller may sort or trim its list.
  return entries.slice();
}

function candidatesOf(surface: string): PlaceEntry[] {
  const gaz = gazetteer();
  const keys = [normalizePlaceName(surface)];
  const possessive = /^(.+?)['’]s?$/u.exec(surface);
  if (possessive?.[1]) keys.push(normalizePlaceName(possessive[1]));
  for (const key of keys) {
    const entries = gaz.lookup(key);
    if (entries.length > 0) {
      if (entries.length > MAX_CANDIDATES) {
        entries.sort((a, b) => b.population - a.population);
        entries.length = MAX_CANDIDATES;
      }
      return entries;
    }
  }
  const code = countryOfDemonym(surface.replace(/['’]s?$/u, ''));
  const country = code ? gaz.countryByCode.get(code) : undefined;
  return country ? [country] : [];
}

/** The admin1 or country that a qualifier after a comma names ("Springfield, Ill.", "Paris, Texas", "Tbilisi, Georgia"). */
export function lookupQualifier(qualifier: string): PlaceEntry[] {
  const gaz = gazetteer();
  const upper = qualifier.trim();
  if (/^[A-Z]{2}$/.test(upper)) {
    const state = gaz.admin1ByCode.get(`US.${upper}`);
    if (state) return [state];
  }
  return gaz.lookup(normalizePlaceName(upper)).filter((e) => e.kind === 'admin1' || e.kind === 'country');
}
