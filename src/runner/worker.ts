/**
 * A worker thread of the pool: it runs the per-item work `buildCorpus` hands
 * out (see `CorpusWork` in pipeline.ts) with the same functions as the main
 * thread, so the results are the same. Articles arrive as copies; what was
 * already read off them (anchor keys, the aligner's side reading, read once
 * per aligned version on the main thread) arrives with them and is primed, not read again. A storyalign error goes back as
 * data, so the main thread can throw it as the error it was.
 */
import { keysOf, textsOf } from '../align/align-pair.js';
import { readSide, type SideReading } from '../align/read-side.js';
import { primeReading, runPairJob } from '../align/pair-jobs.js';
import { alignPlaced, confirmFit } from '../align/place-strays.js';
import { fromConfirmTask, type ConfirmTask } from './confirm-wire.js';
import { fromAlignTask, fromCheckTask, fromPlacedTask, toWireResult, withoutPairs, type AlignTask, type CheckTask, type PlacedTask } from './alignment-wire.js';
import { StoryalignError } from '../errors.js';
import { toWire } from './article-wire.js';
import { buffersOf, movable } from './transfer.js';
import { readArticle } from '../read-articles.js';
import { coverageOf } from '../report/check-coverage.js';
import { joinLanguage, readForGrouping, type JoinedPairs, type LanguageJoin } from '../group/group-stories.js';
import { joinAcross } from '../group/cross-join.js';
import { fromCrossJoinTask, type CrossJoinTask } from './cross-join-wire.js';
import type { Article, ArticleInput } from '../types.js';

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

/** What grouping reads of each article (`groupStories` with `jobs`). */
export function groupViews({ items }: { items: ArticleInput[] }) {
  return reply(() => items.map(readForGrouping));
}

/** Grouping's join within one language; its pairs are moved back, not copied (see transfer.ts). */
export function join(job: LanguageJoin) {
  return pairsMoved(reply(() => joinLanguage(job)));
}

/** The second part of grouping's join across languages; its pairs are moved back, as a join's are. */
export function crossJoin(task: CrossJoinTask) {
  return pairsMoved(reply(() => joinAcross(fromCrossJoinTask(task), task.from, task.to).arrays()));
}

/** A join's answer with its pairs' arrays marked to be moved, not copied, to the main thread. */
function pairsMoved(answer: WorkerReply<JoinedPairs>): WorkerReply<JoinedPairs> {
  return 'ok' in answer ? movable(answer, buffersOf([answer.ok.a, answer.ok.b, answer.ok.thousandths])) : answer;
}

/** A pair job's alignments go back without their sentence pairs (see alignment-wire.ts). */
export function align(task: AlignTask) {
  return reply(() => toWireResult(runPairJob(fromAlignTask(task))));
}

/**
 * A copy of a fit's articles is read here but for its keys (its side reading was not sent: most are strays aligned nowhere else).
 * A stray is a candidate of many sets and comes in a new copy with each task, so what was read off it is kept here by id.
 */
export function confirm(task: ConfirmTask) {
  const { keys } = task;
  primeKeys(keys);
  for (const article of keys.keys()) primeKnownSide(article);
  const answers = reply(() => fromConfirmTask(task).map(confirmFit));
  for (const article of keys.keys()) keepSide(article);
  return answers;
}

/** Side readings of the articles fits were confirmed for, by id, with the sentences they were read from (an id alone may be another run's article). */
const sides = new Map<string, { texts: string[]; side: SideReading }>();
/** Enough for the candidates of several windows of placing; emptied when full. */
const MAX_SIDES = 2048;

/** The side reading kept for this article's id, if it was read from the same sentences. */
function knownSide(article: Article): SideReading | undefined {
  const known = sides.get(article.id);
  const texts = textsOf(article);
  return known && known.texts.length === texts.length && known.texts.every((t, k) => t === texts[k]) ? known.side : undefined;
}

function primeKnownSide(article: Article): void {
  const side = knownSide(article);
  if (side) readSide.prime(textsOf(article), side);
}

/** Kept by id, replacing what another article of the same id left. */
function keepSide(article: Article): void {
  if (knownSide(article)) return;
  if (sides.size >= MAX_SIDES) sides.clear();
  const texts = textsOf(article);
  sides.set(article.id, { texts, side: readSide(texts) });
}

function primeKeys(keys: Map<Article, string[][]>): void {
  for (const [article, k] of keys) keysOf.prime(article, k);
}

/** Pairs placing joined; their alignments go back without their sentence pairs (see alignment-wire.ts). */
export function placed(task: PlacedTask) {
  return reply(() => fromPlacedTask(task).map((pair) => withoutPairs(alignPlaced(pair))));
}

/** Items of one task share their article objects, so each is read once. */
export function check(task: CheckTask) {
  const { items, readings } = fromCheckTask(task);
  for (const [article, reading] of readings) primeReading(article, reading);
  return reply(() => items.map((item) => coverageOf(item.source, item.target, item.alignment)));
}
