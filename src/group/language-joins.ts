/**
 * The join within each language, one job per language: a word's id belongs
 * to one language (see `wordVectors`), so the articles of one language meet
 * only one another, and each language's join can run on its own thread. At
 * 100,000 generated articles it measures 16.8 million pairs, a third of
 * grouping, which ran on the main thread while the workers waited.
 *
 * A job carries its articles' vectors in flat typed arrays (cheap to copy to
 * a worker) and the words each article proposes candidates with, chosen here
 * (ties are broken on the words' spelling, which the job does not carry).
 * The jobs' pairs are the pairs of one join over the whole input, listed
 * language by language (clustering reads them in no particular order).
 */
import { EdgeList, type EdgeArrays } from './edge-list.js';
import { SparseVectors } from './sparse-vectors.js';
import { rounded, type WordVectors } from './same-language.js';

/** Words of an article that propose candidates: its rarest ones. */
const CANDIDATE_WORDS = 30;
/** Articles a word proposes at most (the first in input order). */
const MAX_POSTING = 500;

export interface LanguageJoin {
  /** The language's articles (their places in the input), ascending. */
  articles: Int32Array;
  /** Article k's vector is ids and weights [vectorAt[k], vectorAt[k + 1]). */
  vectorAt: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /** How many word ids the language has: a vector's ids are counted from the language's first, and below it. */
  dimensions: number;
  /** Article k's candidate words are words [wordsAt[k], wordsAt[k + 1]), heaviest first. */
  wordsAt: Int32Array;
  words: Int32Array;
  /** Publication times (NaN: undated), when some article is dated: a pair further apart than `windowMs` is not measured. */
  times?: Float64Array;
  windowMs: number;
}

/** Measured pairs: articles by their places in the input, and the rounded cosine in whole thousandths. */
export type JoinedPairs = EdgeArrays;

/** One job per language of two or more articles with words another article has; `times` only when some article is dated. */
export function languageJoins(w: WordVectors, langs: readonly string[], times: Float64Array | undefined, windowMs: number): LanguageJoin[] {
  const { ids, weights } = w.vectors;
  const byLang = new Map<string, number[]>();
  ids.forEach((list, i) => {
    if (list.length === 0) return;
    const members = byLang.get(langs[i]!);
    if (members) members.push(i);
    else byLang.set(langs[i]!, [i]);
  });
  const jobs: LanguageJoin[] = [];
  for (const members of byLang.values()) {
    if (members.length < 2) continue;
    const vectorAt = new Int32Array(members.length + 1);
    const wordsAt = new Int32Array(members.length + 1);
    const chosen = members.map((i) => candidateWords(w, i));
    members.forEach((i, k) => {
      vectorAt[k + 1] = vectorAt[k]! + ids[i]!.length;
      wordsAt[k + 1] = wordsAt[k]! + chosen[k]!.length;
    });
    const flatIds = new Int32Array(vectorAt[members.length]!);
    const flatWeights = new Float64Array(vectorAt[members.length]!);
    const words = new Int32Array(wordsAt[members.length]!);
    members.forEach((i, k) => {
      flatIds.set(ids[i]!, vectorAt[k]!);
      flatWeights.set(weights[i]!, vectorAt[k]!);
      words.set(chosen[k]!, wordsAt[k]!);
    });
    // A language's word ids are numbered together (see `wordVectors`): counted from its first, the
    // job's table of places is its own words' size, not the whole input's.
    let first = Infinity;
    let last = -1;
    for (const id of flatIds) {
      if (id < first) first = id;
      if (id > last) last = id;
    }
    for (let k = 0; k < flatIds.length; k++) flatIds[k]! -= first;
    for (let k = 0; k < words.length; k++) words[k]! -= first;
    jobs.push({
      articles: Int32Array.from(members), vectorAt, ids: flatIds, weights: flatWeights, dimensions: last - first + 1, wordsAt, words,
      ...(times && { times: Float64Array.from(members, (i) => times[i]!) }), windowMs,
    });
  }
  return jobs;
}

/** An article's heaviest words (ties broken on the words), by their places in its vector. */
function candidateWords(w: WordVectors, i: number): number[] {
  const list = w.vectors.ids[i]!;
  const weights = w.vectors.weights[i]!;
  // Only words as heavy as the last one kept can be kept: a typed sort finds that weight, and the
  // sort with its ties spelled out reads those few, not the article's hundred or more.
  const least = weights.length > CANDIDATE_WORDS ? Float64Array.from(weights).sort()[weights.length - CANDIDATE_WORDS]! : -Infinity;
  const heavy: number[] = [];
  for (let k = 0; k < list.length; k++) if (weights[k]! >= least) heavy.push(k);
  return heavy
    .sort((x, y) => weights[y]! - weights[x]! || (w.words[list[x]!]! < w.words[list[y]!]! ? -1 : 1))
    .slice(0, CANDIDATE_WORDS).map((k) => list[k]!);
}

/**
 * The pairs of one language's articles that share one of each other's
 * candidate words (an inverted index, never all pairs), each from the article
 * that comes first, with their word cosine when it is above 0.
 */
export function joinLanguage(job: LanguageJoin): JoinedPairs {
  const { articles, vectorAt, wordsAt, words, times, windowMs } = job;
  const m = articles.length;
  const vectors = new SparseVectors(job.ids, job.weights, vectorAt, job.dimensions);
  const postings = new Map<number, number[]>();
  for (let k = 0; k < m; k++) {
    for (let p = wordsAt[k]!; p < wordsAt[k + 1]!; p++) {
      const list = postings.get(words[p]!);
      if (!list) postings.set(words[p]!, [k]);
      else if (list.length < MAX_POSTING) list.push(k);
    }
  }
  const edges = new EdgeList();
  const seenFrom = new Int32Array(m).fill(-1);
  for (let a = 0; a < m; a++) {
    // The article that asks is kept in focus: each candidate's words are read, its own looked up.
    vectors.focus(a);
    for (let p = wordsAt[a]!; p < wordsAt[a + 1]!; p++) {
      for (const b of postings.get(words[p]!)!) {
        if (b <= a || seenFrom[b] === a) continue;
        seenFrom[b] = a;
        if (times && Math.abs(times[a]! - times[b]!) > windowMs) continue;
        const score = rounded(vectors.dot(a, b));
        if (score > 0) edges.push(articles[a]!, articles[b]!, score);
      }
    }
  }
  return edges.arrays();
}
