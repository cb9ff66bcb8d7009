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
  /** The similarity that can start a merge (`sameLanguageThreshold`), and the articles (job places) a shared URL merges whatever their words. */
  mergeAt: number;
  forced: Int32Array;
}

/** Measured pairs: articles by their places in the input, and the rounded cosine in whole thousandths. */
export type JoinedPairs = EdgeArrays;

/**
 * One job per language of two or more articles with words another article
 * has; `times` only when some article is dated. `mergeAt` and `forced` (by
 * input place, 1 for an article a shared URL merges) say which articles can
 * ever merge (see `keptForMerges`).
 */
export function languageJoins(w: WordVectors, times: Float64Array | undefined, windowMs: number, mergeAt: number, forced: Uint8Array): LanguageJoin[] {
  const { vectors } = w;
  const jobs: { first: number; job: LanguageJoin }[] = [];
  for (const language of w.languages) {
    // Each language's vectors lie end to end (see `wordVectors`): an article without one takes no room there.
    const members = language.members.filter((i) => vectors.length(i) > 0);
    if (members.length < 2) continue;
    const vectorAt = new Int32Array(members.length + 1);
    const wordsAt = new Int32Array(members.length + 1);
    const chosen = Array.from(members, (i) => candidateWords(w, i));
    const urlMerged: number[] = [];
    members.forEach((i, k) => {
      vectorAt[k + 1] = vectors.to(i) - language.from;
      wordsAt[k + 1] = wordsAt[k]! + chosen[k]!.length;
      if (forced[i]) urlMerged.push(k);
    });
    // A language's word ids are numbered together: counted from its first, the job's table of places is its own words' size, not the whole input's.
    const ids = vectors.allIds.slice(language.from, language.to);
    for (let k = 0; k < ids.length; k++) ids[k]! -= language.firstId;
    const words = new Int32Array(wordsAt[members.length]!);
    chosen.forEach((list, k) => {
      for (let p = 0; p < list.length; p++) words[wordsAt[k]! + p] = list[p]! - language.firstId;
    });
    jobs.push({
      first: members[0]!,
      job: {
        articles: members, vectorAt, ids, weights: vectors.allWeights.slice(language.from, language.to), dimensions: language.words, wordsAt, words,
        ...(times && { times: Float64Array.from(members, (i) => times[i]!) }), windowMs,
        mergeAt, forced: Int32Array.from(urlMerged),
      },
    });
  }
  // In the order the input first gives each language an article with a vector.
  return jobs.sort((x, y) => x.first - y.first).map(({ job }) => job);
}

/** A scratch row for an article's weights, sorted to find its CANDIDATE_WORDS-th heaviest. */
let sorted = new Float64Array(256);

/** An article's heaviest words (ties broken on the words), as word ids. */
function candidateWords(w: WordVectors, i: number): number[] {
  const { vectors } = w;
  const from = vectors.from(i);
  const length = vectors.length(i);
  const weights = vectors.allWeights;
  // Only words as heavy as the last one kept can be kept: a typed sort finds that weight, and the
  // sort with its ties spelled out reads those few, not the article's hundred or more.
  let least = -Infinity;
  if (length > CANDIDATE_WORDS) {
    if (sorted.length < length) sorted = new Float64Array(2 * length);
    const row = sorted.subarray(0, length);
    row.set(weights.subarray(from, from + length));
    least = row.sort()[length - CANDIDATE_WORDS]!;
  }
  const heavy: number[] = [];
  for (let k = from; k < from + length; k++) if (weights[k]! >= least) heavy.push(k);
  const ids = vectors.allIds;
  return heavy
    .sort((x, y) => weights[y]! - weights[x]! || (w.wordOf(ids[x]!) < w.wordOf(ids[y]!) ? -1 : 1))
    .slice(0, CANDIDATE_WORDS).map((k) => ids[k]!);
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
        if (score > 0) edges.push(a, b, score);
      }
    }
  }
  return keptForMerges(edges, job);
}

/**
 * The pairs clustering can ever read, by input place. A merge starts only at a
 * pair at `mergeAt` or above (or a shared URL), and the average it is asked
 * about sums the pairs between the two clusters' members, each of which
 * started a merge or was merged by a URL: a pair with an article that does
 * neither is never summed, and the join keeps none. Clustering held every
 * pair measured (and a list of each article's pairs made from them) on the
 * main thread: on 21,476 undated articles 1,117,317 of them, of which it can
 * read 3,331.
 */
function keptForMerges(edges: EdgeList, { articles, mergeAt, forced }: LanguageJoin): JoinedPairs {
  const merges = new Uint8Array(articles.length);
  for (const k of forced) merges[k] = 1;
  edges.forEach((a, b, thousandths) => {
    if (thousandths / 1000 >= mergeAt) merges[a] = merges[b] = 1;
  });
  const kept = new EdgeList(1);
  edges.forEach((a, b, thousandths) => {
    if (merges[a] && merges[b]) kept.pushThousandths(articles[a]!, articles[b]!, thousandths);
  });
  return kept.arrays();
}
