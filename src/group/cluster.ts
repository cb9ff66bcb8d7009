/**
 * Clustering that does not chain: edges are taken best first and two clusters
 * merge only when the average similarity over all their article pairs (missing
 * edges count as 0) clears the threshold. Single link would let A~B and B~C pull
 * unrelated A and C together; the average does not.
 */
import { EdgeList, type Edges } from './edge-list.js';

export interface Edge {
  a: number;
  b: number;
  score: number;
}

export interface Merge {
  /** The article that joined, and the one it joined through. */
  article: number;
  via: number;
  score: number;
  /** Average similarity between the two clusters at the time they merged. */
  average: number;
}

export interface ClusterOptions {
  /** Pairs joined first, whatever their score (a shared source URL). */
  forced?: Edge[];
  /** Every similarity measured: only `edges` can start a merge, but the average counts each known pair. */
  known?: Edge[] | Edges;
  /** What a pair of items weighs against the merge of their clusters (two articles that date different events). */
  penalty?: (a: number, b: number) => number;
  /** Items that may never share a cluster (two reports in one language that share no words). */
  apart?: (a: number, b: number) => boolean;
}

export function averageLinkClusters(n: number, edges: Edge[], threshold: number, options: ClusterOptions = {}): { clusterOf: Int32Array; merges: Merge[] } {
  const { forced = [], known = edges, penalty, apart } = options;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const merges: Merge[] = [];
  const membersOf: number[][] = Array.from({ length: n }, (_, i) => [i]);
  /** What the pairs across two clusters weigh against their merge (two articles that date different events). */
  const against = (ra: number, rb: number) => {
    if (!penalty) return 0;
    let sum = 0;
    for (const a of membersOf[ra]!) for (const b of membersOf[rb]!) sum += penalty(a, b);
    return sum;
  };
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const between = knownBetween(n, Array.isArray(known) ? EdgeList.of(known) : known, find, membersOf);
  const union = (ra: number, rb: number) => {
    const [big, small] = size[ra]! >= size[rb]! ? [ra, rb] : [rb, ra];
    parent[small] = big;
    size[big]! += size[small]!;
    for (const m of membersOf[small]!) membersOf[big]!.push(m);
    membersOf[small] = [];
  };

  for (const e of forced) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra === rb) continue;
    merges.push({ article: e.b, via: e.a, score: e.score, average: 1 });
    union(ra, rb);
  }
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const e of sorted) {
    if (e.score < threshold) break;
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra === rb) continue;
    const average = (between(ra, rb) - against(ra, rb)) / (size[ra]! * size[rb]!);
    if (average < threshold) continue;
    // Asked last: it reads every pair of members, and most candidate merges fail the average first.
    if (apart && membersOf[ra]!.some((x) => membersOf[rb]!.some((y) => apart(x, y)))) continue;
    merges.push({ article: e.b, via: e.a, score: e.score, average });
    union(ra, rb);
  }
  const clusterOf = new Int32Array(n);
  for (let i = 0; i < n; i++) clusterOf[i] = find(i);
  return { clusterOf, merges };
}

/**
 * The sum of the known similarities between two clusters, read when a merge
 * is asked about: from each member of the smaller cluster, its known pairs
 * that lead into the other. The pairs are kept as one list per item in typed
 * arrays; a map per cluster of its sums to every other, merged at each union,
 * held millions of entries on a large input where most pairs never meet a
 * merge. Similarities are kept in thousandths (scores are rounded to three
 * places), so a sum is exact in whatever order it is added.
 */
function knownBetween(n: number, known: Edges, find: (x: number) => number, membersOf: number[][]): (ra: number, rb: number) => number {
  const start = new Int32Array(n + 1);
  known.forEach((a, b) => {
    start[a + 1]!++;
    start[b + 1]!++;
  });
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const other = new Int32Array(2 * known.length);
  const thousandths = new Uint16Array(2 * known.length);
  known.forEach((a, b, milli) => {
    other[fill[a]!] = b;
    thousandths[fill[a]!++] = milli;
    other[fill[b]!] = a;
    thousandths[fill[b]!++] = milli;
  });
  return (ra, rb) => {
    const [from, to] = membersOf[ra]!.length <= membersOf[rb]!.length ? [ra, rb] : [rb, ra];
    let sum = 0;
    for (const m of membersOf[from]!) {
      for (let k = start[m]!; k < start[m + 1]!; k++) if (find(other[k]!) === to) sum += thousandths[k]!;
    }
    return sum / 1000;
  };
}
