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
  return createHash('sha256').update(normalizeForHash(text)).digest('hex').slice(0, 32);
}

/** FNV-1a, 32 bits. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Per-position multipliers and offsets of the permutation family h_i(x) = (a_i·x + b_i) mod 2^32. */
const PERMUTATIONS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => ({
  a: (hash32(`a${i}`) | 1) >>> 0,
  b: hash32(`b${i}`),
}));

export function shingles(text: string): Set<number> {
  const words = normalizeForHash(text).split(' ').filter(Boolean);
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) out.add(hash32(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return out;
}

/** MinHash signature (SIGNATURE_LENGTH unsigned 32-bit values). */
export function minhash(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const p = PERMUTATIONS[i]!;
      const value = (Math.imul(p.a, shingle) + p.b) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
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
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS_PER_BAND; r++) {
      h = Math.imul(h ^ signature[band * ROWS_PER_BAND + r]!, 0x01000193) >>> 0;
    }
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}

export function signatureToHex(signature: Uint32Array): string {
  return Array.from(signature, (v) => v.toString(16).padStart(8, '0')).join('');
}

export function signatureFromHex(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}
