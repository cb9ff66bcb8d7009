/**
 * Grouping's join across languages (step 2: clusters of one language linked
 * on language-free keys), cut in two parts by the nodes the pairs start from.
 * Each part reads only the join's data, so one can run on another thread
 * while this one runs the other: at 50,000 generated articles the join was
 * about 7 s of grouping's 12-14 s on the main thread, the workers idle. The
 * parts' pairs laid end to end, first part first, are the pairs the whole
 * join makes in one piece, in the same order.
 */
import { EdgeList } from './edge-list.js';
import { candidateIndex, candidatePrefixes, forEachCandidate, meetingsOf, withinWindow, type CandidateIndex, type NodeTimes } from './candidate-pairs.js';
import { datesConflict, keySimilarity, type KeyNodes } from './key-similarity.js';

export interface CrossJoin {
  keyed: KeyNodes;
  /** Each node's articles. */
  nodes: number[][];
  /** Each article's publication time in ms (NaN: undated). */
  times: Float64Array;
  /** Each node's earliest and latest time, and the window. */
  spans: NodeTimes;
  /** Whether any article is dated (the window is asked of pairs only then). */
  dated: boolean;
  /** The keys each node asks under (see `candidatePrefixes`). */
  prefixes: number[][];
  /** Their index, built once for the cut and the part run here, and let go after it (a copy sent to a worker builds its own). */
  index?: CandidateIndex;
}

export function crossJoin(keyed: KeyNodes, nodes: number[][], times: Float64Array, spans: NodeTimes, threshold: number): CrossJoin {
  const dated = times.some((t) => !Number.isNaN(t));
  const windowed = windowedSpans({ dated, spans });
  const prefixes = candidatePrefixes(keyed, threshold, windowed);
  return { keyed, nodes, times, spans, dated, prefixes, index: candidateIndex(prefixes, windowed) };
}

/** The spans the candidate search reads: a window is asked of pairs only on a dated input. */
function windowedSpans(join: Pick<CrossJoin, 'dated' | 'spans'>): NodeTimes | undefined {
  return join.dated ? join.spans : undefined;
}

/** Share of the join's work handed to the other thread: this one has nothing else to do meanwhile. */
const SHARE = 0.5;

/** The node where the second part starts: about SHARE of the meetings are from it on. */
export function secondPartFrom(join: CrossJoin, share = SHARE): number {
  const meetings = meetingsOf(join.prefixes, join.index ?? candidateIndex(join.prefixes, windowedSpans(join)));
  const total = meetings.reduce((sum, m) => sum + m, 0);
  let after = 0;
  for (let a = meetings.length; a > 0; a--) {
    if (after + meetings[a - 1]! > share * total) return a;
    after += meetings[a - 1]!;
  }
  return 0;
}

/**
 * The scored pairs whose first node is `from` to `to` (not included): two
 * nodes of disjoint languages, within the window of each other, dating no
 * conflicting days, with a key similarity above 0.
 */
export function joinAcross(join: CrossJoin, from: number, to: number): EdgeList {
  const { keyed, nodes, times, spans } = join;
  const inWindow = withinWindow(times, spans.windowMs);
  // A cluster with an undated article is in every window; clusters of one language differ in it by
  // their language alone (the join asks these of millions of pairs on a large input).
  const nodeInWindow = (x: number, y: number) => {
    if (Number.isNaN(spans.first[x]!) || Number.isNaN(spans.first[y]!)) return true;
    const mx = nodes[x]!;
    const my = nodes[y]!;
    return mx.length === 1 && my.length === 1 ? inWindow(mx[0]!, my[0]!) : mx.some((a) => my.some((b) => inWindow(a, b)));
  };
  const onlyLang = keyed.langs.map((l) => (l.length === 1 ? l[0]! : undefined));
  const disjointLanguages = (x: number, y: number) => (onlyLang[x] !== undefined && onlyLang[y] !== undefined
    ? onlyLang[x] !== onlyLang[y]
    : !keyed.langs[x]!.some((l) => keyed.langs[y]!.includes(l)));
  const edges = new EdgeList();
  forEachCandidate(keyed, join.prefixes, (x, y) => disjointLanguages(x, y) && nodeInWindow(x, y) && !datesConflict(keyed, x, y), (x, y) => {
    const score = keySimilarity(keyed, x, y);
    if (score > 0) edges.push(x, y, score);
  }, windowedSpans(join), from, to, join.index);
  return edges;
}
