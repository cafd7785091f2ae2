/**
 * Text fingerprints for duplicate detection: an exact hash of the normalised text, and a MinHash
 * signature over word shingles with locality-sensitive-hashing bands for finding near-duplicates
 * (wire copies re-published with another headline, a credit line or a trimmed paragraph).
 */
import { createHash } from 'node:crypto';

/** Words per shingle. Five words keep shingles specific to one text while surviving small edits. */
const SHINGLE_WORDS = 5;
/** Signature length = BANDS × ROWS_PER_BAND. 12 bands of 5 rows find pairs with Jaccard 0.8 at ~99%. */
export const BANDS = 12;
export const ROWS_PER_BAND = 5;
const SIGNATURE_LENGTH = BANDS * ROWS_PER_BAND;
/** Estimated Jaccard similarity from which a text counts as a near-duplicate of another. */
export const NEAR_DUPLICATE_JACCARD = 0.8;

export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function textHash(text: string): string {
  return hashNormalized(normalizeForHash(text));
}

function hashNormalized(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex').slice(0, 32);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, of `text[start, end)`, continuing from `h`. */
function fnv1a(text: string, start = 0, end = text.length, h = FNV_OFFSET): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Per-position multipliers and offsets of the permutation family h_i(x) = (a_i·x + b_i) mod 2^32. */
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => fnv1a(`a${i}`) | 1);
const OFFSETS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => fnv1a(`b${i}`));

/**
 * Hashes of the word 5-grams of a normalised text (words joined by one space, so a shingle is the text
 * from its first word's start to its fifth word's end, hashed with FNV-1a in place); a shorter text is
 * one shingle. A repeated shingle is hashed again rather than deduplicated: it cannot change a minimum.
 */
function shingleHashes(normalized: string): Uint32Array {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let from = 0; from < normalized.length; ) {
    let to = normalized.indexOf(' ', from);
    if (to < 0) to = normalized.length;
    if (to > from) {
      starts.push(from);
      ends.push(to);
    }
    from = to + 1;
  }
  if (starts.length === 0) return new Uint32Array(0);
  const count = Math.max(1, starts.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const last = Math.min(starts.length, i + SHINGLE_WORDS) - 1;
    out[i] = fnv1a(normalized, starts[i], ends[last]);
  }
  return out;
}

function minhashOf(normalized: string): Uint32Array {
  const shingles = shingleHashes(normalized);
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  // One position at a time over all shingles: the multiplier, offset and minimum stay in registers. An
  // index loop: for…of over the typed array took four times as long (Node 20).
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    const multiplier = MULTIPLIERS[i]!;
    const offset = OFFSETS[i]!;
    let min = 0xffffffff;
    for (let k = 0; k < shingles.length; k++) {
      const value = (Math.imul(multiplier, shingles[k]!) + offset) >>> 0;
      if (value < min) min = value;
    }
    signature[i] = min;
  }
  return signature;
}

/** MinHash signature (SIGNATURE_LENGTH unsigned 32-bit values) over the text's word shingles. */
export function minhash(text: string): Uint32Array {
  return minhashOf(normalizeForHash(text));
}

/** Both fingerprints of a text, normalising it once. */
export function fingerprint(text: string): { textHash: string; signature: Uint32Array } {
  const normalized = normalizeForHash(text);
  return { textHash: hashNormalized(normalized), signature: minhashOf(normalized) };
}

/** Fraction of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One integer key per band (band index in the high bits), below 2^53 so both databases store it exactly. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = FNV_OFFSET ^ band;
    for (let r = 0; r < ROWS_PER_BAND; r++) {
      h = Math.imul(h ^ signature[band * ROWS_PER_BAND + r]!, FNV_PRIME) >>> 0;
    }
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}

export function signatureToHex(signature: Uint32Array): string {
  return Array.from(signature, (v) => v.toString(16).padStart(8, '0')).join('');
}

/**
 * `estimateJaccard` of two signatures in their stored hex form, compared eight digits at a time: checking
 * the near-duplicate candidates of an article (up to 100) then neither parses nor allocates.
 */
export function estimateJaccardHex(a: string, b: string): number {
  const positions = a.length / 8;
  let same = 0;
  for (let i = 0; i < a.length; i += 8) {
    let equal = true;
    for (let j = i; j < i + 8; j++) {
      if (a.charCodeAt(j) !== b.charCodeAt(j)) {
        equal = false;
        break;
      }
    }
    if (equal) same++;
  }
  return same / positions;
}

export function signatureFromHex(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}
