/**
 * IBM Model 1 in both directions (Brown et al. 1993, as Moore 2002 uses it for
 * sentence alignment), trained by EM on the beads a first pass is sure of. The
 * word links both directions agree on become anchors: unlike a best-partner
 * rule, a word may link to several (Vietnamese "đại biểu" and "quốc hội" for
 * English "AMs").
 */
import type { Bead } from '../types.js';
import { confidentBeadWords, numberBeadWords, type WordIds } from './learn-word-pairs.js';
import { PairTable } from './pair-table.js';

const ITERATIONS = 5;
/** Translation probability both directions must give a word pair. */
const LINK = 0.3;
/** A word seen in fewer confident beads than this is not learned. */
const MIN_COUNT = 3;
/**
 * Words in more than this share of the beads (articles, "the", "and") are left
 * out: a translation renders them too many ways to say where a sentence goes.
 */
const MAX_SHARE = 0.05;

/**
 * Model 1's co-occurrences in one direction: every bead's rows laid end to
 * end, one row per word v of the bead's B side, listing the ids of the pairs
 * (w, v) for the empty word and each word w of its A side. Pairs are
 * numbered in order of first sight, so an iteration is a pass over typed arrays.
 */
interface Cells {
  /** Pair ids of every row, laid end to end. */
  ids: Int32Array;
  /** Row r is `ids` from rowAt[r] to rowAt[r + 1]. */
  rowAt: Int32Array;
  /** Each pair's A word (0: the empty word): its probabilities over the B words sum to one. */
  owner: Int32Array;
}

/** The cells of A → B (word 0 of side A is the empty word), numbered in a table of pairs. */
function forwardCells(pairs: [Int32Array, Int32Array][]): Cells & { table: PairTable } {
  const table = new PairTable();
  const ids = new Int32Array(pairs.reduce((n, [ws, vs]) => n + vs.length * (ws.length + 1), 0));
  const rowAt = new Int32Array(pairs.reduce((n, [, vs]) => n + vs.length, 0) + 1);
  numberForward(pairs, table, ids, rowAt);
  return { ids, rowAt, owner: table.first.subarray(0, table.size), table };
}

/** The loop of `forwardCells`, in a function of its own for the reason `expectedCounts` gives. */
function numberForward(pairs: [Int32Array, Int32Array][], table: PairTable, ids: Int32Array, rowAt: Int32Array): void {
  let k = 0;
  let r = 0;
  for (const [ws, vs] of pairs) {
    for (const v of vs) {
      for (let x = -1; x < ws.length; x++) ids[k++] = table.idOf(x < 0 ? 0 : ws[x]!, v);
      rowAt[++r] = k;
    }
  }
}

/**
 * The cells of B → A, numbered as a table of their own would number them (in
 * order of first sight), but found through the forward cells instead of
 * hashed again: the pair (v, w) is the forward pair (w, v). `back` gives each
 * forward pair's id here. A bead has |A| rows of |B| + 1 here against |B|
 * rows of |A| + 1 there: the two tables are not the same size.
 */
function backwardCells(pairs: [Int32Array, Int32Array][], forward: Cells): Cells & { back: Int32Array } {
  const back = new Int32Array(forward.owner.length).fill(-1);
  const emptyOf: number[] = [];
  const owner: number[] = [];
  const ids = new Int32Array(pairs.reduce((n, [ws, vs]) => n + ws.length * (vs.length + 1), 0));
  const rowAt = new Int32Array(pairs.reduce((n, [ws]) => n + ws.length, 0) + 1);
  let k = 0;
  let r = 0;
  let at = 0;
  for (const [ws, vs] of pairs) {
    const row = ws.length + 1;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      let id = emptyOf[w];
      if (id === undefined) emptyOf[w] = id = owner.push(0) - 1;
      ids[k++] = id;
      for (let y = 0; y < vs.length; y++) {
        const f = forward.ids[at + y * row + i + 1]!;
        let b = back[f]!;
        if (b < 0) back[f] = b = owner.push(vs[y]!) - 1;
        ids[k++] = b;
      }
      rowAt[++r] = k;
    }
    at += vs.length * row;
  }
  return { ids, rowAt, owner: Int32Array.from(owner), back };
}

/**
 * t(v | w) for every pair of the cells, by EM. Each row's probabilities are
 * read once into a scratch row and summed, then shared out: the same sums in
 * the same order as reading them twice, for half the reads of a table much
 * larger than a cache.
 */
function model1({ ids, rowAt, owner }: Cells): Float64Array {
  const size = owner.length;
  const t = new Float64Array(size).fill(1);
  const count = new Float64Array(size);
  // A loop, not Math.max(...owner): spreading a large array overflows the stack.
  const total = new Float64Array(owner.reduce((a, b) => Math.max(a, b), 0) + 1);
  const row = new Float64Array(widestRow(rowAt));
  for (let it = 0; it < ITERATIONS; it++) {
    expectedCounts(ids, rowAt, t, count, row);
    total.fill(0);
    for (let id = 0; id < size; id++) total[owner[id]!]! += count[id]!;
    for (let id = 0; id < size; id++) t[id] = count[id]! / total[owner[id]!]!;
  }
  return t;
}

/** Cells in the longest row. */
function widestRow(rowAt: Int32Array): number {
  let widest = 0;
  for (let r = 0; r + 1 < rowAt.length; r++) widest = Math.max(widest, rowAt[r + 1]! - rowAt[r]!);
  return widest;
}

/**
 * One E step: each row's probabilities shared out into `count`. Its own
 * function, as are the other loops: a long loop in the middle of a function is
 * compiled on the spot (on-stack replacement) before the lines after it ever
 * ran, and then thrown away when it reaches them, once per call (Model 1 was
 * sent back to the interpreter 131 times in the 132 calls of one benchmark run).
 */
function expectedCounts(ids: Int32Array, rowAt: Int32Array, t: Float64Array, count: Float64Array, row: Float64Array): void {
  count.fill(0);
  for (let r = 0; r + 1 < rowAt.length; r++) {
    const from = rowAt[r]!;
    const to = rowAt[r + 1]!;
    let denom = 0;
    for (let x = from; x < to; x++) {
      const p = t[ids[x]!]!;
      row[x - from] = p;
      denom += p;
    }
    for (let x = from; x < to; x++) count[ids[x]!]! += row[x - from]! / denom;
  }
}

/** Word links (source word, target word) learned from confident beads. */
export function learnLexicon(beads: Bead[], sourceWords: string[][], targetWords: string[][]): [string, string][] {
  const pairs = confidentBeadWords(beads, sourceWords, targetWords);
  if (pairs.length < 3) return [];
  const { source, target, beadIds } = numberBeadWords(pairs);
  // Model 1 numbers only the words it keeps, from 1 (0 is its empty word), in order of first sight.
  const maxCount = MAX_SHARE * pairs.length;
  const renumber = (side: WordIds) => {
    let next = 0;
    return Int32Array.from(side.beads, (n) => (n >= MIN_COUNT && n <= maxCount ? ++next : 0));
  };
  const [newS, newT] = [renumber(source), renumber(target)];
  const kept = (ids: number[], to: Int32Array) => Int32Array.from(ids.filter((id) => to[id]! > 0), (id) => to[id]!);
  const trimmed: [Int32Array, Int32Array][] = [];
  for (const [ws, vs] of beadIds) {
    const a = kept(ws, newS);
    const b = kept(vs, newT);
    if (a.length > 0 && b.length > 0) trimmed.push([a, b]);
  }
  const keptWords = (side: WordIds, to: Int32Array) => side.words.filter((_, id) => to[id]! > 0);
  const [sourceWord, targetWord] = [keptWords(source, newS), keptWords(target, newT)];
  const forward = forwardCells(trimmed);
  const backward = backwardCells(trimmed, forward);
  const [tForward, tBackward] = [model1(forward), model1(backward)];
  const links: [string, string][] = [];
  for (let id = 0; id < forward.table.size; id++) {
    const w = forward.table.first[id]!;
    const v = forward.table.second[id]!;
    if (w === 0 || tForward[id]! < LINK) continue;
    // The backward pair (v, w): seen in the same beads as (w, v), so it is always numbered.
    if (tBackward[backward.back[id]!]! >= LINK) links.push([sourceWord[w - 1]!, targetWord[v - 1]!]);
  }
  return links;
}
