/**
 * Which terms of a language's articles two or more of them write, found by
 * sorting every occurrence once. A term (see `Vocabulary.term`) is a whole
 * number below 2^52, cut here into its low 32 bits and the rest, and the
 * occurrences are sorted by it with a radix sort that carries each one's
 * place: the runs of equal terms then give each term its count and each
 * occurrence its term's slot, with no table looked up per occurrence. (Sorting
 * the terms alone and looking each occurrence up again in a hash table of the
 * shared ones was a fifth of grouping's main-thread time at 100,000 articles.)
 */

/** Bits sorted per pass: 2,048 buckets, and five passes at most for 52 bits. */
const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

export interface TermSlots {
  /** Per occurrence (the lists' terms laid end to end, in order): its term's slot, or -1 for a term of one list only. */
  slotOf: Int32Array;
  /** Per slot: how many occurrences its term has (lists hold each term once, so how many lists hold it). */
  df: Int32Array;
}

/**
 * The arrays one sort works in, kept for the next: grouping sorts each
 * language in turn, and every large typed array made anew counts towards the
 * memory outside the heap that makes the collector run a full collection
 * (ten of them, each marking the whole heap, in grouping at 100,000 articles).
 */
export class TermSorter {
  private buffers: { low: Uint32Array; high: Uint32Array; place: Int32Array; lowNext: Uint32Array; highNext: Uint32Array; placeNext: Int32Array; slotOf: Int32Array } | undefined;

  /** Room for `total` occurrences, made once for the largest that is asked. */
  room(total: number) {
    if (!this.buffers || this.buffers.low.length < total) {
      const size = Math.max(total, 1024);
      this.buffers = {
        low: new Uint32Array(size), high: new Uint32Array(size), place: new Int32Array(size),
        lowNext: new Uint32Array(size), highNext: new Uint32Array(size), placeNext: new Int32Array(size), slotOf: new Int32Array(size),
      };
    }
    return this.buffers;
  }
}

/**
 * Slots numbered in ascending term order, each shared term one. `lists` must
 * hold each term once each. With `sorter`, its arrays are worked in and
 * `slotOf` is one of them: valid until the sorter sorts again.
 */
export function sharedTermSlots(lists: readonly Float64Array[], sorter = new TermSorter()): TermSlots {
  const total = lists.reduce((sum, l) => sum + l.length, 0);
  const room = sorter.room(total);
  let { low, high, place, lowNext, highNext, placeNext } = room;
  let at = 0;
  for (const list of lists) {
    for (let k = 0; k < list.length; k++, at++) {
      const term = list[k]!;
      low[at] = term >>> 0;
      high[at] = Math.floor(term / 4294967296);
      place[at] = at;
    }
  }
  const counts = new Int32Array(DIGIT_MASK + 1);
  // Least significant digit first: low bits 0-10, 11-21, 22-31, then high bits 0-10, 11-21. Each pass is stable.
  for (const [ofHigh, shift] of [[false, 0], [false, 11], [false, 22], [true, 0], [true, 11]] as const) {
    const key = ofHigh ? high : low;
    counts.fill(0);
    for (let i = 0; i < total; i++) counts[(key[i]! >>> shift) & DIGIT_MASK]!++;
    // A digit every occurrence shares (most terms' high bits are 0) moves nothing.
    if (counts[(total ? key[0]! >>> shift : 0) & DIGIT_MASK] === total) continue;
    let sum = 0;
    for (let d = 0; d <= DIGIT_MASK; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < total; i++) {
      const to = counts[(key[i]! >>> shift) & DIGIT_MASK]!++;
      lowNext[to] = low[i]!;
      highNext[to] = high[i]!;
      placeNext[to] = place[i]!;
    }
    [low, lowNext] = [lowNext, low];
    [high, highNext] = [highNext, high];
    [place, placeNext] = [placeNext, place];
  }
  const slotOf = room.slotOf.subarray(0, total).fill(-1);
  const df: number[] = [];
  for (let i = 0; i < total;) {
    let end = i + 1;
    while (end < total && low[end] === low[i] && high[end] === high[i]) end++;
    if (end - i >= 2) {
      for (let k = i; k < end; k++) slotOf[place[k]!] = df.length;
      df.push(end - i);
    }
    i = end;
  }
  return { slotOf, df: Int32Array.from(df) };
}
