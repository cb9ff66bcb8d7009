/**
 * Alignments to check as they cross to a worker. Each article of a batch
 * goes once, as a wire article (its text once, see article-wire.ts), with
 * what the aligner read off it; each alignment goes without its sentence
 * pairs, which repeat the sentences' text and are made again on arrival
 * from its beads. A structured copy of the items as they were sent every
 * sentence's text three or four times (124 MB for the 9,000 alignments of
 * bench:corpus).
 */
import { sentencePairs, textsOf, type Alignment } from '../align/align-pair.js';
import type { ArticleReading } from '../align/pair-jobs.js';
import type { CheckItem } from '../report/story-batches.js';
import type { Article } from '../types.js';
import { fromWire, toWire, type WireArticle } from './article-wire.js';

/** An alignment without its sentence pairs; the key stays (undefined), so the alignment's keys keep their order when the pairs are made again. */
type WireAlignment = Omit<Alignment, 'pairs'> & { pairs: undefined };

export interface CheckTask {
  articles: WireArticle[];
  /** What the aligner read off each article, in the order of `articles`. */
  readings: ArticleReading[];
  /** Each alignment with its two articles' places in `articles`. */
  items: { source: number; target: number; alignment: WireAlignment }[];
}

export function toCheckTask(items: CheckItem[], readingOf: (article: Article) => ArticleReading): CheckTask {
  const place = new Map<Article, number>();
  const articles: Article[] = [];
  const placeOf = (a: Article) => {
    let k = place.get(a);
    if (k === undefined) place.set(a, (k = articles.push(a) - 1));
    return k;
  };
  const wired = items.map(({ source, target, alignment }) => ({ source: placeOf(source), target: placeOf(target), alignment: { ...alignment, pairs: undefined } }));
  return { articles: articles.map(toWire), readings: articles.map(readingOf), items: wired };
}

/** The items again, with each article's reading by the article (one object per article, as the items share it). */
export function fromCheckTask(task: CheckTask): { items: CheckItem[]; readings: Map<Article, ArticleReading> } {
  const articles = task.articles.map(fromWire);
  const items = task.items.map(({ source, target, alignment }): CheckItem => {
    const [a, b] = [articles[source]!, articles[target]!];
    return { source: a, target: b, alignment: { ...alignment, pairs: sentencePairs(alignment.beads, textsOf(a), textsOf(b)) } };
  });
  return { items, readings: new Map(articles.map((a, k) => [a, task.readings[k]!])) };
}
