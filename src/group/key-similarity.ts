/**
 * Similarity of two groups of articles in different languages on the keys a
 * translation keeps: names, countries, numbers, dates. Each group (one
 * article, or a cluster of reports in one language) is a vector of
 * rarity-weighted keys; a key counts by the share of the group's articles that
 * carry it, so one article's stray number does not speak for the cluster.
 */
import { corroboratedBy, keyWeight } from './key-weights.js';
import { isKey } from '../entities/keys.js';
import { SparseVectors } from './sparse-vectors.js';

export interface KeyNodes {
  /** Each node's rarity-weighted keys, as key ids (see `keyOf`) in the order its articles first carry them. */
  vectors: SparseVectors;
  /** The key of each id. */
  keyOf: string[];
  norms: Float64Array;
  /** The languages of each node's articles. */
  langs: string[][];
  /** By key id, the languages of the articles that carry it. */
  keyLangs: Set<string>[];
  /** By key id, how many nodes carry it (for choosing candidate keys). */
  nodeDf: Int32Array;
  /** Language → how many articles are in it. */
  langCount: Map<string, number>;
  /** The days (month * 31 + day) the node's articles date events to. */
  days: number[][];
  /** Per node, its restricted norm (see `restrictedNorm`) by the other side's languages, as computed. */
  restrictedNorms: Map<string, number | undefined>[];
}

/** A language needs this many articles in the input before its vocabulary says what it can write. */
const MIN_LANGUAGE_ARTICLES = 5;

export function keyNodes(keys: string[][], langs: string[], members: number[][], articleDays: number[][]): KeyNodes {
  const n = keys.length;
  // Keys as numbers: the join compares millions of pairs of nodes on a large input.
  const keyOf: string[] = [];
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const keyLangs: Set<string>[] = [];
  const articleKeys = keys.map((list, i) => list.map((k) => {
    let id = idOf.get(k);
    if (id === undefined) {
      id = keyOf.push(k) - 1;
      idOf.set(k, id);
      df.push(0);
      keyLangs.push(new Set());
    }
    df[id]!++;
    keyLangs[id]!.add(langs[i]!);
    return id;
  }));
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const list of members) {
    const count = new Map<number, number>();
    for (const i of list) for (const k of articleKeys[i]!) count.set(k, (count.get(k) ?? 0) + 1);
    const kept: number[] = [];
    const weight: number[] = [];
    for (const [k, c] of count) {
      const w = keyWeight(keyOf[k]!, df[k]!, n) * (c / list.length);
      if (w > 0) {
        kept.push(k);
        weight.push(w);
      }
    }
    ids.push(Int32Array.from(kept));
    weights.push(Float64Array.from(weight));
  }
  const norms = Float64Array.from(weights, (v) => {
    let x = 0;
    for (const w of v) x += w * w;
    return x;
  });
  const nodeDf = new Int32Array(keyOf.length);
  for (const list of ids) for (const k of list) nodeDf[k]!++;
  const langCount = new Map<string, number>();
  for (const l of langs) langCount.set(l, (langCount.get(l) ?? 0) + 1);
  const days = members.map((list) => [...new Set(list.flatMap((i) => articleDays[i]!))]);
  return {
    days, vectors: new SparseVectors(ids, weights, keyOf.length), keyOf, norms,
    langs: members.map((list) => [...new Set(list.map((i) => langs[i]!))].sort()), keyLangs, nodeDf, langCount,
    restrictedNorms: members.map(() => new Map()),
  };
}

/**
 * Cosine of two nodes' keys, 0 unless the shared keys corroborate each other.
 * Across languages each side keeps only the keys the other language is seen to
 * write too (names in Latin letters, numbers, countries): a Vietnamese article
 * cannot share "Kementerian" with an English one, and counting it would make
 * every cross-language pair look unrelated.
 */
export function keySimilarity(w: KeyNodes, a: number, b: number): number {
  const { dot, shared } = w.vectors.dot(a, b);
  if (dot === 0 || !corroboratedBy(shared)) return 0;
  const na = normAgainst(w, a, w.langs[b]!);
  const nb = normAgainst(w, b, w.langs[a]!);
  return Math.round((dot / Math.sqrt(na * nb)) * 1000) / 1000;
}

/**
 * Two nodes that both date what they tell, and share no day (a day apart is
 * the same day in another time zone), tell different events: a summit on
 * 18 May is not the visit of 2 July, however many names they share.
 */
export function datesConflict(w: { days: number[][] }, a: number, b: number): boolean {
  const da = w.days[a]!;
  const db = w.days[b]!;
  if (da.length === 0 || db.length === 0) return false;
  return !da.some((x) => db.some((y) => Math.abs(x - y) <= 1));
}

/** Node `a`'s norm against a node in `other` languages: one sum over its keys per language set, not per pair. */
function normAgainst(w: KeyNodes, a: number, other: string[]): number {
  const cache = w.restrictedNorms[a]!;
  const id = other.length === 1 ? other[0]! : other.join(',');
  let norm = cache.get(id);
  if (norm === undefined && !cache.has(id)) cache.set(id, (norm = restrictedNorm(w, a, other)));
  return norm ?? w.norms[a]!;
}

/**
 * Name words count towards the norm when the other side's language is seen to
 * write them, or when no other node carries them: a name of this story alone
 * (a person no other article names) is one a version in any language would
 * name too, and its absence there counts against the pair. Without that, two
 * unrelated reports that each name people of their own looked alike on a
 * common name and a number met by chance (16 false joins among 10,000
 * generated articles that share no story, 63 among 25,000; now none).
 * Numbers and countries always count.
 */
function restrictedNorm(w: KeyNodes, a: number, other: string[]): number | undefined {
  if (!other.every((l) => (w.langCount.get(l) ?? 0) >= MIN_LANGUAGE_ARTICLES)) return undefined;
  const ids = w.vectors.ids[a]!;
  const weights = w.vectors.weights[a]!;
  let x = 0;
  for (let k = 0; k < ids.length; k++) {
    const key = ids[k]!;
    if (!isKey(w.keyOf[key]!, 'w') || w.nodeDf[key] === 1 || other.some((l) => w.keyLangs[key]!.has(l))) x += weights[k]! * weights[k]!;
  }
  return x;
}

/** Keys of a node that propose candidates: its rarest ones, if other nodes carry them at all. */
const CANDIDATE_KEYS = 12;
const MAX_POSTING = 2000;

/**
 * Pairs of nodes worth comparing: they share one of each other's rarest keys
 * (an inverted index on keys, never all pairs), and `allowed` lets them. Each
 * pair is visited once.
 */
export function forEachCandidate(w: KeyNodes, allowed: (a: number, b: number) => boolean, visit: (a: number, b: number) => void): void {
  const { keyOf, vectors, nodeDf: df } = w;
  const { ids } = vectors;
  const n = ids.length;
  const limit = Math.min(MAX_POSTING, Math.max(2, Math.ceil(n * 0.5)));
  const usable = (k: number) => df[k]! >= 2 && (df[k]! <= limit || n <= 4);
  // Every usable key of a node is indexed; a node asks with its rarest ones, so a node with three
  // keys still finds the cluster that carries them among forty others.
  const postings: number[][] = keyOf.map(() => []);
  ids.forEach((list, i) => {
    for (const k of list) if (usable(k)) postings[k]!.push(i);
  });
  const chosen = ids.map((list) => [...list].filter(usable)
    .sort((x, y) => df[x]! - df[y]! || (keyOf[x]! < keyOf[y]! ? -1 : 1))
    .slice(0, CANDIDATE_KEYS));
  // Each unordered pair once, when the first of its two nodes to propose it is read (a node
  // proposes another that carries one of the keys it asks with). Remembering every pair seen
  // instead held all candidate pairs at once (millions at 10,000 articles).
  const seenFrom = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a++) {
    vectors.focus(a);
    for (const k of chosen[a]!) {
      for (const b of postings[k]!) {
        if (b === a || seenFrom[b] === a) continue;
        seenFrom[b] = a;
        if (b < a && proposes(w, chosen[b]!, a)) continue;
        if (allowed(Math.min(a, b), Math.max(a, b))) visit(Math.min(a, b), Math.max(a, b));
      }
    }
  }
}

/** Whether node `to` carries one of the keys in `asked`. */
function proposes(w: KeyNodes, asked: number[], to: number): boolean {
  const place = w.vectors.focus(to);
  return asked.some((k) => place[k]! > 0);
}
