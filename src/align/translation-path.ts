/**
 * Translation mode: the cheapest monotone path of beads through the two
 * documents (dynamic programming, as in Gale and Church), with the bead set of
 * Vecalign-style aligners (0-1, 1-0, 1-1, 1-2, 2-1, 1-3, 3-1).
 *
 * Cost stays near-linear: short documents are searched in full; long ones are
 * first aligned as blocks of sentences (a coarse path), and then sentence by
 * sentence only in a band around that path. Memory is the band's cells, one
 * byte of back-pointer and four of cost each, so it grows linearly with length.
 */
import type { Bead, BlockKind } from '../types.js';
import type { PairAnchors } from './anchors.js';
import { DI, DJ, makeSide, NULL_BEAD_COST, Scorer, SHAPE_COST, SHAPES, splitWeights, type Side, type Weights } from './bead-cost.js';
import type { LengthModel } from './length-model.js';

export interface PathInput {
  sourceLengths: number[];
  targetLengths: number[];
  anchors: PairAnchors;
  model: LengthModel;
  sourceKinds?: BlockKind[];
  targetKinds?: BlockKind[];
  /** Sentences that repeat an earlier one on their side: alone (cheaply) or in a 1-1 bead, never in a merge. */
  sourceRepeats: boolean[];
  targetRepeats: boolean[];
  /** Punctuation classes of each sentence, as bit masks (see `punctuationMask`). */
  sourcePunctuation?: number[];
  targetPunctuation?: number[];
  /** A first pass left sentences out: bare ones are then likelier to be unpaired (see `bareNullGain` in bead-cost.ts). */
  unpairedSeen?: boolean;
}

/** Up to this many cells, the whole matrix is searched. */
const FULL_SEARCH_CELLS = 1_000_000;
/** Sentences per block (on the shorter side) in a coarse pass. */
const BLOCK = 8;
const COARSE_NULL_COST = 3 * NULL_BEAD_COST;

interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** The best path inside `band`, as (shape, row, column) steps from the start. */
function searchBand(s: Side, t: Side, weight: Weights, model: LengthModel, band: Band): { shape: number; i: number; j: number }[] {
  const n = s.prefix.length - 1;
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + (band.hi[i]! - band.lo[i]! + 1);
  const cells = offset[n + 1]!;
  const cost = new Float32Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(255);
  const at = (i: number, j: number) => offset[i]! + j - band.lo[i]!;
  const scorer = new Scorer(s, t, weight, model);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    scorer.setRow(i);
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 255;
      for (let shape = 0; shape < SHAPES.length; shape++) {
        const pi = i - DI[shape]!;
        const pj = j - DJ[shape]!;
        if (pi < 0 || pj < band.lo[pi]! || pj > band.hi[pi]!) continue;
        const before = cost[at(pi, pj)]!;
        // Every term of a bead's cost but its shape's is non-negative (a null bead's
        // cost is its own, not its shape's: the test skips nulls), so a path already dearer cannot win.
        if (before === Infinity || (before + SHAPE_COST[shape]! >= best && DI[shape]! > 0 && DJ[shape]! > 0)) continue;
        scorer.bound = best - before;
        scorer.measure(shape, j);
        const c = before + scorer.value;
        if (c < best) {
          best = c;
          bestShape = shape;
        }
      }
      cost[at(i, j)] = best;
      back[at(i, j)] = bestShape;
    }
  }
  const m = band.hi[n]!;
  const steps: { shape: number; i: number; j: number }[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const shape = back[at(i, j)]!;
    if (shape === 255) throw new Error(`alignment path broken at (${i}, ${j})`);
    steps.push({ shape, i, j });
    i -= SHAPES[shape]![0];
    j -= SHAPES[shape]![1];
  }
  return steps.reverse();
}

function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * Blocks of `size` consecutive sentences, each with the summed length and the
 * union of its anchors, for the coarse pass.
 */
function blocksOf(side: { lengths: number[]; ids: Int32Array[] }, size: number): { lengths: number[]; ids: Int32Array[] } {
  const lengths: number[] = [];
  const ids: Int32Array[] = [];
  for (let start = 0; start < side.lengths.length; start += size) {
    let len = 0;
    const set = new Set<number>();
    for (let i = start; i < Math.min(side.lengths.length, start + size); i++) {
      len += side.lengths[i]!;
      for (const id of side.ids[i]!) set.add(id);
    }
    lengths.push(len);
    ids.push(Int32Array.from(set));
  }
  return { lengths, ids };
}

/**
 * The band around a coarse path: every sentence row may reach the target
 * sentences of its block's counterpart, widened by `margin` on each side, then
 * made monotone and connected so the fine search always has a path.
 */
function bandAround(steps: { shape: number; i: number; j: number }[], sizeS: number, sizeT: number, n: number, m: number, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  lo[0] = 0;
  for (const { shape, i, j } of steps) {
    const [di, dj] = SHAPES[shape]!;
    const r0 = Math.min(n, (i - di) * sizeS);
    const r1 = Math.min(n, i * sizeS);
    const c0 = Math.max(0, Math.min(m, (j - dj) * sizeT) - margin);
    const c1 = Math.min(m, Math.min(m, j * sizeT) + margin);
    for (let r = r0; r <= r1; r++) {
      lo[r] = Math.min(lo[r]!, c0);
      hi[r] = Math.max(hi[r]!, c1);
    }
  }
  hi[n] = m;
  for (let r = 1; r <= n; r++) {
    lo[r] = Math.max(lo[r]!, lo[r - 1]!);
    hi[r] = Math.max(hi[r]!, hi[r - 1]!);
    if (lo[r]! > hi[r - 1]!) lo[r] = hi[r - 1]!;
  }
  return { lo, hi };
}

export function findTranslationPath(input: PathInput): Bead[] {
  const weight = splitWeights(input.anchors);
  const sourceIds = input.anchors.source.ids.map((x) => Int32Array.from(x));
  const targetIds = input.anchors.target.ids.map((x) => Int32Array.from(x));
  const s = makeSide(input.sourceLengths, sourceIds, weight, input.sourceRepeats, {
    kinds: input.sourceKinds, orphan: input.anchors.source.orphan, unmatched: input.anchors.source.unmatchedLearned, punctuation: input.sourcePunctuation,
    bare: input.unpairedSeen,
  });
  const t = makeSide(input.targetLengths, targetIds, weight, input.targetRepeats, {
    kinds: input.targetKinds, orphan: input.anchors.target.orphan, unmatched: input.anchors.target.unmatchedLearned, punctuation: input.targetPunctuation,
    bare: input.unpairedSeen,
  });
  const steps = searchLevel(
    { lengths: input.sourceLengths, ids: sourceIds, side: s },
    { lengths: input.targetLengths, ids: targetIds, side: t },
    weight, input.model,
  );
  const scorer = new Scorer(s, t, weight, input.model);
  return steps.map(({ shape, i, j }) => {
    const [di, dj] = SHAPES[shape]!;
    scorer.setRow(i);
    return { source: range(i - di, i), target: range(j - dj, j), score: scorer.score(shape, j) };
  });
}

interface Level {
  lengths: number[];
  ids: Int32Array[];
  side: Side;
}

/**
 * Coarse to fine, recursively: align blocks of BLOCK sentences (themselves
 * aligned the same way when there are many), then search sentence by sentence
 * only near the block path. Each level costs its length times a constant band
 * width, so the whole search is linear in time and memory.
 */
function searchLevel(s: Level, t: Level, weight: Weights, model: LengthModel): { shape: number; i: number; j: number }[] {
  const n = s.lengths.length;
  const m = t.lengths.length;
  if ((n + 1) * (m + 1) <= FULL_SEARCH_CELLS) return searchBand(s.side, t.side, weight, model, fullBand(n, m));
  // Blocks in proportion to the sides' lengths, so that blocks mostly pair 1-1;
  // leaving a whole block out is made dear, since it is rarely right.
  const sizeS = m >= n ? BLOCK : Math.max(1, Math.round((BLOCK * n) / m));
  const sizeT = m >= n ? Math.max(1, Math.round((BLOCK * m) / n)) : BLOCK;
  const coarse = (level: Level, size: number): Level => {
    const b = blocksOf(level, size);
    return { ...b, side: makeSide(b.lengths, b.ids, weight, new Array<boolean>(b.lengths.length).fill(false), { nullCost: COARSE_NULL_COST }) };
  };
  const blockPath = searchLevel(coarse(s, sizeS), coarse(t, sizeT), weight, model);
  // One block of slack either side of the block path (plus a few sentences):
  // on the Bible two blocks cost a third more time for 0.002 of F1.
  return searchBand(s.side, t.side, weight, model, bandAround(blockPath, sizeS, sizeT, n, m, sizeT + 8));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
