/**
 * Sparse vectors over numbered dimensions, for the joins that compare one
 * vector with thousands of others in a row (millions of comparisons at 20,000
 * articles). Each vector keeps its dimensions in the order it was given them;
 * one row marks where each dimension stands in the vector in focus, so that a
 * comparison reads only the other vector. Sums run over the smaller vector in
 * its own order, as a loop over two maps would add them: the scores are the
 * same to the last bit.
 */
export class SparseVectors {
  /**
   * Vector x is `allIds`/`allWeights` from `start[x]` to `start[x + 1]`: a join
   * reads thousands of vectors in a row, and reading one from two flat arrays
   * is two waits for memory where a typed array per vector was six.
   */
  readonly allIds: Int32Array;
  readonly allWeights: Float64Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** Dimension id → its place in the focused vector, plus one (0: the vector lacks it). */
  private readonly place: Int32Array;
  /**
   * The focused vector's dimensions as bits, asked before `place`: most
   * dimensions read are not in focus, and at 100,000 articles the bits fit in
   * a core's cache where the places do not.
   */
  private readonly inFocus: Int32Array;
  private focused = -1;
  private readonly pairs: number[] = [];
  /** How many dimensions the vectors of the last `dot` share. */
  shared = 0;

  /**
   * Vector x is `allIds`/`allWeights` from `start[x]` to `start[x + 1]` (kept,
   * not copied), or to `end[x]` when given: vectors made language by language
   * lie in the flat arrays in that order, not the articles'. Ids from
   * `shareable` up belong to one vector alone (a key one article carries):
   * they count in its weights and norm, and a dot product skips them without
   * looking them up. Numbered last, they keep the table of places small.
   */
  constructor(allIds: Int32Array, allWeights: Float64Array, start: Int32Array, private readonly shareable: number, end?: Int32Array) {
    this.allIds = allIds;
    this.allWeights = allWeights;
    this.start = start;
    this.end = end ?? start.subarray(1);
    this.place = new Int32Array(shareable);
    this.inFocus = new Int32Array((shareable >>> 5) + 1);
  }

  /** What the vectors are made of, to make them again elsewhere (another thread) with the constructor. */
  get layout(): { allIds: Int32Array; allWeights: Float64Array; start: Int32Array; end: Int32Array; shareable: number } {
    const { allIds, allWeights, start, end, shareable } = this;
    return { allIds, allWeights, start, end, shareable };
  }

  /** How many vectors there are. */
  get size(): number {
    return this.end.length;
  }

  /** Vector x's first place in the flat arrays. */
  from(x: number): number {
    return this.start[x]!;
  }

  /** Vector x's end in the flat arrays (one past its last place). */
  to(x: number): number {
    return this.end[x]!;
  }

  /** Vector x's length. */
  length(x: number): number {
    return this.end[x]! - this.start[x]!;
  }

  /** Vector `x` keyed by what its dimensions stand for (`names`, by id), as evidence shows it. */
  named(x: number, nameOf: (id: number) => string): Map<string, number> {
    const out = new Map<string, number>();
    for (let k = this.start[x]!; k < this.end[x]!; k++) out.set(nameOf(this.allIds[k]!), this.allWeights[k]!);
    return out;
  }

  /** The row of vector `x`'s places, filled once while it stays in focus. */
  focus(x: number): Int32Array {
    if (this.focused === x) return this.place;
    const { allIds, start, end, place, inFocus, shareable } = this;
    if (this.focused >= 0) {
      for (let k = start[this.focused]!; k < end[this.focused]!; k++) {
        const id = allIds[k]!;
        if (id < shareable) {
          place[id] = 0;
          inFocus[id >>> 5] = 0;
        }
      }
    }
    for (let k = start[x]!; k < end[x]!; k++) {
      const id = allIds[k]!;
      if (id < shareable) {
        place[id] = k - start[x]! + 1;
        inFocus[id >>> 5]! |= 1 << (id & 31);
      }
    }
    this.focused = x;
    return place;
  }

  /**
   * The dot product of vectors `a` and `b` (how many dimensions they share is
   * left in `shared`), summed over the smaller one (`a` on a tie) in its order.
   * The one in focus is looked up and the other read; with neither in focus,
   * `a` is put there: a join compares one vector with many in a row, and
   * refocusing for each costs more than reading a larger other.
   */
  dot(a: number, b: number): number {
    const { allIds, allWeights, start, end, shareable, inFocus } = this;
    const small = end[a]! - start[a]! <= end[b]! - start[b]! ? a : b;
    const focus = this.focused === b ? b : a;
    const read = focus === a ? b : a;
    const place = this.focus(focus);
    const from = start[read]!;
    const to = end[read]!;
    const at = start[focus]!;
    // The one read is the smaller (or of equal size): summed in the order it is read. Otherwise the
    // pairs (place in the focused vector, place in the other) are kept and summed in the focused one's order.
    const asRead = small !== focus;
    const pairs = this.pairs;
    pairs.length = 0;
    let dot = 0;
    let shared = 0;
    for (let k = from; k < to; k++) {
      const id = allIds[k]!;
      if (id >= shareable || (inFocus[id >>> 5]! & (1 << (id & 31))) === 0) continue;
      const p = place[id]!;
      if (p === 0) continue;
      if (asRead) {
        dot += allWeights[at + p - 1]! * allWeights[k]!;
        shared++;
      } else pairs.push(p - 1, k);
    }
    if (!asRead) {
      sortPairsByFirst(pairs);
      for (let k = 0; k < pairs.length; k += 2) dot += allWeights[at + pairs[k]!]! * allWeights[pairs[k + 1]!]!;
      shared = pairs.length / 2;
    }
    this.shared = shared;
    return dot;
  }
}

/** Insertion sort of a flat list of pairs by their first number (two vectors share few dimensions). */
function sortPairsByFirst(pairs: number[]): void {
  for (let i = 2; i < pairs.length; i += 2) {
    const [x, y] = [pairs[i]!, pairs[i + 1]!];
    let j = i - 2;
    while (j >= 0 && pairs[j]! > x) {
      pairs[j + 2] = pairs[j]!;
      pairs[j + 3] = pairs[j + 1]!;
      j -= 2;
    }
    pairs[j + 2] = x;
    pairs[j + 3] = y;
  }
}
