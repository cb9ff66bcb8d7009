/**
 * Comparable mode: two reports of one event written independently share facts,
 * not sentence order. Candidate pairs come from shared anchors (an inverted
 * index, never all pairs); a pair survives when it is clearly better than each
 * side's other candidates (the ratio margin of Artetxe and Schwenk 2019) and both
 * sentences are still free (greedy one-to-one, best first).
 */
import type { Bead, BlockKind } from '../types.js';
import { anchorSimilarity, type PairAnchors } from './anchors.js';

/** Neighbours averaged for the margin. */
const K = 4;
/** Weighted anchor overlap a pair needs at least. */
const MIN_SIMILARITY = 0.35;
/** How far above its neighbourhood a pair must stand. */
const MIN_MARGIN = 1.2;
/**
 * Independent reports share facts, not one common word: the anchors a pair has
 * in common must weigh this much (one rare anchor, such as a country named in
 * two sentences only, or several common ones).
 */
const MIN_SHARED_WEIGHT = 2.5;

export function minePairs(anchors: PairAnchors, n: number, m: number, kinds?: { source: BlockKind[]; target: BlockKind[] }): Bead[] {
  // A headline pairs with a headline only; a byline with nothing.
  const pairable = (i: number, j: number) => !kinds || (kinds.source[i] !== 'byline' && kinds.target[j] !== 'byline'
    && (kinds.source[i] === 'title') === (kinds.target[j] === 'title'));
  const index = new Map<number, number[]>();
  anchors.target.ids.forEach((ids, j) => {
    for (const id of ids) {
      const list = index.get(id) ?? [];
      list.push(j);
      index.set(id, list);
    }
  });

  const candidates: { i: number; j: number; sim: number }[] = [];
  const bySource: number[][] = Array.from({ length: n }, () => []);
  const byTarget: number[][] = Array.from({ length: m }, () => []);
  for (let i = 0; i < n; i++) {
    const sharedWeight = new Map<number, number>();
    for (const id of anchors.source.ids[i]!) {
      for (const j of index.get(id) ?? []) sharedWeight.set(j, (sharedWeight.get(j) ?? 0) + anchors.weight[id]!);
    }
    for (const [j, weight] of sharedWeight) {
      if (weight < MIN_SHARED_WEIGHT) continue;
      if (!pairable(i, j)) continue;
      const sim = anchorSimilarity(anchors, [i], [j]) ?? 0;
      if (sim <= 0) continue;
      candidates.push({ i, j, sim });
      bySource[i]!.push(sim);
      byTarget[j]!.push(sim);
    }
  }
  const knnSource = bySource.map(meanOfTop);
  const knnTarget = byTarget.map(meanOfTop);

  const scored = candidates
    .map((c) => ({ ...c, margin: c.sim / ((knnSource[c.i]! + knnTarget[c.j]!) / 2) }))
    .filter((c) => c.sim >= MIN_SIMILARITY && c.margin >= MIN_MARGIN)
    .sort((a, b) => b.sim * b.margin - a.sim * a.margin || a.i - b.i || a.j - b.j);

  const usedS = new Set<number>();
  const usedT = new Set<number>();
  const beads: Bead[] = [];
  for (const c of scored) {
    if (usedS.has(c.i) || usedT.has(c.j)) continue;
    usedS.add(c.i);
    usedT.add(c.j);
    beads.push({ source: [c.i], target: [c.j], score: Math.round(c.sim * 1000) / 1000 });
  }
  return beads.sort((a, b) => a.source[0]! - b.source[0]!);
}

/** Mean of the K best similarities, counting missing neighbours as 0. */
function meanOfTop(sims: number[]): number {
  const top = [...sims].sort((a, b) => b - a).slice(0, K);
  return top.reduce((a, b) => a + b, 0) / K;
}
