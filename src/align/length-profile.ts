/**
 * How well two articles' sentence lengths follow one another, read from
 * lengths alone: a translation rises and falls with its original sentence by
 * sentence, whatever the two scripts, while two unrelated articles of the same
 * size do not. It is the one signal left for a version that shares no name or
 * number with its story (a Burmese translation with no digits, a Chinese one
 * writing every name in characters), and cheap enough to compare one article
 * with every candidate of its size.
 */
import type { Bead } from '../types.js';
import { LengthCost, type LengthModel } from './length-model.js';

/** Cost of leaving a sentence out, and of a 2-1 bead, in the units of `LengthCost` (about -log of Gale and Church's priors). */
const NULL_COST = 4.5;
/** Also the least a sentence one side has more of costs (a merge, being below a gap): the bound in `lengthProfileCost` counts on it. */
const MERGE_COST = 2.3;
/** Gale and Church's variance per character. */
const VARIANCE = 6.8;
/** A translation keeps its sentences: counts further apart than this share are not compared. */
const COUNT_SLACK = 0.2;

/** Whether two sentence counts are close enough for one to translate the other. */
export function comparableCounts(n: number, m: number): boolean {
  return Math.abs(n - m) <= Math.max(1, COUNT_SLACK * Math.max(n, m));
}

/**
 * The cheapest monotone path of 1-1, 1-0, 0-1, 2-1 and 1-2 beads over the two
 * lists of sentence lengths (the length ratio taken from the totals), per
 * sentence of both sides: near 0.1 for a translation, 0.3 and up for two
 * unrelated articles. Infinity when the counts are not comparable, or when
 * the cost is sure to exceed `limit`: no path skips two rows, and from a cell
 * every bead costs something or nothing, except that each sentence one side
 * has more of what is left costs a merge or a gap at least; so the cheapest
 * cell of two successive rows, with that owed, bounds the whole path from
 * below and an unrelated pair is given up on early.
 */
export function lengthProfileCost(source: number[], target: number[], limit = Infinity): number {
  return lengthProfile(source, target, limit, false).cost;
}

/**
 * The beads of that cheapest path (empty when the counts are not
 * comparable): the pairing lengths alone propose, which placing asks whether
 * words confirm before it pays for a full alignment.
 */
export function lengthProfilePath(source: number[], target: number[]): Bead[] {
  return lengthProfile(source, target, Infinity, true).beads;
}

/** The five bead shapes as (source, target) sentence counts, by the number `lengthProfile` records for a cell. */
const SHAPES: readonly (readonly [number, number])[] = [[1, 0], [0, 1], [1, 1], [2, 1], [1, 2]];

function lengthProfile(source: number[], target: number[], limit: number, withPath: boolean): { cost: number; beads: Bead[] } {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0 || !comparableCounts(n, m)) return { cost: Infinity, beads: [] };
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const model: LengthModel = { ratio: total(target) / Math.max(1, total(source)), variance: VARIANCE };
  const length = new LengthCost(model);
  const lengthCost = (sourceLength: number, targetLength: number) => {
    length.measure(sourceLength, targetLength);
    return length.value;
  };
  // Only cells near the diagonal can be on a path that ends within the slack.
  const band = Math.abs(n - m) + 2;
  const width = m + 1;
  // One table for every call (placing compares a version with hundreds of others of its size).
  const cells = (n + 1) * width;
  if (table.length < cells) table = new Float64Array(cells * 2);
  const cost = table;
  cost.fill(Infinity, 0, cells);
  cost[0] = 0;
  const shape = withPath ? new Uint8Array(cells) : undefined;
  // A hair above, so that rounding never gives up on a path whose cost per sentence is exactly `limit`.
  const worst = limit * (n + m) * (1 + 1e-9);
  let lastRowBest = 0;
  for (let i = 0; i <= n; i++) {
    let rowBest = i === 0 ? 0 : Infinity;
    const centre = Math.round((i * m) / n);
    const row = i * width;
    for (let j = Math.max(0, centre - band); j <= Math.min(m, centre + band); j++) {
      if (i === 0 && j === 0) continue;
      // Each shape in SHAPES order; a later one replaces the best only when strictly cheaper.
      let best = i > 0 ? cost[row - width + j]! + NULL_COST : Infinity;
      let chosen = 0;
      let c = j > 0 ? cost[row + j - 1]! + NULL_COST : Infinity;
      if (c < best) {
        best = c;
        chosen = 1;
      }
      c = i > 0 && j > 0 ? cost[row - width + j - 1]! + lengthCost(source[i - 1]!, target[j - 1]!) : Infinity;
      if (c < best) {
        best = c;
        chosen = 2;
      }
      c = i > 1 && j > 0 ? cost[row - 2 * width + j - 1]! + MERGE_COST + lengthCost(source[i - 1]! + source[i - 2]!, target[j - 1]!) : Infinity;
      if (c < best) {
        best = c;
        chosen = 3;
      }
      c = i > 0 && j > 1 ? cost[row - width + j - 2]! + MERGE_COST + lengthCost(source[i - 1]!, target[j - 1]! + target[j - 2]!) : Infinity;
      if (c < best) {
        best = c;
        chosen = 4;
      }
      cost[row + j] = best;
      if (shape) shape[row + j] = chosen;
      const owed = best + MERGE_COST * Math.abs(n - i - (m - j));
      if (owed < rowBest) rowBest = owed;
    }
    if (i > 0 && Math.min(rowBest, lastRowBest) > worst) return { cost: Infinity, beads: [] };
    lastRowBest = rowBest;
  }
  const beads: Bead[] = [];
  if (shape) {
    for (let i = n, j = m; i > 0 || j > 0;) {
      const [di, dj] = SHAPES[shape[i * width + j]!]!;
      beads.push({ source: range(i - di, i), target: range(j - dj, j), score: 0 });
      i -= di;
      j -= dj;
    }
    beads.reverse();
  }
  return { cost: cost[n * width + m]! / (n + m), beads };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

let table = new Float64Array(1024);
