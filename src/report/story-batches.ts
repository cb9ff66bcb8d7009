/**
 * Alignments to check, in batches cut only between stories: a story's pairs
 * (66 for twelve versions) stay together, so each article's entities are read
 * once per batch, wherever the batch is checked.
 */
import type { Alignment } from '../align/align-pair.js';
import type { Article } from '../types.js';

/** A pair's alignment and the two articles, for the coverage report. */
export interface CheckItem {
  source: Article;
  target: Article;
  alignment: Alignment;
}

/** Batches of at least `size` items (the last may be smaller), cut only where the next item shares no article with the batch; each as it is complete. */
export function* storyBatches(items: Iterable<CheckItem>, size: number): Generator<CheckItem[]> {
  let batch: CheckItem[] = [];
  let inBatch = new Set<Article>();
  for (const item of items) {
    if (batch.length >= size && !inBatch.has(item.source) && !inBatch.has(item.target)) {
      yield batch;
      batch = [];
      inBatch = new Set();
    }
    batch.push(item);
    inBatch.add(item.source).add(item.target);
  }
  if (batch.length) yield batch;
}
