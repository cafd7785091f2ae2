/**
 * Phrase gazetteer for tagger features: countries, demonyms, cities, regions, given names (from npm
 * data packages) and cue words learned from training labels. The source list is a TSV (phrase as
 * lowercase tokens joined by single spaces, a tab, a bit set of categories); the model file carries
 * it compiled to hashes, so loading it is a copy of two typed arrays.
 */

import { hashContinue, hashString } from './feature-hash.js';
import { Uint32HashTable } from './hash-table.js';

export const GAZ = {
  COUNTRY: 1,
  DEMONYM: 2,
  CITY: 4,
  CITY_BIG: 8,
  REGION: 16,
  NAME: 32,
  TITLE: 64,
  ORG_WORD: 128,
  LOC_WORD: 256,
  FAC_WORD: 512,
  LANDFORM: 1024,
  /**
   * ISO 3166 alpha-3 and IOC country codes ("ESP", "GER"): a country, but only where the token is
   * written in capitals (matchGazetteer turns it into COUNTRY there and drops it elsewhere).
   */
  COUNTRY_CODE: 2048,
} as const;

export const GAZ_BIT_COUNT = 11;

/** Categories that are proper names: they only match when the phrase starts with a capital letter. */
const NAME_LIKE = GAZ.COUNTRY | GAZ.DEMONYM | GAZ.CITY | GAZ.CITY_BIG | GAZ.REGION | GAZ.NAME;

const MAX_PHRASE_TOKENS = 6;

/** Splits a phrase into the tokens the tagger would see: whitespace, and hyphens as their own token. */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/(\p{L}|\p{N})-(?=\p{L}|\p{N})/gu, '$1 - ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

function phraseHash(tokens: readonly string[]): number {
  let h = hashString(tokens[0] ?? '');
  for (let i = 1; i < tokens.length; i++) h = hashContinue(hashContinue(h, ' '), tokens[i]!);
  return h;
}

/**
 * Hash table from phrase hash to value: category bits in the low 16 bits, and in the high 16 bits
 * the length (in tokens) of the longest phrase that starts with this phrase's first token.
 */
export class Gazetteer extends Uint32HashTable {
  static compile(tsv: string): Gazetteer {
    const table = new Map<number, number>();
    for (const line of tsv.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const tokens = line.slice(0, tab).split(' ');
      const h = phraseHash(tokens);
      table.set(h, (table.get(h) ?? 0) | (Number(line.slice(tab + 1)) & 0xffff));
      const first = hashString(tokens[0]!);
      const value = table.get(first) ?? 0;
      const length = Math.min(tokens.length, MAX_PHRASE_TOKENS);
      if (length > value >>> 16) table.set(first, ((value & 0xffff) | (length << 16)) >>> 0);
    }
    return new Gazetteer(Uint32Array.from(table.keys()), Uint32Array.from(table.values()));
  }

  /** The table value for a phrase hash (0 when absent). */
  get(hash: number): number {
    return this.stored(hash);
  }

  /** Category bits of a phrase given as text. */
  bits(phrase: string): number {
    // A phrase without spaces or hyphens is one token: its lowercase form, hashed without splitting.
    const hash = /[\s-]/.test(phrase) ? phraseHash(phraseTokens(phrase)) : hashString(phrase.toLowerCase());
    return this.get(hash) & 0xffff;
  }
}

export interface GazetteerMatches {
  /** Categories of phrases that start at each token. */
  begin: Uint16Array;
  /** Categories of phrases that cover each token without starting there. */
  inside: Uint16Array;
}

/**
 * Marks every gazetteer phrase found in the token sequence (all lengths, overlaps allowed).
 * @param capitalised per token: 0 lowercase or no letters, 1 capitalised, 2 all capitals
 * @param firstValues the gazetteer's value of each token's lowercase form (`get(lowerHashes[i])`;
 *   computeAtoms keeps it with each word's atoms)
 */
export function matchGazetteer(
  gazetteer: Gazetteer,
  lowers: readonly string[],
  lowerHashes: Uint32Array,
  capitalised: Uint8Array,
  firstValues: Uint32Array = lowerHashes.map((h) => gazetteer.get(h)),
): GazetteerMatches {
  const n = lowers.length;
  const begin = new Uint16Array(n);
  const inside = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const first = firstValues[i]!;
    if (first === 0) continue;
    const longest = first >>> 16;
    const mask = capitalised[i] ? 0xffff : ~NAME_LIKE & 0xffff;
    let h = lowerHashes[i]!;
    for (let len = 1; len <= Math.max(longest, 1) && i + len <= n; len++) {
      if (len > 1) h = hashContinue(hashContinue(h, ' '), lowers[i + len - 1]!);
      let bits = (len === 1 ? first : gazetteer.get(h)) & 0xffff & mask;
      if (bits & GAZ.COUNTRY_CODE) {
        bits &= ~GAZ.COUNTRY_CODE;
        if (len === 1 && capitalised[i] === 2) bits |= GAZ.COUNTRY;
      }
      if (bits === 0) continue;
      begin[i]! |= bits;
      for (let j = i + 1; j < i + len; j++) inside[j]! |= bits;
    }
  }
  return { begin, inside };
}
