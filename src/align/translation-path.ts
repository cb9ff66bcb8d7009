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
import { lengthCost, lengthProbability, type LengthModel } from './length-model.js';

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
  /** Punctuation classes of each sentence, as bit masks (see `punctuationMask`). */
  sourcePunctuation?: number[];
  targetPunctuation?: number[];
}

const NULL_PRIOR = 0.005;
/**
 * Bead shapes and their prior probabilities (Gale and Church 1993, plus 1-3
 * and 3-1). Gale and Church also have 2-2 beads (0.011), but a 2-2 the search
 * predicts is most often two 1-1 beads whose lengths disagree (the
 * cross-script pairs of NTREX: 1,006 of 1,040 wrong in the corpus benchmark)
 * or a dropped sentence beside an added one; without them corpus precision
 * rose from 0.978 to 0.986, NTREX strict F1 from 0.931 to 0.939, Text+Berg
 * stayed at 0.821 and ParIce fell from 0.904 to 0.898.
 */
const SHAPES: [number, number, number][] = [
  [1, 1, 0.89], [1, 0, NULL_PRIOR], [0, 1, NULL_PRIOR], [2, 1, 0.0445], [1, 2, 0.0445],
  [1, 3, 0.002], [3, 1, 0.002],
];
const SHAPE_COST = Float64Array.from(SHAPES, ([, , p]) => -Math.log(p));
const DI = Int32Array.from(SHAPES, ([di]) => di);
const DJ = Int32Array.from(SHAPES, ([, dj]) => dj);
const NULL_BEAD_COST = SHAPE_COST[1]!;
/** Cost of a lexical "no opinion" (neither side has an anchor). */
const LEX_NEUTRAL = 0.6;
const LEX_WEIGHT = 2.5;
/**
 * Learned word links are many and each says little (a translation renders a
 * word one way or another), so they form a second, gentler lexical term, read
 * per sentence: the share of a sentence's learned words that the other side of
 * its bead covers, counting also those whose translation the other document
 * never uses. A sentence of another story covered by nothing pays the most,
 * wherever it is put, unless it is left out (a null bead). The weight 1.5 was
 * chosen among 0.75, 1, 1.25, 1.5 and 2 on the three benchmark sets together.
 */
const LEARNED_WEIGHT = 1.5;
const LEARNED_FLOOR = 0.3;
/**
 * For each punctuation class (quotation, question, …) one side of a bead has
 * and the other lacks. A penalty only, never a reward, so that bead costs stay
 * non-negative; chosen among 0.5, 0.75, 1, 1.25 and 1.5 on the three sets.
 */
const PUNCTUATION_COST = 1;
/** A sentence inside a multi-sentence bead whose anchors the other side lacks: as bad as a disjoint 1-1. */
const UNSUPPORTED_COST = -LEX_WEIGHT * Math.log(0.12);
/** A title paired with a body sentence is possible but unusual. */
const TITLE_MISMATCH = 2.5;
/** Bylines and titles are often not carried over: leaving one out is cheap. */
const NULL_COST: Partial<Record<BlockKind, number>> = { byline: 1, title: 3 };
/** Up to this many cells, the whole matrix is searched. */
const FULL_SEARCH_CELLS = 1_000_000;
/** Sentences per block (on the shorter side) in a coarse pass. */
const BLOCK = 8;
const COARSE_NULL_COST = 3 * NULL_BEAD_COST;

/** One side of the alignment, in the form the search reads fast. */
interface Side {
  prefix: Float64Array;
  ids: Int32Array[];
  orphan: Uint8Array;
  kinds?: BlockKind[];
  repeats: Uint8Array;
  /** unionWeight[k - 1][e]: total anchor weight of sentences e-k … e-1 (k = 1, 2, 3). */
  unionWeight: Float64Array[];
  /** 1 for sentences with at least one anchor that is not a learned word link. */
  anchored: Uint8Array;
  /** Total weight of each sentence's learned word links. */
  learnedWeight: Float64Array;
  /** Cost of leaving one unit out: a sentence, or at coarse levels a whole block (dearer). */
  nullCost: number;
  /** Punctuation class mask of each sentence (0 at coarse levels). */
  punctuation: Uint8Array;
}

/** Anchor weights split by channel: an id weighs in one of the two arrays and is 0 in the other. */
interface Weights {
  anchor: Float64Array;
  learned: Float64Array;
}

function splitWeights(anchors: PairAnchors): Weights {
  const anchor = Float64Array.from(anchors.weight, (w, id) => (anchors.learned[id] ? 0 : w));
  const learned = Float64Array.from(anchors.weight, (w, id) => (anchors.learned[id] ? w : 0));
  return { anchor, learned };
}

interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

interface SideExtras {
  kinds?: BlockKind[] | undefined;
  nullCost?: number;
  orphan?: boolean[];
  unmatched?: number[];
  punctuation?: number[] | undefined;
}

function makeSide(lengths: number[], ids: Int32Array[], weights: Weights, repeats: boolean[], extras: SideExtras = {}): Side {
  const { kinds, nullCost = NULL_BEAD_COST, orphan, unmatched, punctuation } = extras;
  const n = lengths.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + lengths[i]!;
  const weight = weights.anchor;
  const mark = new Int32Array(weight.length);
  const unionWeight = [1, 2, 3].map((k) => {
    const out = new Float64Array(n + 1);
    for (let e = k; e <= n; e++) {
      let w = 0;
      for (let s = e - k; s < e; s++) {
        for (const id of ids[s]!) {
          if (mark[id] !== e * 4 + k) {
            mark[id] = e * 4 + k;
            w += weight[id]!;
          }
        }
      }
      out[e] = w;
    }
    return out;
  });
  const flags = Uint8Array.from(orphan ?? [], (o) => (o ? 1 : 0));
  return { prefix, ids, orphan: flags.length === n ? flags : new Uint8Array(n), ...(kinds && { kinds }), repeats: Uint8Array.from(repeats, (r) => (r ? 1 : 0)), unionWeight, nullCost,
    punctuation: punctuation ? Uint8Array.from(punctuation) : new Uint8Array(n),
    anchored: Uint8Array.from(ids, (list) => (list.some((id) => weights.anchor[id]! > 0) ? 1 : 0)),
    learnedWeight: Float64Array.from(ids, (list, i) => list.reduce((sum, id) => sum + weights.learned[id]!, unmatched?.[i] ?? 0)) };
}

/** Cost of beads, with the scratch arrays that make each evaluation allocation-free. */
class Scorer {
  /** srcMark[k - 1][id] === row + 1 when id is in sentences row-k … row-1 of the source. */
  private readonly srcMark: Int32Array[];
  private readonly tgtMark: Int32Array;
  private stamp = 0;
  private row = -1;
  /** What `lexical` found (fields, not a returned object: it runs for every cell). */
  private sim: number | undefined;
  private unsupported = 0;

  constructor(private readonly s: Side, private readonly t: Side, private readonly weights: Weights, private readonly model: LengthModel) {
    this.srcMark = [0, 1, 2].map(() => new Int32Array(weights.anchor.length).fill(-1));
    this.tgtMark = new Int32Array(weights.anchor.length).fill(-1);
  }

  /** Mark the anchors of the source spans that end at `row`. */
  setRow(row: number): void {
    this.row = row;
    for (let k = 1; k <= 3 && k <= row; k++) {
      const mark = this.srcMark[k - 1]!;
      for (let s = row - k; s < row; s++) for (const id of this.s.ids[s]!) mark[id] = row + 1;
    }
  }

  /** Lexical similarity of source row-k … row-1 and target j-l … j-1, and how many of their sentences are unsupported. */
  private lexical(k: number, j: number, l: number): void {
    const mark = this.srcMark[k - 1]!;
    const rowStamp = this.row + 1;
    const stamp = ++this.stamp;
    let shared = 0;
    for (let t = j - l; t < j; t++) {
      for (const id of this.t.ids[t]!) {
        if (this.tgtMark[id] === stamp) continue;
        this.tgtMark[id] = stamp;
        if (mark[id] === rowStamp) shared += this.weights.anchor[id]!;
      }
    }
    const total = this.s.unionWeight[k - 1]![this.row]! + this.t.unionWeight[l - 1]![j]!;
    let unsupported = 0;
    if (k > 1) {
      for (let s = this.row - k; s < this.row; s++) {
        if (this.s.anchored[s] ? !marked(this.s.ids[s]!, this.tgtMark, stamp, this.weights.anchor) : this.s.orphan[s] === 1) unsupported++;
      }
    }
    if (l > 1) {
      for (let t = j - l; t < j; t++) {
        if (this.t.anchored[t] ? !marked(this.t.ids[t]!, mark, rowStamp, this.weights.anchor) : this.t.orphan[t] === 1) unsupported++;
      }
    }
    this.sim = total === 0 ? undefined : (2 * shared) / total;
    this.unsupported = unsupported;
  }

  /** The learned-word term of the bead just measured by `lexical` (it reads the marks that call left). */
  private coverageCost(k: number, j: number, l: number): number {
    const mark = this.srcMark[k - 1]!;
    const rowStamp = this.row + 1;
    const w = this.weights.learned;
    let cost = 0;
    // Plain loops, no closures: this runs for every cell and bead shape.
    for (let s = this.row - k; s < this.row; s++) {
      const all = this.s.learnedWeight[s]!;
      if (all === 0) continue;
      let hit = 0;
      for (const id of this.s.ids[s]!) if (this.tgtMark[id] === this.stamp) hit += w[id]!;
      cost -= Math.log(LEARNED_FLOOR + (1 - LEARNED_FLOOR) * (hit / all));
    }
    for (let t = j - l; t < j; t++) {
      const all = this.t.learnedWeight[t]!;
      if (all === 0) continue;
      let hit = 0;
      for (const id of this.t.ids[t]!) if (mark[id] === rowStamp) hit += w[id]!;
      cost -= Math.log(LEARNED_FLOOR + (1 - LEARNED_FLOOR) * (hit / all));
    }
    return LEARNED_WEIGHT * cost;
  }

  /** Cost of the bead of `shape` that ends at (row, j). */
  cost(shape: number, j: number, bound = Infinity): number {
    const [k, l] = SHAPES[shape]!;
    const i = this.row;
    if (k === 0 || l === 0) return this.nullCost(k > 0 ? this.s : this.t, k > 0 ? i - 1 : j - 1);
    for (let s = i - k; s < i; s++) if (this.s.repeats[s]) return Infinity;
    for (let t = j - l; t < j; t++) if (this.t.repeats[t]) return Infinity;
    const kindPenalty = kindCost(this.s.kinds, this.t.kinds, i - k, i, j - l, j);
    if (kindPenalty === Infinity) return Infinity;
    const base = SHAPE_COST[shape]! + lengthCost(this.model, this.s.prefix[i]! - this.s.prefix[i - k]!, this.t.prefix[j]! - this.t.prefix[j - l]!) + kindPenalty;
    // The lexical terms are never negative: a bead already dearer than `bound` cannot win.
    if (base >= bound) return Infinity;
    this.lexical(k, j, l);
    const { sim, unsupported } = this;
    const lex = (sim === undefined ? LEX_NEUTRAL : -LEX_WEIGHT * Math.log(0.12 + 0.88 * sim))
      + this.coverageCost(k, j, l) + this.punctuationCost(k, j, l);
    return base + lex + unsupported * UNSUPPORTED_COST;
  }

  /** PUNCTUATION_COST for each punctuation class one side of the bead has and the other lacks. */
  private punctuationCost(k: number, j: number, l: number): number {
    let a = 0;
    let b = 0;
    for (let s = this.row - k; s < this.row; s++) a |= this.s.punctuation[s]!;
    for (let t = j - l; t < j; t++) b |= this.t.punctuation[t]!;
    let differ = a ^ b;
    let count = 0;
    for (; differ; differ &= differ - 1) count++;
    return count * PUNCTUATION_COST;
  }

  private nullCost(side: Side, index: number): number {
    if (side.repeats[index]) return 0;
    const kind = side.kinds?.[index];
    return (kind && NULL_COST[kind]) ?? side.nullCost;
  }

  /** A score a user can filter on (see `beadScore`), for the bead of `shape` ending at (row, j). */
  score(shape: number, j: number): number {
    const [k, l] = SHAPES[shape]!;
    if (k === 0 || l === 0) return 0;
    const i = this.row;
    const lenScore = Math.sqrt(lengthProbability(this.model, this.s.prefix[i]! - this.s.prefix[i - k]!, this.t.prefix[j]! - this.t.prefix[j - l]!));
    this.lexical(k, j, l);
    const { sim } = this;
    const score = sim === undefined ? 0.6 * lenScore : 0.35 * lenScore + 0.65 * Math.sqrt(sim);
    return Math.round(score * 1000) / 1000;
  }
}

/**
 * Whether one of `ids` carries `stamp` in `marks` (is on the other side of the
 * bead); with `only`, counting only ids of positive weight there (anchors, not
 * learned words). A plain loop: it runs for every cell of the search.
 */
function marked(ids: Int32Array, marks: Int32Array, stamp: number, only: Float64Array | undefined): boolean {
  for (const id of ids) if (marks[id] === stamp && (!only || only[id]! > 0)) return true;
  return false;
}

/** Beads never mix kinds of line; a byline pairs only with a byline. */
function kindCost(sk: BlockKind[] | undefined, tk: BlockKind[] | undefined, i0: number, i1: number, j0: number, j1: number): number {
  if (!sk || !tk) return 0;
  const a = sk[i0]!;
  const b = tk[j0]!;
  for (let i = i0 + 1; i < i1; i++) if (sk[i] !== a) return Infinity;
  for (let j = j0 + 1; j < j1; j++) if (tk[j] !== b) return Infinity;
  if ((a === 'byline') !== (b === 'byline')) return Infinity;
  if ((a === 'title') !== (b === 'title')) return TITLE_MISMATCH;
  return 0;
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
        // Every term of a bead's cost but its shape's is non-negative (a repeated
        // sentence's free null bead aside), so a path already dearer cannot win.
        if (before === Infinity || (before + SHAPE_COST[shape]! >= best && DI[shape]! > 0 && DJ[shape]! > 0)) continue;
        const c = before + scorer.cost(shape, j, best - before);
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
  });
  const t = makeSide(input.targetLengths, targetIds, weight, input.targetRepeats, {
    kinds: input.targetKinds, orphan: input.anchors.target.orphan, unmatched: input.anchors.target.unmatchedLearned, punctuation: input.targetPunctuation,
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
