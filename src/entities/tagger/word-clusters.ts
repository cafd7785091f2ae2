/**
 * Word clusters learned from unlabelled text (scripts/ner-build-clusters.ts): a hierarchical cluster
 * id per normalised word form (lowercase, digits → 0). Ids are paths in a tree, like Brown-cluster
 * bit strings: the coarse cluster is `id >> COARSE_SHIFT`, the middle one `id >> MIDDLE_SHIFT`.
 * Each word also carries a capitalisation prior from the same text: how often it is capitalised
 * where a sentence does not begin (CAP_PRIOR buckets). The source list is a TSV (word, leaf id,
 * prior); the model file carries it compiled to hashes, the value packed as leaf | prior << 12.
 */

import { hashString } from './feature-hash.js';
import { Uint32HashTable } from './hash-table.js';

/** Bits of each tree level below the top: 16 coarse × 8 × 8 leaves. */
export const LEVEL_BITS = 3;
export const MIDDLE_SHIFT = LEVEL_BITS;
export const COARSE_SHIFT = 2 * LEVEL_BITS;
/** The cluster value of a word that is not in the table (no leaf id reaches it). */
export const UNKNOWN_CLUSTER = 0xffff;
/** Capitalisation prior: share of capitalised occurrences not at a line or sentence start. */
export const CAP_PRIOR = { UNSEEN: 0, NEVER: 1, RARELY: 2, OFTEN: 3, ALWAYS: 4 } as const;
const PRIOR_SHIFT = 12;

/** The prior bucket of `capitalised` of `occurrences` mid-sentence occurrences. */
export function capPriorBucket(capitalised: number, occurrences: number): number {
  if (occurrences < 2) return CAP_PRIOR.UNSEEN;
  const share = capitalised / occurrences;
  if (share < 0.05) return CAP_PRIOR.NEVER;
  if (share < 0.5) return CAP_PRIOR.RARELY;
  if (share < 0.95) return CAP_PRIOR.OFTEN;
  return CAP_PRIOR.ALWAYS;
}

/** Hash table from word hash to leaf cluster id (values stored + 1, as a leaf may be 0). */
export class WordClusters extends Uint32HashTable {
  constructor(keys: Uint32Array, values: Uint32Array) {
    super(keys, values, 1);
  }

  static readonly EMPTY = new WordClusters(new Uint32Array(0), new Uint32Array(0));

  static compile(tsv: string): WordClusters {
    const table = new Map<number, number>();
    for (const line of tsv.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const [leaf, prior] = line.slice(tab + 1).split('\t');
      table.set(hashString(line.slice(0, tab)), Number(leaf) | (Number(prior ?? 0) << PRIOR_SHIFT));
    }
    return new WordClusters(Uint32Array.from(table.keys()), Uint32Array.from(table.values()));
  }

  get size(): number {
    return this.keys.length;
  }

  /** Packed value (leaf | prior << 12) of a normalised word's hash, or -1. */
  private value(hash: number): number {
    return this.stored(hash) - 1;
  }

  /** Leaf cluster id of a normalised word's hash, or UNKNOWN_CLUSTER. */
  get(hash: number): number {
    const v = this.value(hash);
    return v < 0 ? UNKNOWN_CLUSTER : v & ((1 << PRIOR_SHIFT) - 1);
  }

  /** Capitalisation prior (CAP_PRIOR) of a normalised word's hash. */
  capPrior(hash: number): number {
    const v = this.value(hash);
    return v < 0 ? CAP_PRIOR.UNSEEN : v >>> PRIOR_SHIFT;
  }
}
