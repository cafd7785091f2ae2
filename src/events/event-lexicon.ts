/**
 * The event lexicons (data/events/*.json), loaded once: CAMEO codes for verbs, phrases and nouns,
 * the CAMEO → PLOVER table, and actor sectors. Also a small lemmatiser for the inflected forms
 * news prose uses ("met", "releases", "bombarded", "shelling").
 */
import { readDataFile } from '../resources/read-data-file.js';

export interface VerbLexicon {
  verbs: Record<string, string>;
  phrases: Record<string, string>;
  nouns: Record<string, string>;
  irregular: Record<string, string>;
  negated: Record<string, string>;
  reporting: string[];
  accusing: string[];
  intent: string[];
}

export interface PloverCode {
  type: string;
  mode?: string;
  context: string[];
}

interface CameoPlover {
  codes: Record<string, PloverCode>;
  roots: Record<string, string>;
  extra: Record<string, PloverCode>;
}

export interface SectorLexicon {
  nouns: Record<string, string[]>;
  organisations: Record<string, string[]>;
  nameWords: Record<string, string[]>;
}

export const verbLexicon = () => readDataFile<VerbLexicon>('events/verbs.json');

let wordSets: { reporting: Set<string>; intent: Set<string>; irregular: Set<string> } | undefined;

/** The verb lexicon's word lists as sets, built once: reporting verbs, intent words, irregular forms. */
export function verbWordSets() {
  if (!wordSets) {
    const lex = verbLexicon();
    wordSets = {
      reporting: new Set(lex.reporting),
      intent: new Set(lex.intent),
      irregular: new Set(Object.keys(lex.irregular)),
    };
  }
  return wordSets;
}
export const sectorLexicon = () => readDataFile<SectorLexicon>('events/sectors.json');
const cameoPlover = () => readDataFile<CameoPlover>('events/cameo-plover.json');

/** PLOVER type, mode and context of a CAMEO code: the code itself, then shorter prefixes, then the root. */
export function ploverOf(cameo: string): PloverCode | undefined {
  const { codes, roots, extra } = cameoPlover();
  for (let length = cameo.length; length >= 3; length--) {
    const prefix = cameo.slice(0, length);
    const found = codes[prefix] ?? extra[prefix];
    if (found) return found;
  }
  const root = roots[cameo.slice(0, 2)];
  return root ? { type: root, context: [] } : undefined;
}

let known: Set<string> | undefined;

function knownLemmas(): Set<string> {
  if (known) return known;
  const lex = verbLexicon();
  known = new Set([...Object.keys(lex.verbs), ...Object.keys(lex.nouns), ...lex.reporting]);
  for (const phrase of Object.keys(lex.phrases)) for (const word of phrase.split(' ')) known.add(word);
  return known;
}

/** Candidate base forms of a lower-case word, most likely first. */
function candidates(word: string): string[] {
  const out = [word];
  const stem = (suffix: string) => (word.endsWith(suffix) ? word.slice(0, -suffix.length) : undefined);
  const ies = stem('ies') ?? stem('ied');
  if (ies) out.push(`${ies}y`);
  for (const suffix of ['es', 's', 'ed', 'd', 'ing']) {
    const base = stem(suffix);
    if (!base || base.length < 2) continue;
    out.push(base, `${base}e`);
    // "shelled", "stopped": a doubled final consonant.
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

const MAX_CACHED_WORDS = 100_000;
const lemmaCache = new Map<string, string>();

/** The lemma the lexicons know for a word ("met" → "meet", "shelling" → "shell"), else the word. */
export function lemma(word: string): string {
  let found = lemmaCache.get(word);
  if (found === undefined) {
    const lower = word.toLowerCase();
    const irregular = verbLexicon().irregular[lower];
    found = irregular ?? candidates(lower).find((c) => knownLemmas().has(c)) ?? lower;
    // Words repeat across articles; the cache is bounded so that a stream of junk cannot grow it forever.
    if (lemmaCache.size >= MAX_CACHED_WORDS) lemmaCache.clear();
    lemmaCache.set(word, found);
  }
  return found;
}

/** verbLemma's answers by word; null for a word that is no known verb's form. */
const verbLemmaCache = new Map<string, string | null>();

/** The verb a word is a form of, when the verb lexicon knows it ("meeting" → "meet"), else undefined. */
export function verbLemma(word: string): string | undefined {
  let found = verbLemmaCache.get(word);
  if (found === undefined) {
    const lower = word.toLowerCase();
    const lex = verbLexicon();
    const irregular = lex.irregular[lower];
    found =
      irregular && lex.verbs[irregular]
        ? irregular
        : (candidates(lower).find((c) => lex.verbs[c] !== undefined) ?? null);
    if (verbLemmaCache.size >= MAX_CACHED_WORDS) verbLemmaCache.clear();
    verbLemmaCache.set(word, found);
  }
  return found ?? undefined;
}
