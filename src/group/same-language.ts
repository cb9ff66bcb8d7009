/**
 * Reports of one event in one language, by different outlets, share its
 * vocabulary: grouping within a language compares articles on their words
 * (TF-IDF cosine, as news clustering does per language before linking
 * clusters across languages). Word rarity is read from the input's articles
 * in that language, over a background that treats every content word as
 * moderately common until the input shows otherwise.
 */
import type { WordCounts } from './group-keys.js';
import { SparseVectors } from './sparse-vectors.js';
import { TermSorter, sharedTermSlots } from './term-runs.js';
import type { Vocabulary } from './vocabulary.js';
import { withRoom } from '../entities/packed-strings.js';

export interface WordVectors {
  /** Word ids and weights, L2-normalised, per article (empty for articles alone in their language). */
  vectors: SparseVectors;
  /** The word or phrase of an id (ties between equal weights are broken on them), spelled when asked. */
  wordOf(id: number): string;
  /** The languages' articles with vectors, each language's vectors laid end to end in the flat arrays (see `languageJoins`). */
  languages: LanguageVectors[];
}

/** One language's articles, in input order; their vectors lie in the flat arrays from `from` to `to`, their word ids from `firstId` to `firstId + words`. */
export interface LanguageVectors {
  members: Int32Array;
  from: number;
  to: number;
  firstId: number;
  words: number;
}

/** Background articles per language, and the share of them a content word is assumed to be in. */
const PRIOR_ARTICLES = 20;
const PRIOR_SHARE = 0.05;
/** Words in more than this share of a language's articles are that language's common words (once it has enough articles to tell). */
const COMMON_SHARE = 0.1;
const COMMON_MIN_ARTICLES = 50;

/**
 * Each article's TF-IDF vector over the terms it shares with another article
 * of its language. Written straight into flat arrays, language by language:
 * a pair of typed arrays and two lists per article were a fifth of the
 * collector's work in grouping at 100,000 articles, and a string per shared
 * term (spelled for ties and evidence) is made only when one is asked for.
 */
export function wordVectors(words: (WordCounts | undefined)[], langs: (string | undefined)[], vocabulary: Vocabulary): WordVectors {
  const byLang = new Map<string, number[]>();
  langs.forEach((l, i) => {
    if (!words[i]) return;
    const key = l ?? 'und';
    const list = byLang.get(key);
    if (list) list.push(i);
    else byLang.set(key, [i]);
  });
  const n = words.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  // One sorter for every language, its arrays made once for the largest; the vectors' room made for half
  // of all the terms (a news input keeps about that many: 12.2 million of 25.3 million at 100,000 articles).
  // Each large array made counts towards the memory that makes the collector mark the whole heap.
  const occurrences = [...byLang.values()].map((list) => (list.length < 2 ? 0 : list.reduce((sum, i) => sum + words[i]!.terms.length, 0)));
  const sorter = new TermSorter();
  sorter.room(Math.max(0, ...occurrences));
  const out = new FlatVectors(Math.ceil(occurrences.reduce((a, b) => a + b, 0) / 2));
  // Terms that two articles of a language share, numbered from 0 across all languages, so that an id
  // belongs to one language (a term of one article only never matches).
  const termOfId = new TermList();
  const languages: LanguageVectors[] = [];
  for (const list of byLang.values()) {
    if (list.length < 2) continue;
    const members = Int32Array.from(list);
    const shared = sharedTermSlots(list.map((i) => words[i]!.terms), sorter);
    const count = members.length;
    const common = count >= COMMON_MIN_ARTICLES ? count * COMMON_SHARE : Infinity;
    // Each shared term's rarity once (the same expression, so the same double, as per use), and its id once given (-1: not yet).
    const rarity = Float64Array.from(shared.df, (f) => Math.log((count + PRIOR_ARTICLES) / (f + PRIOR_ARTICLES * PRIOR_SHARE)));
    const unshared = Math.log((count + PRIOR_ARTICLES) / (1 + PRIOR_ARTICLES * PRIOR_SHARE));
    const idAt = new Int32Array(shared.df.length).fill(-1);
    const from = out.size;
    const firstId = termOfId.size;
    // The members' terms in order are the occurrences `shared` numbers.
    let occurrence = 0;
    for (const i of members) {
      const { terms, counts } = words[i]!;
      start[i] = out.size;
      let norm = 0;
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k]!;
        const slot = shared.slotOf[occurrence++]!;
        const f = slot < 0 ? 1 : shared.df[slot]!;
        if (f > common) continue;
        const x = (1 + logCount(counts[k]!)) * (slot < 0 ? unshared : rarity[slot]!);
        norm += x * x;
        // A word no other article has cannot match: it counts in the norm only, and the vector stays small.
        if (slot >= 0) {
          let id = idAt[slot]!;
          if (id < 0) idAt[slot] = id = termOfId.push(term);
          out.push(id, x);
        }
      }
      end[i] = out.size;
      out.scale(start[i]!, end[i]!, Math.sqrt(norm) || 1);
    }
    languages.push({ members, from, to: out.size, firstId, words: termOfId.size - firstId });
  }
  const terms = termOfId.terms();
  return {
    vectors: new SparseVectors(out.ids(), out.weights(), start, terms.length, end),
    wordOf: spelling(vocabulary, terms),
    languages,
  };
}

/**
 * A term id spelled out. Made outside `wordVectors`: a closure made there
 * shares its scope with the callbacks that read `words`, and so kept every
 * article's terms and counts (the caller lets them go: about 3 KB an article,
 * 66 MB at 21,476 articles) alive for as long as grouping held the vectors.
 */
function spelling(vocabulary: Vocabulary, terms: Float64Array): (id: number) => string {
  return (id) => vocabulary.spell(terms[id]!);
}

/** Natural logarithms of small counts, read from a table (a term's count is its article's, most of them 1 to 3). */
const LOGS = Float64Array.from({ length: 64 }, (_, c) => Math.log(c));

function logCount(c: number): number {
  return c < LOGS.length ? LOGS[c]! : Math.log(c);
}

/** Terms by id, in a typed array that doubles when full: a phrase's term is above 2^31, a number object of its own in a list. */
class TermList {
  private list: Float64Array<ArrayBuffer> = new Float64Array(1024);
  size = 0;

  /** The new term's id. */
  push(term: number): number {
    if (this.size === this.list.length) this.list = withRoom(this.list, this.size + 1);
    this.list[this.size] = term;
    return this.size++;
  }

  terms(): Float64Array {
    return this.list.subarray(0, this.size);
  }
}

/** Ids and weights appended at the end of two flat arrays, which double when full. */
class FlatVectors {
  private idList: Int32Array<ArrayBuffer>;
  private weightList: Float64Array<ArrayBuffer>;
  size = 0;

  constructor(room: number) {
    this.idList = new Int32Array(Math.max(1024, room));
    this.weightList = new Float64Array(Math.max(1024, room));
  }

  push(id: number, weight: number): void {
    if (this.size === this.idList.length) {
      this.idList = withRoom(this.idList, this.size + 1);
      this.weightList = withRoom(this.weightList, this.size + 1);
    }
    this.idList[this.size] = id;
    this.weightList[this.size++] = weight;
  }

  /** Weights from `from` to `to` divided by `norm` (as `x / norm`, the same double as dividing each on its own). */
  scale(from: number, to: number, norm: number): void {
    for (let k = from; k < to; k++) this.weightList[k] = this.weightList[k]! / norm;
  }

  /** What was written (views, not copies: a copy is one more large array made). */
  ids(): Int32Array {
    return this.idList.subarray(0, this.size);
  }

  weights(): Float64Array {
    return this.weightList.subarray(0, this.size);
  }
}

/** Rounded as scores are kept: to three decimals. */
export function rounded(dot: number): number {
  return Math.round(dot * 1000) / 1000;
}

export function wordCosine(w: WordVectors, a: number, b: number): number {
  return rounded(w.vectors.dot(a, b));
}
