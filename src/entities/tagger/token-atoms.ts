/**
 * Per-token "atoms": the hashed strings and small codes that feature templates combine. Computed once
 * per document, so every template is a couple of integer mixes at tagging time.
 */
import { hashString } from './feature-hash.js';
import { type Gazetteer, matchGazetteer } from './gazetteer.js';
import { UNKNOWN_CLUSTER, WordClusters } from './word-clusters.js';

/** Capitalisation classes. */
export const CAP = { LOWER: 0, TITLE: 1, UPPER: 2, LETTER: 3, DIGIT: 4, OTHER: 5, MIXED: 6 } as const;

/** Document-level flags. */
export const DOC = {
  LOWER_ELSEWHERE: 1,
  CAP_MID_SENTENCE: 2,
  HEADLINE: 4,
  SENTENCE_INITIAL: 8,
  /** A sentence of three words or more with no capitalised word but "I": its writer capitalises nothing. */
  LOWER_SENTENCE: 16,
} as const;

/** Universal POS tags as wink gives them; index + 1 is the `pos` atom (0: no tag). */
const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
];
const UPOS_INDEX = new Map(UPOS.map((t, i) => [t, i + 1]));

/**
 * The tag of a tagger word cut from a wink token (hyphenated words are split, see tag-entities.ts):
 * the token's tag, PUNCT for the hyphen itself. Training applies the same rule to corpus words.
 */
export function piecePos(word: string, tokenPos: string): string {
  return word === '-' ? 'PUNCT' : tokenPos;
}

export interface DocAtoms {
  n: number;
  form: Uint32Array;
  norm: Uint32Array;
  shape: Uint32Array;
  pre3: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  cap: Uint8Array;
  length: Uint8Array;
  docFlags: Uint8Array;
  gazBegin: Uint16Array;
  gazInside: Uint16Array;
  /** Leaf word cluster of the normalised form (UNKNOWN_CLUSTER when the word has none). */
  cluster: Uint16Array;
  /** Capitalisation prior of the normalised form in unlabelled text (CAP_PRIOR). */
  capPrior: Uint8Array;
  /** wink part-of-speech tag (index into UPOS + 1; 0 when not given). */
  pos: Uint8Array;
  /** Index of the first token of each token's sentence, and one past its last. */
  sentStart: Uint32Array;
  sentEnd: Uint32Array;
}

/** Typographic variants folded to one form: curly quotes, dashes. */
const TYPOGRAPHIC = /[“”„‟«»″‘’‚‛`′‐‑‒–—―]/;

export function normaliseForm(word: string): string {
  if (!TYPOGRAPHIC.test(word)) return word;
  return word
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[‘’‚‛`′]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-');
}

export function capClass(word: string): number {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 128) {
      const ch = word[i]!;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
    if (i === 0 && upper === 0 && lower === 0 && c >= 48 && c <= 57) return CAP.DIGIT;
  }
  const first = word.charCodeAt(0);
  const firstUpper = (first >= 65 && first <= 90) || (first >= 128 && word[0] !== word[0]!.toLowerCase());
  const firstLower = (first >= 97 && first <= 122) || (first >= 128 && word[0] !== word[0]!.toUpperCase());
  if (firstUpper) {
    if (word.length === 1) return CAP.LETTER;
    if (lower === 0) return upper >= 2 || word.length > 2 ? CAP.UPPER : CAP.LETTER;
    return CAP.TITLE;
  }
  if (firstLower) return upper === 0 ? CAP.LOWER : CAP.MIXED;
  return CAP.OTHER;
}

/** Character classes collapsed to runs of at most two: "Blinken" → "Xxx", "G7" → "Xd", "U.S." → "X.X.". */
export function wordShape(word: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let s: number;
    if (c >= 48 && c <= 57) s = 100;
    else if (c >= 65 && c <= 90) s = 88;
    else if (c >= 97 && c <= 122) s = 120;
    else if (c < 128) s = c;
    else {
      const ch = word[i]!;
      s = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    }
    if (s === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = s;
    }
    out += String.fromCharCode(s);
  }
  return out;
}

function isCapitalised(cap: number): boolean {
  return cap === CAP.TITLE || cap === CAP.UPPER || cap === CAP.LETTER || cap === CAP.MIXED;
}

/** The atoms of a word that depend on its text alone (and the word clusters). */
export interface WordAtoms {
  lower: string;
  lowerHash: number;
  form: number;
  norm: number;
  shape: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  cap: number;
  length: number;
  cluster: number;
  capPrior: number;
  /** The gazetteer's value of the lowercase form (Gazetteer.get: categories, longest phrase). */
  gazetteer: number;
}

function computeWordAtoms(word: string, gazetteer: Gazetteer, clusters: WordClusters): WordAtoms {
  const form = normaliseForm(word);
  const lower = form.toLowerCase();
  const norm = /[0-9]/.test(lower) ? lower.replace(/[0-9]/g, '0') : lower;
  const normHash = hashString(norm);
  const lowerHash = hashString(lower);
  return {
    lower,
    lowerHash,
    form: hashString(form),
    norm: normHash,
    shape: hashString(wordShape(form)),
    pre3: hashString(norm.slice(0, 3)),
    suf2: hashString(norm.slice(-2)),
    suf3: hashString(norm.slice(-3)),
    suf4: hashString(norm.slice(-4)),
    cap: capClass(form),
    length: Math.min(form.length, 12),
    cluster: clusters.size > 0 ? clusters.get(normHash) : UNKNOWN_CLUSTER,
    capPrior: clusters.size > 0 ? clusters.capPrior(normHash) : 0,
    gazetteer: gazetteer.get(lowerHash),
  };
}

/**
 * Word atoms by word, per gazetteer and cluster table. Most tokens of a text are words seen before,
 * and the eight string hashes, case folding and shape of a word were a third of computeAtoms' time
 * (the gazetteer look-up, a cache miss in a table of megabytes, another 4% of tagging). Emptied when
 * it grows past WORD_CACHE_LIMIT words, so a long-running process keeps at most a few MB.
 */
const wordCaches = new WeakMap<Gazetteer, WeakMap<WordClusters, Map<string, WordAtoms>>>();
const WORD_CACHE_LIMIT = 50_000;

/** The word atom cache of a gazetteer and cluster table: a Map from word to atoms (lookUpWord). */
function wordCache(gazetteer: Gazetteer, clusters: WordClusters): Map<string, WordAtoms> {
  let byClusters = wordCaches.get(gazetteer);
  if (!byClusters) {
    byClusters = new WeakMap();
    wordCaches.set(gazetteer, byClusters);
  }
  let cache = byClusters.get(clusters);
  if (!cache) {
    cache = new Map();
    byClusters.set(clusters, cache);
  }
  return cache;
}

function lookUpWord(
  cache: Map<string, WordAtoms>,
  word: string,
  gazetteer: Gazetteer,
  clusters: WordClusters,
): WordAtoms {
  let atoms = cache.get(word);
  if (!atoms) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    atoms = computeWordAtoms(word, gazetteer, clusters);
    cache.set(word, atoms);
  }
  return atoms;
}

/**
 * @param words token strings of the whole document
 * @param sentenceStarts ascending token indices where sentences begin (the first must be 0)
 * @param pos wink part-of-speech tag of each word (piecePos), when known
 */
export function computeAtoms(
  words: readonly string[],
  sentenceStarts: readonly number[],
  gazetteer: Gazetteer,
  clusters: WordClusters = WordClusters.EMPTY,
  pos?: readonly string[],
): DocAtoms {
  const n = words.length;
  const atoms: DocAtoms = {
    n,
    form: new Uint32Array(n),
    norm: new Uint32Array(n),
    shape: new Uint32Array(n),
    pre3: new Uint32Array(n),
    suf2: new Uint32Array(n),
    suf3: new Uint32Array(n),
    suf4: new Uint32Array(n),
    cap: new Uint8Array(n),
    length: new Uint8Array(n),
    docFlags: new Uint8Array(n),
    gazBegin: new Uint16Array(n),
    gazInside: new Uint16Array(n),
    cluster: new Uint16Array(n),
    capPrior: new Uint8Array(n),
    pos: new Uint8Array(n),
    sentStart: new Uint32Array(n),
    sentEnd: new Uint32Array(n),
  };
  const lowers: string[] = new Array(n);
  const lowerHashes = new Uint32Array(n);
  const gazetteerValues = new Uint32Array(n);
  const capitalised = new Uint8Array(n);
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  const cache = wordCache(gazetteer, clusters);
  for (let s = 0; s < sentenceStarts.length; s++) {
    const start = sentenceStarts[s]!;
    const end = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : n;
    let letters = 0;
    let capitals = 0;
    let capitalsButI = 0;
    for (let i = start; i < end; i++) {
      atoms.sentStart[i] = start;
      atoms.sentEnd[i] = end;
      const word = lookUpWord(cache, words[i]!, gazetteer, clusters);
      const lower = word.lower;
      lowers[i] = lower;
      const cap = word.cap;
      atoms.cap[i] = cap;
      capitalised[i] = cap === CAP.UPPER ? 2 : isCapitalised(cap) ? 1 : 0;
      lowerHashes[i] = word.lowerHash;
      gazetteerValues[i] = word.gazetteer;
      atoms.form[i] = word.form;
      atoms.norm[i] = word.norm;
      atoms.cluster[i] = word.cluster;
      atoms.capPrior[i] = word.capPrior;
      atoms.shape[i] = word.shape;
      atoms.pre3[i] = word.pre3;
      atoms.suf2[i] = word.suf2;
      atoms.suf3[i] = word.suf3;
      atoms.suf4[i] = word.suf4;
      atoms.length[i] = word.length;
      if (cap === CAP.LOWER) lowerSeen.add(lower);
      else if (capitalised[i] && i > start && !/^["'(]$/.test(words[i - 1]!)) capMid.add(lower);
      if (cap !== CAP.DIGIT && cap !== CAP.OTHER) {
        letters++;
        if (capitalised[i]) {
          capitals++;
          if (words[i] !== 'I') capitalsButI++;
        }
      }
    }
    const headline = letters >= 4 && capitals >= 0.7 * letters;
    const lowerSentence = letters >= 3 && capitalsButI === 0;
    for (let i = start; i < end; i++) {
      let flags = i === start ? DOC.SENTENCE_INITIAL : 0;
      if (headline) flags |= DOC.HEADLINE;
      if (lowerSentence) flags |= DOC.LOWER_SENTENCE;
      atoms.docFlags[i] = flags;
    }
  }
  if (pos) for (let i = 0; i < n; i++) atoms.pos[i] = UPOS_INDEX.get(pos[i]!) ?? 0;
  for (let i = 0; i < n; i++) {
    const lower = lowers[i]!;
    if (lowerSeen.has(lower)) atoms.docFlags[i]! |= DOC.LOWER_ELSEWHERE;
    if (capMid.has(lower)) atoms.docFlags[i]! |= DOC.CAP_MID_SENTENCE;
  }
  // Where the writer capitalises nothing, proper-name phrases of the gazetteer ("kerala", "max")
  // are matched in lowercase too; the model weighs them with the sentence's other features.
  let matchCapitalised = capitalised;
  for (let i = 0; i < n; i++) {
    if ((atoms.docFlags[i]! & DOC.LOWER_SENTENCE) === 0 || atoms.cap[i] !== CAP.LOWER) continue;
    if (matchCapitalised === capitalised) matchCapitalised = capitalised.slice();
    matchCapitalised[i] = 1;
  }
  const matches = matchGazetteer(gazetteer, lowers, lowerHashes, matchCapitalised, gazetteerValues);
  atoms.gazBegin = matches.begin;
  atoms.gazInside = matches.inside;
  return atoms;
}
