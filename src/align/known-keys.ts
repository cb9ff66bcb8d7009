/**
 * Anchor keys read with the article. Reading finds an article's entities once
 * for grouping and the aligner alike (see `readArticle` in pipeline.ts); the
 * aligner's keys of each sentence are kept here, packed as ids of one table
 * per input, until an alignment or a placement asks for them. Most of a crawl
 * is never aligned, and a list of strings per sentence held for every article
 * would cost more than the rest of what is kept between reading and aligning.
 */
import type { Article } from '../types.js';

/** Each sentence's keys as ids: sentence `i` holds `ids[ends[i - 1] .. ends[i])` (from 0 for the first). */
export interface PackedKeys {
  ids: Int32Array;
  ends: Int32Array;
}

/** The keys of one input, numbered once. */
export class KeyTable {
  private readonly keys: string[] = [];
  private readonly idOf = new Map<string, number>();

  pack(sentences: readonly (readonly string[])[]): PackedKeys {
    const ends = new Int32Array(sentences.length);
    let total = 0;
    sentences.forEach((keys, i) => (ends[i] = total += keys.length));
    const ids = new Int32Array(total);
    let k = 0;
    for (const keys of sentences) {
      for (const key of keys) {
        let id = this.idOf.get(key);
        if (id === undefined) {
          id = this.keys.push(key) - 1;
          this.idOf.set(key, id);
        }
        ids[k++] = id;
      }
    }
    return { ids, ends };
  }

  unpack({ ids, ends }: PackedKeys): string[][] {
    const out: string[][] = [];
    let from = 0;
    for (const end of ends) {
      const keys: string[] = [];
      for (let k = from; k < end; k++) keys.push(this.keys[ids[k]!]!);
      out.push(keys);
      from = end;
    }
    return out;
  }
}

const known = new WeakMap<Article, { table: KeyTable; packed: PackedKeys }>();

/** Keeps an article's keys as read, packed in `table`, for as long as the article lives. */
export function keepKeys(article: Article, table: KeyTable, keys: readonly (readonly string[])[]): void {
  known.set(article, { table, packed: table.pack(keys) });
}

/** An article's keys as read, if they were kept. */
export function keptKeys(article: Article): string[][] | undefined {
  const entry = known.get(article);
  return entry && entry.table.unpack(entry.packed);
}
