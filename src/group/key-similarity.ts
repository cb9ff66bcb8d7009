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
import type { NumberedKeys } from './key-numbers.js';
import { LanguageSets } from '../language/language-sets.js';

export interface KeyNodes {
  /** Each node's rarity-weighted keys, as key ids (see `keyOf`) in the order its articles first carry them. */
  vectors: SparseVectors;
  /** The key of each id. */
  keyOf: string[];
  norms: Float64Array;
  /** The languages of each node's articles. */
  langs: string[][];
  /** Each node's language set as a number (nodes with equal `langs` share it): the join asks by number, not by name. */
  langSet: Int32Array;
  /** By key id, the languages of the articles that carry it (see `LanguageSets`). */
  keyLangs: LanguageSets;
  /** By key id, 1 for a name word (`w:`). */
  nameKey: Uint8Array;
  /** By key id, how many nodes carry it (for choosing candidate keys). */
  nodeDf: Int32Array;
  /** Language → how many articles are in it. */
  langCount: Map<string, number>;
  /** The days (month * 31 + day) the node's articles date events to. */
  days: number[][];
  /**
   * By the other side's language set (its `langSet` number), each node's
   * restricted norm (see `restrictedNorm`) as computed: NaN not yet, -1 none.
   */
  restrictedNorms: (Float64Array | undefined)[];
}

/** A language needs this many articles in the input before its vocabulary says what it can write. */
const MIN_LANGUAGE_ARTICLES = 5;

/**
 * Each node's keys (each article's counted once each), weighed by rarity;
 * `numbered`: the articles' keys as numbers (see `numberKeys`: the join compares
 * millions of pairs of nodes on a large input); `members` lists each node's articles.
 */
export function keyNodes(numbered: NumberedKeys, langs: string[], members: number[][], articleDays: number[][]): KeyNodes {
  const { keyOf, ids: articleKeys, df } = numbered;
  const n = articleKeys.length;
  // Every node's keys laid end to end as they are weighed, counted in one array kept empty between nodes:
  // a Map and two typed arrays per node (a hundred thousand of each at 100,000 articles) were made just
  // before the join across languages, where grouping's memory peaks.
  const start = new Int32Array(members.length + 1);
  // A node keeps each of its articles' keys once at most: their keys bound the arrays.
  let most = 0;
  for (const list of members) for (const i of list) most += articleKeys[i]!.length;
  let allIds = new Int32Array(most);
  let allWeights = new Float64Array(most);
  let size = 0;
  const count = new Int32Array(keyOf.length);
  const met: number[] = [];
  // Each node's squared norm, and how many nodes keep each key, summed as the weights are laid down.
  const norms = new Float64Array(members.length);
  const counted = new Int32Array(keyOf.length);
  members.forEach((list, x) => {
    met.length = 0;
    for (const i of list) for (const k of articleKeys[i]!) if (count[k]!++ === 0) met.push(k);
    let norm = 0;
    for (const k of met) {
      const w = keyWeight(keyOf[k]!, df[k]!, n) * (count[k]! / list.length);
      count[k] = 0;
      if (w <= 0) continue;
      allIds[size] = k;
      allWeights[size++] = w;
      norm += w * w;
      counted[k]!++;
    }
    norms[x] = norm;
    start[x + 1] = size;
  });
  [allIds, allWeights] = [allIds.slice(0, size), allWeights.slice(0, size)];
  // Ids renumbered so that keys two nodes can share come first, each kind in its order (see `SparseVectors`).
  const { newId, shareable } = shareableFirst(counted);
  for (let k = 0; k < size; k++) allIds[k] = newId[allIds[k]!]!;
  const renamed: string[] = new Array<string>(keyOf.length);
  const nodeDf = new Int32Array(keyOf.length);
  keyOf.forEach((key, old) => {
    renamed[newId[old]!] = key;
    nodeDf[newId[old]!] = counted[old]!;
  });
  const keyLangs = new LanguageSets(langs, keyOf.length);
  articleKeys.forEach((list, i) => {
    for (const old of list) keyLangs.add(newId[old]!, langs[i]!);
  });
  const nameKey = Uint8Array.from(renamed, (k) => (isKey(k, 'w') ? 1 : 0));
  const langCount = new Map<string, number>();
  for (const l of langs) langCount.set(l, (langCount.get(l) ?? 0) + 1);
  // A node of one article (most nodes of a large input) reads its article's days, which name each day once,
  // and shares one list per language: nothing changes either list.
  const days = members.map((list) => (list.length === 1 ? articleDays[list[0]!]! : [...new Set(list.flatMap((i) => articleDays[i]!))]));
  const alone = new Map<string, string[]>();
  const nodeLangs = members.map((list) => {
    if (list.length > 1) return [...new Set(list.map((i) => langs[i]!))].sort();
    const lang = langs[list[0]!]!;
    let one = alone.get(lang);
    if (!one) alone.set(lang, (one = [lang]));
    return one;
  });
  const setIds = new Map<string, number>();
  const langSet = Int32Array.from(nodeLangs, (l) => {
    const name = l.join(',');
    let id = setIds.get(name);
    if (id === undefined) setIds.set(name, (id = setIds.size));
    return id;
  });
  return {
    days, vectors: new SparseVectors(allIds, allWeights, start, shareable), keyOf: renamed, norms,
    langs: nodeLangs, langSet, keyLangs, nameKey, nodeDf, langCount, restrictedNorms: [],
  };
}

/**
 * New ids for keys given how many nodes carry each: those of two nodes or more
 * first, then those of one, each kind in the order of the old ids (so that
 * ordering by id, as the join's prefixes do among keys of one count, is unchanged).
 */
function shareableFirst(nodeDf: Int32Array): { newId: Int32Array; shareable: number } {
  const newId = new Int32Array(nodeDf.length);
  let next = 0;
  for (let k = 0; k < nodeDf.length; k++) if (nodeDf[k]! >= 2) newId[k] = next++;
  const shareable = next;
  for (let k = 0; k < nodeDf.length; k++) if (nodeDf[k]! < 2) newId[k] = next++;
  return { newId, shareable };
}

/**
 * Cosine of two nodes' keys, 0 unless the shared keys corroborate each other.
 * Across languages each side keeps only the keys the other language is seen to
 * write too (names in Latin letters, numbers, countries): a Vietnamese article
 * cannot share "Kementerian" with an English one, and counting it would make
 * every cross-language pair look unrelated.
 */
export function keySimilarity(w: KeyNodes, a: number, b: number): number {
  const dot = w.vectors.dot(a, b);
  if (dot === 0 || !corroboratedBy(w.vectors.shared)) return 0;
  const na = normAgainst(w, a, b);
  const nb = normAgainst(w, b, a);
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

/** Node `a`'s norm against node `b`'s languages: one sum over its keys per language set, not per pair. */
function normAgainst(w: KeyNodes, a: number, b: number): number {
  const set = w.langSet[b]!;
  // By language set number, a small whole number: asked twice for each of millions of pairs.
  let cache = w.restrictedNorms[set];
  if (!cache) w.restrictedNorms[set] = cache = new Float64Array(w.norms.length).fill(NaN);
  let norm = cache[a]!;
  if (Number.isNaN(norm)) cache[a] = norm = restrictedNorm(w, a, w.langs[b]!) ?? -1;
  return norm < 0 ? w.norms[a]! : norm;
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
  const { allIds, allWeights } = w.vectors;
  const others = w.keyLangs.setOf(other);
  let x = 0;
  for (let k = w.vectors.from(a); k < w.vectors.to(a); k++) {
    const key = allIds[k]!;
    if (countsAgainstAll(w, key) || w.keyLangs.meets(key, others)) x += allWeights[k]! * allWeights[k]!;
  }
  return x;
}

/** Numbers, countries and dates, and name words of this node alone, count in its norm against any language (see `restrictedNorm`). */
export function countsAgainstAll(w: KeyNodes, key: number): boolean {
  return w.nameKey[key] === 0 || w.nodeDf[key] === 1;
}
