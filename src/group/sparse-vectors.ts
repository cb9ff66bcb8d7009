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
  /** Dimension id → its place in the focused vector, plus one (0: the vector lacks it). */
  private readonly place: Int32Array;
  private focused = -1;
  private readonly pairs: number[] = [];
  /** How many dimensions the vectors of the last `dot` share. */
  shared = 0;

  constructor(readonly ids: Int32Array[], readonly weights: Float64Array[], dimensions: number) {
    this.place = new Int32Array(dimensions);
  }

  /** Vector `x` keyed by what its dimensions stand for (`names`, by id), as evidence shows it. */
  named(x: number, names: readonly string[]): Map<string, number> {
    const weights = this.weights[x]!;
    return new Map(Array.from(this.ids[x]!, (id, k) => [names[id]!, weights[k]!]));
  }

  /** The row of vector `x`'s places, filled once while it stays in focus. */
  focus(x: number): Int32Array {
    if (this.focused === x) return this.place;
    if (this.focused >= 0) for (const id of this.ids[this.focused]!) this.place[id] = 0;
    const ids = this.ids[x]!;
    for (let k = 0; k < ids.length; k++) this.place[ids[k]!] = k + 1;
    this.focused = x;
    return this.place;
  }

  /**
   * The dot product of vectors `a` and `b` (how many dimensions they share is
   * left in `shared`), summed over the smaller one (`a` on a tie) in its order.
   * The one in focus is looked up and the other read; with neither in focus,
   * `a` is put there: a join compares one vector with many in a row, and
   * refocusing for each costs more than reading a larger other.
   */
  dot(a: number, b: number): number {
    const small = this.ids[a]!.length <= this.ids[b]!.length ? a : b;
    const focus = this.focused === b ? b : a;
    const read = focus === a ? b : a;
    const place = this.focus(focus);
    const readIds = this.ids[read]!;
    // Pairs (place in the focused vector, place in the other).
    const pairs = this.pairs;
    pairs.length = 0;
    for (let k = 0; k < readIds.length; k++) {
      const p = place[readIds[k]!]!;
      if (p > 0) pairs.push(p - 1, k);
    }
    if (small === focus) sortPairsByFirst(pairs);
    const fw = this.weights[focus]!;
    const rw = this.weights[read]!;
    let dot = 0;
    for (let k = 0; k < pairs.length; k += 2) dot += fw[pairs[k]!]! * rw[pairs[k + 1]!]!;
    this.shared = pairs.length / 2;
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
