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
import { TermTable } from './term-table.js';
import type { Vocabulary } from './vocabulary.js';

export interface WordVectors {
  /** Word ids and weights, L2-normalised, per article (empty for articles alone in their language). */
  vectors: SparseVectors;
  /** The word or phrase of each id (ties between equal weights are broken on them). */
  words: readonly string[];
}

/** Background articles per language, and the share of them a content word is assumed to be in. */
const PRIOR_ARTICLES = 20;
const PRIOR_SHARE = 0.05;
/** Words in more than this share of a language's articles are that language's common words (once it has enough articles to tell). */
const COMMON_SHARE = 0.1;
const COMMON_MIN_ARTICLES = 50;

export function wordVectors(words: (WordCounts | undefined)[], langs: (string | undefined)[], vocabulary: Vocabulary): WordVectors {
  const byLang = new Map<string, number[]>();
  langs.forEach((l, i) => {
    if (!words[i]) return;
    const key = l ?? 'und';
    const list = byLang.get(key);
    if (list) list.push(i);
    else byLang.set(key, [i]);
  });
  const ids: Int32Array[] = words.map(() => new Int32Array(0));
  const weights: Float64Array[] = words.map(() => new Float64Array(0));
  // Terms that two articles of a language share, numbered from 0 across all languages, so that an id
  // belongs to one language (a term of one article only never matches).
  const spelled: string[] = [];
  for (const members of byLang.values()) {
    if (members.length < 2) continue;
    const shared = sharedTerms(members.map((i) => words[i]!.terms));
    const n = members.length;
    const common = n >= COMMON_MIN_ARTICLES ? n * COMMON_SHARE : Infinity;
    // Each shared term's id once given, by its slot (-1: not yet).
    const idAt = new Int32Array(shared.df.length).fill(-1);
    for (const i of members) {
      const { terms, counts } = words[i]!;
      const kept: number[] = [];
      const raw: number[] = [];
      let norm = 0;
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k]!;
        const slot = shared.slots.get(term);
        const f = slot < 0 ? 1 : shared.df[slot]!;
        if (f > common) continue;
        const x = (1 + Math.log(counts[k]!)) * Math.log((n + PRIOR_ARTICLES) / (f + PRIOR_ARTICLES * PRIOR_SHARE));
        norm += x * x;
        // A word no other article has cannot match: it counts in the norm only, and the vector stays small.
        if (slot >= 0) {
          let id = idAt[slot]!;
          if (id < 0) idAt[slot] = id = spelled.push(vocabulary.spell(term)) - 1;
          kept.push(id);
          raw.push(x);
        }
      }
      norm = Math.sqrt(norm) || 1;
      ids[i] = Int32Array.from(kept);
      weights[i] = Float64Array.from(raw, (x) => x / norm);
    }
  }
  return { vectors: SparseVectors.fromLists(ids, weights, spelled.length), words: spelled };
}

/**
 * The terms two or more of the lists hold, each with a slot (one lookup gives
 * both how many lists hold it and, through the slot, its id once given):
 * every list's terms in one typed array, sorted, and the runs counted. Terms
 * of one article only (most phrases) take no place in the table.
 */
function sharedTerms(lists: Float64Array[]): { slots: TermTable; df: Int32Array } {
  const all = new Float64Array(lists.reduce((sum, l) => sum + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  const runs = (visit: (term: number, count: number) => void) => {
    for (let k = 0; k < all.length;) {
      let end = k + 1;
      while (end < all.length && all[end] === all[k]) end++;
      if (end - k >= 2) visit(all[k]!, end - k);
      k = end;
    }
  };
  let shared = 0;
  runs(() => shared++);
  const slots = new TermTable(shared);
  const df = new Int32Array(shared);
  let slot = 0;
  runs((term, count) => {
    slots.set(term, slot);
    df[slot++] = count;
  });
  return { slots, df };
}

/** Rounded as scores are kept: to three decimals. */
export function rounded(dot: number): number {
  return Math.round(dot * 1000) / 1000;
}

export function wordCosine(w: WordVectors, a: number, b: number): number {
  return rounded(w.vectors.dot(a, b));
}
