/**
 * Anchor keys read with the article. Reading finds an article's entities once
 * for grouping and the aligner alike (see `readArticle` in pipeline.ts); the
 * aligner's keys of each sentence are kept here, packed as ids of one table
 * per input, until an alignment or a placement asks for them. Most of a crawl
 * is never aligned, and a list of strings per sentence held for every article
 * would cost more than the rest of what is kept between reading and aligning.
 */
import type { Article } from '../types.js';
import { packStrings, StringTable, unpackStrings, type PackedStrings } from '../entities/packed-strings.js';
import { Slabs } from '../group/slabs.js';

/**
 * Each sentence's keys as ids, in one array: the sentence count n, then where
 * each sentence's ids end (counted from the first id), then the ids. Sentence
 * `i` holds the ids from `ends[i - 1]` (0 for the first) to `ends[i]`.
 */
export type PackedKeys = Int32Array;

/** Each sentence's keys as reading hands them over: the keys of all sentences packed in a row, sentence `i` holding those up to `ends[i]`. */
export interface ReadKeys {
  keys: PackedStrings;
  ends: Int32Array;
}

/** Sentences' keys packed for the thread that keeps them. */
export function packSentenceKeys(sentences: readonly (readonly string[])[]): ReadKeys {
  const ends = new Int32Array(sentences.length);
  let total = 0;
  sentences.forEach((keys, i) => (ends[i] = total += keys.length));
  return { keys: packStrings(sentences.flat()), ends };
}

/** Sentences' keys as strings again. */
export function unpackSentenceKeys({ keys, ends }: ReadKeys): string[][] {
  const all = unpackStrings(keys);
  let from = 0;
  return Array.from(ends, (end) => all.slice(from, (from = end)));
}

/**
 * The keys of one input, numbered once. Each article's packed keys are cut
 * from slabs (see slabs.ts): as two arrays of their own, each with its buffer,
 * they cost about 600 bytes an article besides their numbers, held from
 * reading to the end (about 60 MB at 100,000 articles).
 */
export class KeyTable {
  private readonly table = new StringTable();
  private readonly slabs = new Slabs((n) => new Int32Array(n));

  pack({ keys, ends }: ReadKeys): PackedKeys {
    const n = ends.length;
    const packed = this.slabs.take(1 + n + keys.ends.length);
    packed[0] = n;
    packed.set(ends, 1);
    return this.table.idsOf(keys, packed, 1 + n);
  }

  unpack(packed: PackedKeys): string[][] {
    const { strings } = this.table;
    const n = packed[0]!;
    const out: string[][] = [];
    let from = 1 + n;
    for (let i = 1; i <= n; i++) {
      const end = 1 + n + packed[i]!;
      const keys: string[] = [];
      for (let k = from; k < end; k++) keys.push(strings[packed[k]!]!);
      out.push(keys);
      from = end;
    }
    return out;
  }
}

const known = new WeakMap<Article, { table: KeyTable; packed: PackedKeys }>();

/** Keeps an article's keys as read, packed in `table`, for as long as the article lives. */
export function keepKeys(article: Article, table: KeyTable, keys: ReadKeys): void {
  known.set(article, { table, packed: table.pack(keys) });
}

/** An article's keys as read, if they were kept. */
export function keptKeys(article: Article): string[][] | undefined {
  const entry = known.get(article);
  return entry && entry.table.unpack(entry.packed);
}
