/**
 * Which pairs of nodes the join across languages compares: those that share a
 * key rare enough to tell one story from the next, found through an inverted
 * index on keys, never all pairs. On a dated input a key's rarity is counted
 * within the time window around the node that asks: a name in 600 articles
 * of a year is in a dozen of any week, and one week's news is what a story's
 * versions are compared against.
 */
import { countsAgainstAll, type KeyNodes } from './key-similarity.js';

/**
 * A key carried by more nodes than this (within the time window, on a dated
 * input) proposes no candidates: it cannot tell one story from the next (a
 * president's name, a year, a big country), and two versions of one story
 * share rarer keys too (the names and numbers of its event). It bounds the
 * join: a node meets at most this many others through each of its keys, so
 * once a language's common keys pass it the join grows with the input, not
 * its square. With 2,000 (and the twelve rarest keys of each node asking)
 * grouping 25,000 generated articles after reading them took 54 s in a
 * profile; now 33 s. Counted over the whole of a dated input, it dropped the
 * names of whole stories once the input was large: at 100,000 articles over a
 * year, every name of one NTREX story (Feinstein, Kavanaugh, West Virginia)
 * was in more than 300 articles, and its twelve versions were left apart.
 */
export const MAX_POSTING = 300;

/** Whether two articles may be one story by their dates: within `windowMs` of each other, or either undated (NaN: in every window). */
export function withinWindow(times: ArrayLike<number>, windowMs: number): (a: number, b: number) => boolean {
  return (a, b) => {
    const ta = times[a]!;
    const tb = times[b]!;
    return Number.isNaN(ta) || Number.isNaN(tb) || Math.abs(ta - tb) <= windowMs;
  };
}

/** Each node's publication times, for a dated input. */
export interface NodeTimes {
  /** Its earliest and latest article's time in ms; NaN when one of its articles is undated (it is in every window). */
  first: Float64Array;
  last: Float64Array;
  windowMs: number;
}

/**
 * The keys each node is indexed and asks under in the join (see
 * `forEachCandidate`). Keys are read rarest first; a node is indexed under its
 * rarest keys only, as far as the keys after them weigh too little to reach
 * the threshold alone (prefix filtering, as all-pairs similarity search does
 * it): two nodes that reach it share a key in both their prefixes. The weight
 * that may be left out is measured against the node's floor norm, the part of
 * its norm that counts against every language, so no restricted norm can make
 * a pair reach the threshold through keys left out.
 */
export function candidatePrefixes(w: KeyNodes, threshold: number, times?: NodeTimes): number[][] {
  return times
    ? windowedPrefixes(w, threshold, new TimeReach(times))
    : Array.from({ length: w.vectors.size }, (_, a) => prefixKeys(w, a, threshold).filter((k) => w.nodeDf[k]! <= MAX_POSTING));
}

/**
 * About how many nodes each node meets through its prefix: the nodes after it
 * of each of its keys (a pair is met from its first node). For cutting the
 * join into parts of like cost: without dates the first nodes meet the most.
 * With the index of a dated input (`candidateIndex` with times), a node meets
 * through a key only the nodes within reach of its window (see `windowedMeetings`).
 */
export function meetingsOf(prefixes: number[][], index?: CandidateIndex): Float64Array {
  if (index?.ordered) return windowedMeetings(prefixes, index.ordered);
  const carriers: number[] = [];
  for (const list of prefixes) for (const k of list) carriers[k] = (carriers[k] ?? 0) + 1;
  const passed: number[] = [];
  return Float64Array.from(prefixes, (list) => {
    let sum = 0;
    for (const k of list) sum += carriers[k]! - (passed[k] = (passed[k] ?? 0) + 1);
    return sum;
  });
}

/**
 * Every pair of nodes in different language sets whose similarity can reach
 * `threshold` (the one `prefixes` were cut for, see `candidatePrefixes`), and
 * that `allowed` lets be compared, visited once each, from its first node:
 * the pairs whose first node is `from` to `to` (not included), so that the
 * join can be cut in parts, each run where it likes, and the parts' pairs
 * laid end to end in order are the whole join's. With `times`, a node meets
 * through a key only the nodes within reach of its window (see `TimeReach`).
 * `index` is the prefixes' index (`candidateIndex`, with the same `times`) when
 * the caller has it already.
 */
export function forEachCandidate(
  w: KeyNodes, prefixes: number[][], allowed: (a: number, b: number) => boolean, visit: (a: number, b: number) => void, times?: NodeTimes,
  from = 0, to = prefixes.length, index = candidateIndex(prefixes, times),
): void {
  const n = prefixes.length;
  const { postings, ordered } = index;
  const seenFrom = new Int32Array(n).fill(-1);
  const { langSet } = w;
  const meet = (a: number, b: number, set: number) => {
    // Each pair from its first node: the key both prefixes hold is in the first node's too.
    // Most pairs met share a language (20 of the 36 million met at 100,000 articles): they are passed over here.
    if (b <= a || seenFrom[b] === a || langSet[b] === set) return;
    seenFrom[b] = a;
    if (allowed(a, b)) visit(a, b);
  };
  for (let a = from; a < to; a++) {
    const set = langSet[a]!;
    for (const k of prefixes[a]!) {
      if (!ordered) {
        for (const b of postings[k]!) meet(a, b, set);
        continue;
      }
      const near = ordered[k]!;
      for (const b of near.everywhere) meet(a, b, set);
      const [from, to] = near.bounds(a);
      for (let p = from; p < to; p++) meet(a, near.dated[p]!, set);
    }
  }
}

/**
 * The join's inverted index: by key, the nodes whose prefix holds it, and on
 * a dated input the same nodes by time (see `TimeReach`). Built once a join
 * for both the cut (see `meetingsOf`) and this thread's part.
 */
export interface CandidateIndex {
  postings: number[][];
  ordered?: NodesInTime[];
}

export function candidateIndex(prefixes: number[][], times?: NodeTimes): CandidateIndex {
  // Most keys are in no prefix (a name one article writes): their lists are never made.
  const postings: number[][] = [];
  prefixes.forEach((list, a) => {
    for (const k of list) (postings[k] ??= []).push(a);
  });
  if (!times) return { postings };
  const reach = new TimeReach(times);
  return { postings, ordered: postings.map((list) => reach.index(list)) };
}

/** Nodes of which the meetings are counted on a dated input: one in this many, standing for itself and those after it up to the next. */
const MEETINGS_SAMPLE = 16;

/**
 * The meetings of a dated input's nodes, counted as the join meets them: the
 * nodes after each one that are within reach of its window, through each of
 * its keys. The carriers of a key over the whole input say nothing of it: on
 * a year's crawl a node meets a few of a key's hundreds, and where the input
 * comes in any order but time's the first nodes meet no more than the last
 * (at N = 100,000 dated articles, cut on the carriers, the second part kept
 * its thread busy 4.9 s, the first 2.7 s). Counted for one node in MEETINGS_SAMPLE, as a
 * count reads every pair the join would.
 */
function windowedMeetings(prefixes: number[][], ordered: NodesInTime[]): Float64Array {
  const out = new Float64Array(prefixes.length);
  for (let a = 0; a < prefixes.length; a += MEETINGS_SAMPLE) {
    let sum = 0;
    for (const k of prefixes[a]!) {
      const near = ordered[k]!;
      for (const b of near.everywhere) if (b > a) sum++;
      const [from, to] = near.bounds(a);
      for (let p = from; p < to; p++) if (near.dated[p]! > a) sum++;
    }
    out.fill(sum, a, Math.min(a + MEETINGS_SAMPLE, prefixes.length));
  }
  return out;
}

/** The keys node `a` may be indexed and ask under: its rarest that two nodes carry, until what is left could not reach `threshold` alone. */
function prefixKeys(w: KeyNodes, a: number, threshold: number): number[] {
  const { nodeDf: df } = w;
  // Read in place in the flat arrays: a view of each node's keys and weights, kept for the rest of grouping, was two objects a node.
  const { allIds: ids, allWeights: weights } = w.vectors;
  const from = w.vectors.from(a);
  const to = w.vectors.to(a);
  let floor = 0;
  for (let k = from; k < to; k++) if (countsAgainstAll(w, ids[k]!)) floor += weights[k]! * weights[k]!;
  const places = Array.from({ length: to - from }, (_, p) => from + p).sort((p, q) => df[ids[p]!]! - df[ids[q]!]! || ids[p]! - ids[q]!);
  // Scores are rounded to three places: a pair just under the threshold may round up to it.
  const bound = Math.max(0, threshold - 0.001) ** 2 * floor;
  let left = 0;
  let cut = places.length;
  while (cut > 0) {
    const x = weights[places[cut - 1]!]!;
    if (left + x * x >= bound) break;
    left += x * x;
    cut--;
  }
  const prefix: number[] = [];
  for (let p = 0; p < cut; p++) {
    const key = ids[places[p]!]!;
    if (df[key]! >= 2) prefix.push(key);
  }
  return prefix;
}

/** Each node's prefix, a key kept when at most MAX_POSTING of the nodes that carry it are within reach of the node's window. */
function windowedPrefixes(w: KeyNodes, threshold: number, reach: TimeReach): number[][] {
  const wide = Array.from({ length: w.vectors.size }, (_, a) => prefixKeys(w, a, threshold));
  // Only a key more nodes carry than the bound over the whole input can be too common within a window.
  const asked = new Uint8Array(w.keyOf.length);
  for (const list of wide) for (const k of list) if (w.nodeDf[k]! > MAX_POSTING) asked[k] = 1;
  const carriers: number[][] = [];
  const { allIds } = w.vectors;
  for (let a = 0; a < w.vectors.size; a++) {
    for (let p = w.vectors.from(a); p < w.vectors.to(a); p++) if (asked[allIds[p]!]) (carriers[allIds[p]!] ??= []).push(a);
  }
  const carried = carriers.map((list) => reach.index(list));
  return wide.map((list, a) => list.filter((k) => w.nodeDf[k]! <= MAX_POSTING || carried[k]!.countNear(a) <= MAX_POSTING));
}

/**
 * Which nodes are within reach of one another's window, asked of a key's
 * nodes sorted by time. A node spanning more than a window (its articles
 * joined in one language over weeks), or with an undated article, is within
 * reach of every node; any other is placed by its earliest time, and a node
 * is within reach of those whose earliest time is at most two windows before
 * its own earliest and one after its latest: every node within one window of
 * it is among them (the join asks the window of each pair it is offered).
 */
class TimeReach {
  /** By node, 1 when it is placed by its time, 0 when it is within reach of all. */
  private readonly placed: Uint8Array;

  constructor(private readonly times: NodeTimes) {
    const { first, last, windowMs } = times;
    this.placed = Uint8Array.from(first, (f, a) => (!Number.isNaN(f) && last[a]! - f <= windowMs ? 1 : 0));
  }

  index(nodes: number[]): NodesInTime {
    const everywhere: number[] = [];
    const dated: number[] = [];
    for (const a of nodes) (this.placed[a] ? dated : everywhere).push(a);
    const { first } = this.times;
    dated.sort((x, y) => first[x]! - first[y]! || x - y);
    return new NodesInTime(this, everywhere, Int32Array.from(dated), Float64Array.from(dated, (a) => first[a]!));
  }

  /** The earliest times a node within reach of `a` may have (all of them for a node within reach of all). */
  range(a: number): [number, number] {
    if (!this.placed[a]) return [-Infinity, Infinity];
    const { first, last, windowMs } = this.times;
    return [first[a]! - 2 * windowMs, last[a]! + windowMs];
  }
}

/** One key's nodes: those within reach of all, and the rest by earliest time. */
class NodesInTime {
  /** `everywhere`: the nodes within reach of all; `dated`: the others, by earliest time (`times`). */
  constructor(private readonly reach: TimeReach, readonly everywhere: number[], readonly dated: Int32Array, private readonly times: Float64Array) {}

  /** How many of the nodes are within reach of node `a`. */
  countNear(a: number): number {
    const [from, to] = this.bounds(a);
    return this.everywhere.length + to - from;
  }

  /** The places in `dated` of the nodes within reach of node `a`: from, and to (not included). */
  bounds(a: number): [number, number] {
    const [low, high] = this.reach.range(a);
    return [placeOf(this.times, low, false), placeOf(this.times, high, true)];
  }
}

/** The first place in ascending `xs` whose value is at least `x` (`after`: above `x`). */
function placeOf(xs: Float64Array, x: number, after: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x || (after && xs[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
