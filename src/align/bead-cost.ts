/**
 * What one bead of the translation path costs: the prior of its shape, how well
 * the lengths fit, what anchors and learned words its two sides share, and
 * punctuation and block kinds (translation-path.ts searches for the cheapest
 * path of them). Costs are negative log probabilities, never negative.
 */
import type { BlockKind } from '../types.js';
import type { PairAnchors } from './anchors.js';
import { LengthCost, type LengthModel } from './length-model.js';

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
export const SHAPES: [number, number, number][] = [
  [1, 1, 0.89], [1, 0, NULL_PRIOR], [0, 1, NULL_PRIOR], [2, 1, 0.0445], [1, 2, 0.0445],
  [1, 3, 0.002], [3, 1, 0.002],
];
export const SHAPE_COST = Float64Array.from(SHAPES, ([, , p]) => -Math.log(p));
export const DI = Int32Array.from(SHAPES, ([di]) => di);
export const DJ = Int32Array.from(SHAPES, ([, dj]) => dj);
export const NULL_BEAD_COST = SHAPE_COST[1]!;
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
/**
 * Leaving out a sentence that repeats an earlier one on its side costs little
 * (a caption printed twice where the translation has it once), but not
 * nothing: where both sides repeat a sentence, two free nulls beat the 1-1
 * bead that pairs them (at least its shape's 0.12 and a lexical term).
 * 0.5, 1 and 2 gave the same NTREX and ParIce figures (Text+Berg within 0.002).
 */
const REPEAT_NULL_COST = 0.5;
/** Bylines and titles are often not carried over: leaving one out is cheap. */
const NULL_COST: Partial<Record<BlockKind, number>> = { byline: 1, title: 3 };

/** One side of the alignment, in the form the search reads fast. */
export interface Side {
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
  /** Cost of leaving each unit out: a sentence, or at coarse levels a whole block (dearer); nothing for a repeat. */
  nullCosts: Float64Array;
  /** Punctuation class mask of each sentence (0 at coarse levels). */
  punctuation: Uint8Array;
}

/** Anchor weights split by channel: an id weighs in one of the two arrays and is 0 in the other. */
export interface Weights {
  anchor: Float64Array;
  learned: Float64Array;
}

export function splitWeights(anchors: PairAnchors): Weights {
  const anchor = Float64Array.from(anchors.weight, (w, id) => (anchors.learned[id] ? 0 : w));
  const learned = Float64Array.from(anchors.weight, (w, id) => (anchors.learned[id] ? w : 0));
  return { anchor, learned };
}

interface SideExtras {
  kinds?: BlockKind[] | undefined;
  nullCost?: number;
  orphan?: boolean[];
  unmatched?: number[];
  punctuation?: number[] | undefined;
  /** Leave bare sentences out more readily (see bareNullGain): a first pass found sentences the other side lacks. */
  bare?: boolean | undefined;
}

export function makeSide(lengths: number[], ids: Int32Array[], weights: Weights, repeats: boolean[], extras: SideExtras = {}): Side {
  const { kinds, nullCost = NULL_BEAD_COST, orphan, unmatched, punctuation, bare } = extras;
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
  // Plain loops, not `TypedArray.from` with a mapping function: that walks its list through an
  // iterator, one result object an entry (0.5 GB of them on bench:corpus's 66 pair jobs).
  const nullCosts = new Float64Array(n);
  const flags = new Uint8Array(n);
  const repeated = new Uint8Array(n);
  const marks = new Uint8Array(n);
  const anchored = new Uint8Array(n);
  const learnedWeight = new Float64Array(n);
  const orphans = orphan?.length === n ? orphan : undefined;
  const bareGain = bare ? bareNullGain(ids) : 0;
  for (let i = 0; i < n; i++) {
    const kind = kinds?.[i];
    nullCosts[i] = repeats[i] ? REPEAT_NULL_COST : ((kind && NULL_COST[kind]) ?? nullCost) - (ids[i]!.length === 0 ? bareGain : 0);
    if (orphans?.[i]) flags[i] = 1;
    if (repeats[i]) repeated[i] = 1;
    if (punctuation) marks[i] = punctuation[i]!;
    const list = ids[i]!;
    let sum = unmatched?.[i] ?? 0;
    for (let k = 0; k < list.length; k++) {
      if (weights.anchor[list[k]!]! > 0) anchored[i] = 1;
      sum += weights.learned[list[k]!]!;
    }
    learnedWeight[i] = sum;
  }
  return { prefix, ids, ...(kinds && { kinds }), unionWeight, nullCosts, orphan: flags, repeats: repeated, punctuation: marks, anchored, learnedWeight };
}

/**
 * A bare sentence (no anchor or learned word it shares with any sentence of
 * the other side) is likelier than others to be one the other side lacks, and
 * the more so the rarer bare sentences are in its document: by Bayes, its
 * null prior is multiplied by P(bare | unpaired) / P(bare), the second being
 * the document's share of bare sentences. BARE_WHEN_UNPAIRED is the first: of
 * the NTREX sentences of other stories the benchmark puts in, 59% are bare
 * (of the translated ones 16%). Without it a short bare sentence of another
 * story joined its neighbour's translation as a 1-2 bead (its length barely
 * moves the bead's), the largest error class on NTREX. Only a document whose
 * first pass left a sentence out gets it: in a clean translation every bare
 * sentence has its counterpart, and there it cost bench:corpus about 200 right
 * pairs of 128,500. 0.6 was chosen among 0.3, 0.5, 0.6, 0.7, 1 and 2 on the
 * three benchmark sets together (1 and more cost Text+Berg and ParIce); the
 * factor is capped at BARE_GAIN_CAP (3, 4, 6 and 8 differ by less than 0.001).
 */
const BARE_WHEN_UNPAIRED = 0.6;
const BARE_GAIN_CAP = 4;

/** How much cheaper (in cost) leaving a bare sentence out is, from the share of bare sentences in `ids`. */
function bareNullGain(ids: Int32Array[]): number {
  let bare = 0;
  for (const list of ids) if (list.length === 0) bare++;
  if (bare === 0) return 0;
  return Math.log(Math.max(1, Math.min(BARE_GAIN_CAP, BARE_WHEN_UNPAIRED / (bare / ids.length))));
}

/** Cost of beads, with the scratch arrays that make each evaluation allocation-free. */
export class Scorer {
  /** srcMark[k - 1][id] === row + 1 when id is in sentences row-k … row-1 of the source. */
  private readonly srcMark: Int32Array[];
  private readonly tgtMark: Int32Array;
  private stamp = 0;
  private row = -1;
  /**
   * What `lexical` found (fields, not a returned object: it runs for every
   * cell). NaN when neither side has an anchor: a field that held a number or
   * undefined sent the optimised search back to the interpreter over and over
   * (Node 20's V8 deoptimised `lexical` 165 times in one run at N = 100,000).
   */
  private sim = NaN;
  private unsupported = 0;
  /** What `coverageCost` found (a field for the same reason as `sim`). */
  private coverage = NaN;
  /**
   * Set before `measure`: a bead already dearer than this cannot win. A field,
   * as `value` is: a number passed to or returned from a call the optimiser
   * does not inline is a new heap object each time (1.3 GB of them on
   * bench:corpus's 66 pair jobs, for the collector to sweep).
   */
  bound = Infinity;
  /** The cost `measure` found. */
  value = NaN;
  private readonly length: LengthCost;

  constructor(private readonly s: Side, private readonly t: Side, private readonly weights: Weights, model: LengthModel) {
    this.srcMark = [0, 1, 2].map(() => new Int32Array(weights.anchor.length).fill(-1));
    this.tgtMark = new Int32Array(weights.anchor.length).fill(-1);
    this.length = new LengthCost(model);
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
    this.sim = total === 0 ? NaN : (2 * shared) / total;
    this.unsupported = unsupported;
  }

  /** The learned-word term of the bead just measured by `lexical` (it reads the marks that call left), into `coverage`. */
  private coverageCost(k: number, j: number, l: number): void {
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
    this.coverage = LEARNED_WEIGHT * cost;
  }

  /** Cost of the bead of `shape` that ends at (row, j) into `value`; Infinity when it cannot be cheaper than `bound`. */
  measure(shape: number, j: number): void {
    // Typed arrays, not a destructured tuple: this runs for every cell and shape of the search.
    const k = DI[shape]!;
    const l = DJ[shape]!;
    const i = this.row;
    if (k === 0 || l === 0) {
      this.value = k > 0 ? this.s.nullCosts[i - 1]! : this.t.nullCosts[j - 1]!;
      return;
    }
    this.value = Infinity;
    // A repeated sentence joins no merge, but may pair 1-1: text that repeats itself is often
    // translated so (the Bible's "And the LORD spake unto Moses, saying," 130 times in its first
    // 5,000 verses); when a repeat could only stand alone, the Bible 5k scored 0.886 instead of
    // 0.936 and ParIce 0.898 instead of 0.912. Its null stays cheap (REPEAT_NULL_COST), so a
    // caption printed twice where the translation has it once still stands alone.
    if (k > 1 || l > 1) {
      for (let s = i - k; s < i; s++) if (this.s.repeats[s]) return;
      for (let t = j - l; t < j; t++) if (this.t.repeats[t]) return;
    }
    const kindPenalty = kindCost(this.s.kinds, this.t.kinds, i - k, i, j - l, j);
    if (kindPenalty === Infinity) return;
    this.length.measure(this.s.prefix[i]! - this.s.prefix[i - k]!, this.t.prefix[j]! - this.t.prefix[j - l]!);
    const base = SHAPE_COST[shape]! + this.length.value + kindPenalty;
    // The lexical terms are never negative: a bead already dearer than `bound` cannot win.
    if (base >= this.bound) return;
    this.lexical(k, j, l);
    this.coverageCost(k, j, l);
    const { sim, unsupported } = this;
    const lex = (Number.isNaN(sim) ? LEX_NEUTRAL : -LEX_WEIGHT * Math.log(0.12 + 0.88 * sim))
      + this.coverage + this.punctuationCost(k, j, l);
    this.value = base + lex + unsupported * UNSUPPORTED_COST;
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

  /** A score a user can filter on (see `beadScore`), for the bead of `shape` ending at (row, j). */
  score(shape: number, j: number): number {
    const [k, l] = SHAPES[shape]!;
    if (k === 0 || l === 0) return 0;
    const i = this.row;
    this.length.measure(this.s.prefix[i]! - this.s.prefix[i - k]!, this.t.prefix[j]! - this.t.prefix[j - l]!);
    const lenScore = Math.sqrt(this.length.probability());
    this.lexical(k, j, l);
    const { sim } = this;
    const score = Number.isNaN(sim) ? 0.6 * lenScore : 0.35 * lenScore + 0.65 * Math.sqrt(sim);
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
