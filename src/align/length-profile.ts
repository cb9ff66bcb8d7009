/**
 * How well two articles' sentence lengths follow one another, read from
 * lengths alone: a translation rises and falls with its original sentence by
 * sentence, whatever the two scripts, while two unrelated articles of the same
 * size do not. It is the one signal left for a version that shares no name or
 * number with its story (a Burmese translation with no digits, a Chinese one
 * writing every name in characters), and cheap enough to compare one article
 * with every candidate of its size.
 */
import { lengthCost, type LengthModel } from './length-model.js';

/** Cost of leaving a sentence out, and of a 2-1 bead, in the units of `lengthCost` (about -log of Gale and Church's priors). */
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
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0 || !comparableCounts(n, m)) return Infinity;
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const model: LengthModel = { ratio: total(target) / Math.max(1, total(source)), variance: VARIANCE };
  // Only cells near the diagonal can be on a path that ends within the slack.
  const band = Math.abs(n - m) + 2;
  const width = m + 1;
  // One table for every call (placing compares a version with hundreds of others of its size).
  const cells = (n + 1) * width;
  if (table.length < cells) table = new Float64Array(cells * 2);
  const cost = table;
  cost.fill(Infinity, 0, cells);
  cost[0] = 0;
  // A hair above, so that rounding never gives up on a path whose cost per sentence is exactly `limit`.
  const worst = limit * (n + m) * (1 + 1e-9);
  let lastRowBest = 0;
  for (let i = 0; i <= n; i++) {
    let rowBest = i === 0 ? 0 : Infinity;
    const centre = Math.round((i * m) / n);
    const row = i * width;
    for (let j = Math.max(0, centre - band); j <= Math.min(m, centre + band); j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      if (i > 0) best = Math.min(best, cost[row - width + j]! + NULL_COST);
      if (j > 0) best = Math.min(best, cost[row + j - 1]! + NULL_COST);
      if (i > 0 && j > 0) best = Math.min(best, cost[row - width + j - 1]! + lengthCost(model, source[i - 1]!, target[j - 1]!));
      if (i > 1 && j > 0) best = Math.min(best, cost[row - 2 * width + j - 1]! + MERGE_COST + lengthCost(model, source[i - 1]! + source[i - 2]!, target[j - 1]!));
      if (i > 0 && j > 1) best = Math.min(best, cost[row - width + j - 2]! + MERGE_COST + lengthCost(model, source[i - 1]!, target[j - 1]! + target[j - 2]!));
      cost[row + j] = best;
      const owed = best + MERGE_COST * Math.abs(n - i - (m - j));
      if (owed < rowBest) rowBest = owed;
    }
    if (i > 0 && Math.min(rowBest, lastRowBest) > worst) return Infinity;
    lastRowBest = rowBest;
  }
  return cost[n * width + m]! / (n + m);
}

let table = new Float64Array(1024);
