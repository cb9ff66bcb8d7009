/**
 * A worker thread of the pool: it runs the per-item work `buildCorpus` hands
 * out (see `CorpusWork` in pipeline.ts) with the same functions as the main
 * thread, so the results are the same. Articles arrive as wire articles (see
 * article-wire.ts), each once per task; what was already read off them (anchor
 * keys, the aligner's side reading, read once per aligned version by `prime`)
 * arrives with them and is primed, not read again. A storyalign error goes back
 * as data, so the main thread can throw it as the error it was.
 */
import { keysOf } from '../align/align-pair.js';
import { primeReading, readingOf, runPairJob } from '../align/pair-jobs.js';
import { confirmArrived, fromConfirmTask, type ConfirmTask } from './confirm-wire.js';
import { StoryalignError } from '../errors.js';
import { fromWire, toWire, type WireCheckTask, type WirePairJob, type WirePrimeTask } from './article-wire.js';
import { buffersOf, movable } from './transfer.js';
import { readArticle } from '../pipeline.js';
import { coverageOf } from '../report/check-coverage.js';
import { joinLanguage, readForGrouping, type LanguageJoin } from '../group/group-stories.js';
import type { ArticleInput } from '../types.js';

export type WorkerReply<T> = { ok: T } | { error: { code: StoryalignError['code']; message: string; path: (string | number)[] } };

function reply<T>(work: () => T): WorkerReply<T> {
  try {
    return { ok: work() };
  } catch (e) {
    if (e instanceof StoryalignError) return { error: { code: e.code, message: e.message, path: e.path } };
    throw e;
  }
}

/** Each article goes back without its spans' copies of its text (see article-wire.ts). */
export function read({ items, only }: { items: ArticleInput[]; only?: string[] }) {
  return reply(() => items.map((input) => {
    const { article, ...rest } = readArticle(input, only);
    return { article: toWire(article), ...rest };
  }));
}

/** What the aligner reads off each article (only versions that are aligned are sent: most of a crawl is not); their keys come read. */
export function prime(task: WirePrimeTask) {
  const articles = task.articles.map(fromWire);
  articles.forEach((a, k) => keysOf.prime(a, task.keys[k]!));
  return reply(() => articles.map(readingOf));
}

/** What grouping reads of each article (`groupStories` with `jobs`). */
export function groupViews({ items }: { items: ArticleInput[] }) {
  return reply(() => items.map(readForGrouping));
}

/** Grouping's join within one language; its pairs are moved back, not copied (see transfer.ts). */
export function join(job: LanguageJoin) {
  const answer = reply(() => joinLanguage(job));
  return 'ok' in answer ? movable(answer, buffersOf([answer.ok.a, answer.ok.b, answer.ok.thousandths])) : answer;
}

export function align(job: WirePairJob) {
  return reply(() => runPairJob({ ...job, articles: job.articles.map(fromWire) }));
}

/** Placing's fits, each task's articles read here but for their keys (see `confirmArrived`). */
export function confirm(task: ConfirmTask) {
  const { articles, fits } = fromConfirmTask(task);
  return reply(() => confirmArrived(articles, task.keys, fits));
}

/** Items of one task name their articles by place, so each is read once. */
export function check(task: WireCheckTask) {
  const articles = task.articles.map(fromWire);
  articles.forEach((a, k) => primeReading(a, task.readings[k]!));
  return reply(() => task.items.map(({ source, target, alignment }) => coverageOf(articles[source]!, articles[target]!, alignment)));
}
