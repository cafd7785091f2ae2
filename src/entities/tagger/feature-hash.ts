/**
 * 32-bit hashing for feature templates. Features are never built as strings: each token gets a few
 * string hashes ("atoms") once, and templates combine atoms with integer mixing.
 */

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  return hashContinue(FNV_OFFSET, text);
}

/** Continues an FNV-1a hash with more text: hashContinue(hashString(a), b) === hashString(a + b). */
export function hashContinue(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values into one well-spread 32-bit hash (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0xcc9e2d51)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  // 0 marks an empty slot in the weight table.
  return h === 0 ? 1 : h >>> 0;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
