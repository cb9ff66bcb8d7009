/**
 * Translation mode: the cheapest monotone path of beads through the two
 * documents (dynamic programming, as in Gale and Church), searched inside a band
 * around the diagonal so that memory grows with the length of the documents
 * times the band width, not with their product.
 */
import type { Bead, BlockKind } from '../types.js';
import { anchorSimilarity, unsupportedSentences, type PairAnchors } from './anchors.js';
import { lengthProbability, type LengthModel } from './length-model.js';

export interface PathInput {
  sourceLengths: number[];
  targetLengths: number[];
  anchors: PairAnchors;
  model: LengthModel;
  sourceKinds?: BlockKind[];
  targetKinds?: BlockKind[];
  /** Sentences that repeat an earlier one on their side: they can only stand alone. */
  sourceRepeats: boolean[];
  targetRepeats: boolean[];
}

/** Bead shapes and their prior probabilities (Gale and Church 1993, plus 1-3 and 3-1). */
const SHAPES: [number, number, number][] = [
  [1, 1, 0.89], [1, 0, 0.005], [0, 1, 0.005], [2, 1, 0.0445], [1, 2, 0.0445],
  [2, 2, 0.011], [1, 3, 0.002], [3, 1, 0.002],
];
const SHAPE_COST = SHAPES.map(([, , p]) => -Math.log(p));
/** Cost of a lexical "no opinion" (neither side has an anchor). */
const LEX_NEUTRAL = 0.6;
const LEX_WEIGHT = 2.5;
/** A sentence inside a multi-sentence bead whose anchors the other side lacks: as bad as a disjoint 1-1. */
const UNSUPPORTED_COST = -LEX_WEIGHT * Math.log(0.12);
/** A title paired with a body sentence is possible but unusual. */
const TITLE_MISMATCH = 2.5;
/** Bylines and titles are often not carried over: leaving one out is cheap. */
const NULL_COST: Partial<Record<BlockKind, number>> = { byline: 1, title: 3 };
/** Cells above which only a band around the diagonal is searched. */
const FULL_SEARCH_CELLS = 4_000_000;
const MIN_BAND = 100;
const BAND_CELLS = 20_000_000;

export function findTranslationPath(input: PathInput): Bead[] {
  const n = input.sourceLengths.length;
  const m = input.targetLengths.length;
  const full = (n + 1) * (m + 1) <= FULL_SEARCH_CELLS;
  // The band follows the diagonal's slope, so it need not widen with |n - m|.
  const half = full ? m + 1 : Math.max(MIN_BAND, Math.min(1000, Math.floor(BAND_CELLS / (2 * (n + 1)))));
  const width = full ? m + 1 : 2 * half + 1;
  const lo = (i: number) => (full ? 0 : Math.max(0, Math.round((i * m) / Math.max(n, 1)) - half));
  const hi = (i: number) => (full ? m : Math.min(m, Math.round((i * m) / Math.max(n, 1)) + half));

  const cost = new Float32Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width).fill(255);
  const at = (i: number, j: number) => i * width + (j - lo(i));
  const inBand = (i: number, j: number) => j >= lo(i) && j <= hi(i);
  const prefixS = prefixSums(input.sourceLengths);
  const prefixT = prefixSums(input.targetLengths);

  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo(i); j <= hi(i); j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 255;
      for (let s = 0; s < SHAPES.length; s++) {
        const [di, dj] = SHAPES[s]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0 || !inBand(pi, pj)) continue;
        const before = cost[at(pi, pj)]!;
        if (before === Infinity) continue;
        const c = before + beadCost(input, s, pi, i, pj, j, prefixS, prefixT);
        if (c < best) {
          best = c;
          bestShape = s;
        }
      }
      cost[at(i, j)] = best;
      back[at(i, j)] = bestShape;
    }
  }
  return traceBack(input, back, at, n, m, prefixS, prefixT);
}

function prefixSums(values: number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, i) => {
    out[i + 1] = out[i]! + v;
  });
  return out;
}

function beadCost(
  input: PathInput, shape: number, i0: number, i1: number, j0: number, j1: number,
  prefixS: Float64Array, prefixT: Float64Array,
): number {
  if (i1 - i0 === 0 || j1 - j0 === 0) return nullCost(input, i0, i1, j0);
  for (let i = i0; i < i1; i++) if (input.sourceRepeats[i]) return Infinity;
  for (let j = j0; j < j1; j++) if (input.targetRepeats[j]) return Infinity;
  const kindPenalty = kindCost(input, i0, i1, j0, j1);
  if (kindPenalty === Infinity) return Infinity;
  const lp = lengthProbability(input.model, prefixS[i1]! - prefixS[i0]!, prefixT[j1]! - prefixT[j0]!);
  const source = range(i0, i1);
  const target = range(j0, j1);
  const sim = anchorSimilarity(input.anchors, source, target);
  const lex = sim === undefined ? LEX_NEUTRAL : -LEX_WEIGHT * Math.log(0.12 + 0.88 * sim);
  const unsupported = unsupportedSentences(input.anchors, source, target) * UNSUPPORTED_COST;
  return SHAPE_COST[shape]! - Math.log(Math.max(lp, 1e-12)) + lex + kindPenalty + unsupported;
}

function nullCost(input: PathInput, i0: number, i1: number, j0: number): number {
  const repeat = i1 > i0 ? input.sourceRepeats[i0] : input.targetRepeats[j0];
  if (repeat) return 0;
  const kind = i1 > i0 ? input.sourceKinds?.[i0] : input.targetKinds?.[j0];
  return (kind && NULL_COST[kind]) ?? SHAPE_COST[1]!;
}

/** Beads never mix kinds of line; a byline pairs only with a byline. */
function kindCost(input: PathInput, i0: number, i1: number, j0: number, j1: number): number {
  const sk = input.sourceKinds;
  const tk = input.targetKinds;
  if (!sk || !tk) return 0;
  const a = sk[i0]!;
  const b = tk[j0]!;
  for (let i = i0 + 1; i < i1; i++) if (sk[i] !== a) return Infinity;
  for (let j = j0 + 1; j < j1; j++) if (tk[j] !== b) return Infinity;
  if ((a === 'byline') !== (b === 'byline')) return Infinity;
  if ((a === 'title') !== (b === 'title')) return TITLE_MISMATCH;
  return 0;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

function traceBack(
  input: PathInput, back: Uint8Array, at: (i: number, j: number) => number, n: number, m: number,
  prefixS: Float64Array, prefixT: Float64Array,
): Bead[] {
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const shape = back[at(i, j)]!;
    if (shape === 255) throw new Error(`alignment path broken at (${i}, ${j})`);
    const [di, dj] = SHAPES[shape]!;
    const source = range(i - di, i);
    const target = range(j - dj, j);
    beads.push({ source, target, score: beadScore(input, source, target, prefixS, prefixT) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

/**
 * A score a user can filter on: how well the lengths agree and how much of the
 * anchors the two sides share. Without anchors it cannot pass 0.6.
 */
export function beadScore(
  input: Pick<PathInput, 'anchors' | 'model'>, source: number[], target: number[],
  prefixS: Float64Array, prefixT: Float64Array,
): number {
  if (source.length === 0 || target.length === 0) return 0;
  const ls = prefixS[source[source.length - 1]! + 1]! - prefixS[source[0]!]!;
  const lt = prefixT[target[target.length - 1]! + 1]! - prefixT[target[0]!]!;
  const lenScore = Math.sqrt(lengthProbability(input.model, ls, lt));
  const sim = anchorSimilarity(input.anchors, source, target);
  const score = sim === undefined ? 0.6 * lenScore : 0.35 * lenScore + 0.65 * Math.sqrt(sim);
  return Math.round(score * 1000) / 1000;
}
