/**
 * Pair jobs and alignments as they cross between threads. A pair job's
 * articles go as wire articles (see article-wire.ts). An alignment's sentence pairs
 * repeat its sentences' text and are made from its beads, so it crosses
 * without them and they are made again on arrival (the alignments of
 * bench:corpus's pair jobs came back with 65 MB of them). Alignments to
 * check go as a check task: each article of the batch once, as a wire
 * article (its text once, see article-wire.ts), with what the aligner read
 * off it; a structured copy of the items as they were sent every sentence's
 * text three or four times (124 MB for the 9,000 alignments of bench:corpus, 35 MB so).
 */
import { sentencePairs, textsOf, type Alignment } from '../align/align-pair.js';
import { primeReading, type ArticleReading, type PairJob, type PairJobResult } from '../align/pair-jobs.js';
import type { PlacedPair } from '../align/place-strays.js';
import type { TranslationModel } from '../align/translation-model.js';
import { packModel, unpackModel } from './confirm-wire.js';
import type { CheckItem } from '../report/story-batches.js';
import type { Article } from '../types.js';
import { fromWire, toWire, type WireArticle } from './article-wire.js';

/** An alignment without its sentence pairs; the key stays (undefined), so the alignment's keys keep their order when the pairs are made again. */
export type WireAlignment = Omit<Alignment, 'pairs'> & { pairs: undefined };

export interface CheckTask {
  articles: WireArticle[];
  /** What the aligner read off each article, in the order of `articles`. */
  readings: ArticleReading[];
  /** Each alignment with its two articles' places in `articles`. */
  items: { source: number; target: number; alignment: WireAlignment }[];
}

/** A pair job as it crosses: its articles on the wire. */
export type AlignTask = Omit<PairJob, 'articles'> & { articles: WireArticle[] };

/** A pair job's result as it comes back. */
export type WirePairJobResult = Omit<PairJobResult, 'alignments'> & { alignments: WireAlignment[] };

/** The jobs as tasks, with one wire form per article however many jobs send it (all the tasks wait in the pool's queue at once). */
export function toAlignTasks(jobs: PairJob[]): AlignTask[] {
  const wires = new Map<Article, WireArticle>();
  const wire = (a: Article) => {
    let w = wires.get(a);
    if (!w) wires.set(a, (w = toWire(a)));
    return w;
  };
  return jobs.map((job) => ({ ...job, articles: job.articles.map(wire) }));
}

export function fromAlignTask(task: AlignTask): PairJob {
  return { ...task, articles: task.articles.map(fromWire) };
}

export function toWireResult({ alignments, ...rest }: PairJobResult): WirePairJobResult {
  return { ...rest, alignments: alignments.map(withoutPairs) };
}

/** The result of `job` with each alignment's sentence pairs made again from the job's articles. */
export function fromWireResult(job: { articles: Article[]; pairs: { source: number; target: number }[] }, result: WirePairJobResult): PairJobResult {
  return { ...result, alignments: result.alignments.map((al, i) => withPairs(al, job.articles[job.pairs[i]!.source]!, job.articles[job.pairs[i]!.target]!)) };
}

export function withoutPairs(alignment: Alignment): WireAlignment {
  return { ...alignment, pairs: undefined };
}

export function withPairs(alignment: WireAlignment, source: Article, target: Article): Alignment {
  return { ...alignment, pairs: sentencePairs(alignment.beads, textsOf(source), textsOf(target)) };
}

export function toCheckTask(items: CheckItem[], readingOf: (article: Article) => ArticleReading): CheckTask {
  const articles = new Places<Article>();
  const wired = items.map(({ source, target, alignment }) => ({ source: articles.of(source), target: articles.of(target), alignment: withoutPairs(alignment) }));
  return { articles: articles.list.map(toWire), readings: articles.list.map(readingOf), items: wired };
}

/** Pairs placing joined as they cross: each article once, with what the aligner read off it, and each model once, packed (see confirm-wire.ts). */
export interface PlacedTask {
  articles: WireArticle[];
  readings: ArticleReading[];
  models: string[];
  pairs: { source: number; target: number; model?: number }[];
}

export function toPlacedTask(pairs: PlacedPair[], readingOf: (article: Article) => ArticleReading): PlacedTask {
  const articles = new Places<Article>();
  const models = new Places<TranslationModel>();
  const wired = pairs.map(({ source, target, model }) => ({ source: articles.of(source), target: articles.of(target), ...(model && { model: models.of(model) }) }));
  return { articles: articles.list.map(toWire), readings: articles.list.map(readingOf), models: models.list.map(packModel), pairs: wired };
}

/** The pairs again, each article's reading primed on its copy. */
export function fromPlacedTask(task: PlacedTask): PlacedPair[] {
  const articles = task.articles.map(fromWire);
  articles.forEach((a, k) => primeReading(a, task.readings[k]!));
  const models = task.models.map(unpackModel);
  return task.pairs.map(({ source, target, model }) => ({ source: articles[source]!, target: articles[target]!, ...(model !== undefined && { model: models[model]! }) }));
}

/** Each distinct object's place in a list, numbered as first met. */
class Places<T> {
  readonly list: T[] = [];
  private readonly at = new Map<T, number>();

  of(x: T): number {
    let k = this.at.get(x);
    if (k === undefined) this.at.set(x, (k = this.list.push(x) - 1));
    return k;
  }
}

/** The items again, with each article's reading by the article (one object per article, as the items share it). */
export function fromCheckTask(task: CheckTask): { items: CheckItem[]; readings: Map<Article, ArticleReading> } {
  const articles = task.articles.map(fromWire);
  const items = task.items.map(({ source, target, alignment }): CheckItem => {
    const [a, b] = [articles[source]!, articles[target]!];
    return { source: a, target: b, alignment: withPairs(alignment, a, b) };
  });
  return { items, readings: new Map(articles.map((a, k) => [a, task.readings[k]!])) };
}
