/**
 * The second part of grouping's join across languages as it crosses to a
 * worker (see group/cross-join.ts). The main thread goes on reading the same
 * data for the first part, so it is copied, not moved; lists of lists (each
 * node's keys, articles and days: a hundred thousand small arrays at
 * N = 100,000) go flat, one array of values and one of where each list ends,
 * and only the arrays made for the task are moved. The copy is the cost of
 * the second thread: the worker's heap keeps what it grew to until the
 * workers are renewed (at N = 100,000 the peak was about 130 MB higher).
 */
import type { CrossJoin } from '../group/cross-join.js';
import type { KeyNodes } from '../group/key-similarity.js';
import { SparseVectors } from '../group/sparse-vectors.js';
import { LanguageSets } from '../language/language-sets.js';
import { buffersOf } from './transfer.js';

/** Lists of whole numbers laid end to end: list k is `values` from `ends[k - 1]` (0 for the first) to `ends[k]`. */
interface FlatLists {
  values: Int32Array;
  ends: Int32Array;
}

export interface CrossJoinTask {
  vectors: SparseVectors['layout'];
  keyLangs: LanguageSets['plain'];
  norms: Float64Array;
  nameKey: Uint8Array;
  nodeDf: Int32Array;
  langSet: Int32Array;
  langs: string[][];
  langCount: Map<string, number>;
  days: FlatLists;
  nodes: FlatLists;
  prefixes: FlatLists;
  times: Float64Array;
  spans: CrossJoin['spans'];
  dated: boolean;
  from: number;
  to: number;
}

/**
 * The part's task. A pair is met from its first node, so the part never reads
 * a node before `from`: those go as empty lists and empty vectors (at 50,000
 * articles the cut fell at 30% of the nodes).
 */
export function toCrossJoinTask(join: CrossJoin, from: number, to: number): CrossJoinTask {
  const { keyed } = join;
  const after = <T>(lists: readonly (readonly T[])[], empty: readonly T[]) => lists.map((list, x) => (x < from ? empty : list));
  return {
    vectors: vectorsFrom(keyed.vectors.layout, from), keyLangs: keyed.keyLangs.plain, norms: keyed.norms, nameKey: keyed.nameKey, nodeDf: keyed.nodeDf,
    langSet: keyed.langSet, langs: after(keyed.langs, []) as string[][], langCount: keyed.langCount, days: flat(after(keyed.days, [])),
    nodes: flat(after(join.nodes, [])), prefixes: flat(after(join.prefixes, [])), times: join.times, spans: join.spans, dated: join.dated, from, to,
  };
}

/** The vectors of the nodes from `from` on (laid end to end in node order); those before it empty. */
function vectorsFrom(layout: SparseVectors['layout'], from: number): SparseVectors['layout'] {
  const { allIds, allWeights, start, end, shareable } = layout;
  const base = from < end.length ? start[from]! : allIds.length;
  const shift = (xs: Int32Array) => Int32Array.from(xs, (v, x) => (x < from ? 0 : v - base));
  // Copies, not views: a structured copy of a view sends its whole buffer.
  return { allIds: allIds.slice(base), allWeights: allWeights.slice(base), start: shift(start.subarray(0, end.length)), end: shift(end), shareable };
}

/** The arrays made for the task alone, which may be moved to the worker. */
export function ownBuffers(task: CrossJoinTask): ArrayBuffer[] {
  const { vectors, days, nodes, prefixes } = task;
  return buffersOf([vectors.allIds, vectors.allWeights, vectors.start, vectors.end, days.values, days.ends, nodes.values, nodes.ends, prefixes.values, prefixes.ends]);
}

/** The join again, as the worker reads it; the key names are not sent (the join reads keys by number only). */
export function fromCrossJoinTask(task: CrossJoinTask): CrossJoin {
  const { allIds, allWeights, start, end, shareable } = task.vectors;
  const keyed: KeyNodes = {
    vectors: new SparseVectors(allIds, allWeights, start, shareable, end), keyOf: [], norms: task.norms, langs: task.langs,
    langSet: task.langSet, keyLangs: new LanguageSets(task.keyLangs.langs, 0, task.keyLangs.bits), nameKey: task.nameKey,
    nodeDf: task.nodeDf, langCount: task.langCount, days: lists(task.days), restrictedNorms: [],
  };
  return { keyed, nodes: lists(task.nodes), times: task.times, spans: task.spans, dated: task.dated, prefixes: lists(task.prefixes) };
}

function flat(lists: readonly (readonly number[])[]): FlatLists {
  const ends = new Int32Array(lists.length);
  let n = 0;
  lists.forEach((list, k) => {
    ends[k] = n += list.length;
  });
  const values = new Int32Array(n);
  let at = 0;
  for (const list of lists) for (const x of list) values[at++] = x;
  return { values, ends };
}

function lists({ values, ends }: FlatLists): number[][] {
  const out: number[][] = [];
  let start = 0;
  for (const end of ends) {
    out.push(Array.from(values.subarray(start, end)));
    start = end;
  }
  return out;
}
