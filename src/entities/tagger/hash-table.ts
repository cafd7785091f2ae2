/**
 * An open-addressing hash table from 32-bit hashes to 32-bit values, built once from parallel arrays
 * (kept as given: the model file stores them). The gazetteer and the word clusters are both one.
 */
export class Uint32HashTable {
  private readonly mask: number;
  private readonly slots: Uint32Array;

  /** @param offset added to every value stored, so that a table whose values may be 0 can tell them from absence */
  constructor(
    readonly keys: Uint32Array,
    readonly values: Uint32Array,
    offset = 0,
  ) {
    let capacity = 1024;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]! || 1;
      let slot = key & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = values[i]! + offset;
    }
  }

  /** The stored value (value + offset) of a hash, 0 when absent. */
  protected stored(hash: number): number {
    const key = hash || 1;
    let slot = key & this.mask;
    for (;;) {
      const found = this.slots[slot * 2]!;
      if (found === key) return this.slots[slot * 2 + 1]!;
      if (found === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}
