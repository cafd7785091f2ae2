/**
 * Feature templates of the entity tagger. Each feature is a 32-bit hash of (template id, atoms);
 * the same function serves training and tagging, so both always see identical features.
 */
import { mix, mix3 } from './feature-hash.js';
import { GAZ_BIT_COUNT } from './gazetteer.js';
import { DOC, type DocAtoms } from './token-atoms.js';
import { COARSE_SHIFT, MIDDLE_SHIFT } from './word-clusters.js';

export const MAX_FEATURES = 128;

const OUTSIDE_BEFORE = 0x0b05;
const OUTSIDE_AFTER = 0x0e05;

/**
 * Writes the feature hashes of token `i` into `out` and returns how many there are.
 * @param p1 label index of the previous token (or the label count at a sentence start)
 * @param p2 label index two tokens back (same convention)
 */
export function extractFeatures(a: DocAtoms, i: number, p1: number, p2: number, out: Uint32Array): number {
  let k = emissionFeatures(a, i, out);
  const hasPrev = i - 1 >= a.sentStart[i]!;
  const norm = a.norm[i]!;
  const normP = hasPrev ? a.norm[i - 1]! : OUTSIDE_BEFORE;
  out[k++] = transitionFeature(p1);
  out[k++] = mix3(19, p1, p2);
  out[k++] = mix3(20, p1, norm);
  out[k++] = mix3(21, p1, a.shape[i]!);
  out[k++] = mix3(29, p1, normP);
  out[k++] = mix3(43, p1, a.gazBegin[i]! | a.gazInside[i]!);
  out[k++] = mix3(54, p1, a.cluster[i]! >>> MIDDLE_SHIFT);
  return k;
}

/**
 * The feature whose weights score label `l` after label `previous` (the label count at a sentence
 * start): the previous-label feature of greedy decoding, the transition weights of Viterbi decoding.
 */
export function transitionFeature(previous: number): number {
  return mix(18, previous);
}

/** Capitalisation classes (CAP in token-atoms.ts) of lean tokens: lowercase words, numbers, punctuation. */
export const LEAN_CAP: readonly boolean[] = [true, false, false, false, true, true, false];

/**
 * Writes the features of token `i` that do not depend on labels (all but the previous-label
 * templates) into `out` and returns how many there are.
 * @param lean lowercase words, numbers and punctuation get a smaller set (leanFeatures): names
 *   rarely start there, and scoring every token (Viterbi decoding) costs less
 */
export function emissionFeatures(a: DocAtoms, i: number, out: Uint32Array, lean = false): number {
  // In a sentence whose writer capitalises nothing, capitalisation cannot tell names from words:
  // every token gets the full set (such sentences are rare in news, so tagging time barely moves).
  if (lean && LEAN_CAP[a.cap[i]!] && (a.docFlags[i]! & DOC.LOWER_SENTENCE) === 0)
    return leanFeatures(a, i, out);
  const start = a.sentStart[i]!;
  const end = a.sentEnd[i]!;
  const hasPrev = i - 1 >= start;
  const hasPrev2 = i - 2 >= start;
  const hasNext = i + 1 < end;
  const hasNext2 = i + 2 < end;
  const norm = a.norm[i]!;
  const normP = hasPrev ? a.norm[i - 1]! : OUTSIDE_BEFORE;
  const normP2 = hasPrev2 ? a.norm[i - 2]! : OUTSIDE_BEFORE;
  const normN = hasNext ? a.norm[i + 1]! : OUTSIDE_AFTER;
  const normN2 = hasNext2 ? a.norm[i + 2]! : OUTSIDE_AFTER;
  const shape = a.shape[i]!;
  const shapeP = hasPrev ? a.shape[i - 1]! : OUTSIDE_BEFORE;
  const shapeN = hasNext ? a.shape[i + 1]! : OUTSIDE_AFTER;
  const cap = a.cap[i]!;
  const capP = hasPrev ? a.cap[i - 1]! : 9;
  const capN = hasNext ? a.cap[i + 1]! : 10;
  const flags = a.docFlags[i]!;
  const position = Math.min(i - start, 2);
  let k = 0;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, a.form[i]!);
  out[k++] = mix(3, norm);
  out[k++] = mix(4, normP);
  out[k++] = mix(5, normN);
  out[k++] = mix(6, normP2);
  out[k++] = mix(7, normN2);
  out[k++] = mix(8, shape);
  out[k++] = mix(9, shapeP);
  out[k++] = mix(10, shapeN);
  out[k++] = mix(11, a.suf2[i]!);
  out[k++] = mix(12, a.suf3[i]!);
  out[k++] = mix(13, a.suf4[i]!);
  out[k++] = mix(14, a.pre3[i]!);
  out[k++] = mix3(15, normP, norm);
  out[k++] = mix3(16, norm, normN);
  out[k++] = mix3(17, mix(shapeP, shape), shapeN);
  out[k++] = mix3(22, position, cap);
  out[k++] = mix3(23, flags, cap);
  out[k++] = mix3(24, mix(flags, cap), position);
  out[k++] = mix3(25, capP * 16 + capN, cap);
  out[k++] = mix3(26, a.length[i]!, cap);
  out[k++] = mix(27, hasPrev ? a.form[i - 1]! : OUTSIDE_BEFORE);
  out[k++] = mix(28, hasNext ? a.form[i + 1]! : OUTSIDE_AFTER);
  out[k++] = mix3(30, hasPrev ? a.suf3[i - 1]! : OUTSIDE_BEFORE, cap);
  out[k++] = mix3(31, hasNext ? a.suf3[i + 1]! : OUTSIDE_AFTER, cap);
  k = gazetteerFeatures(a, i, 40, out, k);
  if (hasPrev) k = gazetteerFeatures(a, i - 1, 41, out, k);
  if (hasNext) k = gazetteerFeatures(a, i + 1, 42, out, k);
  out[k++] = mix3(44, a.gazBegin[i]! | a.gazInside[i]!, cap);
  // Word clusters from unlabelled text (word-clusters.ts): leaf, middle and coarse levels.
  const leaf = a.cluster[i]!;
  const leafP = hasPrev ? a.cluster[i - 1]! : OUTSIDE_BEFORE;
  const leafN = hasNext ? a.cluster[i + 1]! : OUTSIDE_AFTER;
  const mid = leaf >>> MIDDLE_SHIFT;
  const midP = leafP >>> MIDDLE_SHIFT;
  const midN = leafN >>> MIDDLE_SHIFT;
  out[k++] = mix(45, leaf);
  out[k++] = mix(46, mid);
  out[k++] = mix3(47, leaf, cap);
  out[k++] = mix3(48, mid, cap);
  out[k++] = mix3(49, leaf >>> COARSE_SHIFT, cap);
  out[k++] = mix(50, leafP);
  out[k++] = mix(51, leafN);
  out[k++] = mix3(52, midP, cap);
  out[k++] = mix3(53, midN, cap);
  const prior = a.capPrior[i]!;
  out[k++] = mix3(55, prior, cap);
  out[k++] = mix3(56, mix(prior, cap), flags & (DOC.SENTENCE_INITIAL | DOC.HEADLINE));
  out[k++] = mix3(57, prior, hasPrev ? a.capPrior[i - 1]! : 9);
  // wink part of speech (0 when the caller gave none).
  const pos = a.pos[i]!;
  const posP = hasPrev ? a.pos[i - 1]! : 30;
  const posN = hasNext ? a.pos[i + 1]! : 31;
  out[k++] = mix3(58, pos, cap);
  out[k++] = mix(59, posP);
  out[k++] = mix(60, posN);
  out[k++] = mix3(61, posP * 32 + posN, pos);
  return k;
}

/**
 * The features of a lowercase word, number or punctuation mark in lean models: the word and its
 * neighbours, their shapes and capitalisation, the next word's cluster and gazetteer categories
 * (what decides between O and continuing a name: "of", "and", "-" inside organisations).
 */
function leanFeatures(a: DocAtoms, i: number, out: Uint32Array): number {
  const start = a.sentStart[i]!;
  const end = a.sentEnd[i]!;
  const hasPrev = i - 1 >= start;
  const hasNext = i + 1 < end;
  const norm = a.norm[i]!;
  const normP = hasPrev ? a.norm[i - 1]! : OUTSIDE_BEFORE;
  const normN = hasNext ? a.norm[i + 1]! : OUTSIDE_AFTER;
  const cap = a.cap[i]!;
  const capP = hasPrev ? a.cap[i - 1]! : 9;
  const capN = hasNext ? a.cap[i + 1]! : 10;
  const leafN = hasNext ? a.cluster[i + 1]! : OUTSIDE_AFTER;
  let k = 0;
  out[k++] = mix(1, 0);
  out[k++] = mix(2, a.form[i]!);
  out[k++] = mix(3, norm);
  out[k++] = mix(4, normP);
  out[k++] = mix(5, normN);
  out[k++] = mix(8, a.shape[i]!);
  out[k++] = mix(10, hasNext ? a.shape[i + 1]! : OUTSIDE_AFTER);
  out[k++] = mix3(15, normP, norm);
  out[k++] = mix3(16, norm, normN);
  out[k++] = mix3(22, Math.min(i - start, 2), cap);
  out[k++] = mix3(23, a.docFlags[i]!, cap);
  out[k++] = mix3(25, capP * 16 + capN, cap);
  out[k++] = mix(45, a.cluster[i]!);
  out[k++] = mix(51, leafN);
  out[k++] = mix3(53, leafN >>> MIDDLE_SHIFT, cap);
  out[k++] = mix3(58, a.pos[i]!, cap);
  if (hasPrev) k = gazetteerFeatures(a, i - 1, 41, out, k);
  if (hasNext) k = gazetteerFeatures(a, i + 1, 42, out, k);
  return k;
}

function gazetteerFeatures(a: DocAtoms, i: number, template: number, out: Uint32Array, k: number): number {
  const begin = a.gazBegin[i]!;
  const inside = a.gazInside[i]!;
  if ((begin | inside) === 0) return k;
  for (let bit = 0; bit < GAZ_BIT_COUNT && k < MAX_FEATURES - 17; bit++) {
    const mask = 1 << bit;
    if (begin & mask) out[k++] = mix3(template, bit, 1);
    if (inside & mask) out[k++] = mix3(template, bit, 2);
  }
  return k;
}
