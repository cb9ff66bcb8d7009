/**
 * Terms (see `Vocabulary.term`: whole numbers below 2^52) to small numbers, in
 * an open-addressed table of typed arrays. A Map keyed by such numbers keeps
 * each key as a number object on the heap: a language's shared terms number
 * millions at 100,000 articles, each one more object for the collector, which
 * took a fifth of grouping's time on the main thread there.
 */
export class TermTable {
  private readonly keys: Float64Array;
  /** Each slot's value + 1 (0: empty). */
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < 2 * capacity) bits++;
    this.keys = new Float64Array(1 << bits);
    this.values = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** The value of a term, or -1. */
  get(term: number): number {
    return this.values[this.slotOf(term)]! - 1;
  }

  /** Sets a term's value (a whole number from 0). */
  set(term: number, value: number): void {
    const slot = this.slotOf(term);
    this.keys[slot] = term;
    this.values[slot] = value + 1;
  }

  /** The slot that holds the term, or the empty slot where it would go. */
  private slotOf(term: number): number {
    const low = term >>> 0;
    const high = Math.floor(term / 4294967296);
    for (let h = (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 7) & this.mask; ; h = (h + 1) & this.mask) {
      if (this.values[h] === 0 || this.keys[h] === term) return h;
    }
  }
}
