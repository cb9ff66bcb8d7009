/**
 * Pairs of word ids numbered in order of first sight, in an open-addressing
 * table of typed arrays: a Map keyed by `w * vocabulary + v` spent most of
 * the learners' time hashing keys beyond the small-integer range. Its ids run
 * in the order the pairs were first seen, as a Map's entries would.
 */
export class PairTable {
  size = 0;
  // Small at first: the learner of one document makes a table per pass, most of them of a few hundred pairs.
  first = new Int32Array(256);
  second = new Int32Array(256);
  private slots = new Int32Array(512).fill(-1);

  /** The pair's id, numbered now if it is new. */
  idOf(a: number, b: number): number {
    const slot = this.slotOf(a, b);
    if (this.slots[slot]! >= 0) return this.slots[slot]!;
    const id = this.size++;
    if (id === this.first.length) this.growLists();
    this.first[id] = a;
    this.second[id] = b;
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The pair's slot, or the empty slot where it would go. */
  private slotOf(a: number, b: number): number {
    const mask = this.slots.length - 1;
    let slot = PairTable.hash(a, b) & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0 || (this.first[id] === a && this.second[id] === b)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private static hash(a: number, b: number): number {
    return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77);
  }

  private growLists(): void {
    this.first = doubled(this.first);
    this.second = doubled(this.second);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = PairTable.hash(this.first[id]!, this.second[id]!) & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
}

/** A list twice as long, its entries kept (what a table of pairs, or a count per pair, grows by). */
export function doubled(list: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(list.length * 2);
  out.set(list);
  return out;
}
