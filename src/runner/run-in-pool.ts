/**
 * The pipeline's per-item work with `jobs` (or `queue`), as `openPlace` in
 * pipeline.ts hands it over: cut into tasks, the results put back in order. The workers are threads
 * of this process (tinypool) or processes on any machine that take tasks from
 * a queue (see run-in-queue.ts); either way they run the same functions
 * (worker.ts). Most of grouping (its joins within languages and half of its
 * join across languages are tasks) and the choice of each stray's candidate
 * stories run on this thread between batches. A batch's storyalign error is thrown here as it
 * would have been on one thread: the first in input order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { keysOf } from '../align/align-pair.js';
import { pairsIn, readingOf } from '../align/pair-jobs.js';
import type { Confirmation } from '../align/place-strays.js';
import type { JoinedPairs, LanguageJoin } from '../group/group-stories.js';
import { StoryalignError } from '../errors.js';
import type { CorpusOptions, CorpusWork, CorpusWorkResult } from '../pipeline.js';
import type { ReadArticle } from '../read-articles.js';
import type { CoverageReport } from '../report/coverage-report.js';
import { storyBatches } from '../report/story-batches.js';
import type { WorkerReply } from './worker.js';
import { fromWire, type WireArticle } from './article-wire.js';
import { toConfirmTask } from './confirm-wire.js';
import { fromWireResult, toAlignTasks, toCheckTask, toPlacedTask, withPairs, type AlignTask, type CheckTask, type WireAlignment, type WirePairJobResult } from './alignment-wire.js';
import { buffersOf, movable } from './transfer.js';
import { ownBuffers, toCrossJoinTask, type CrossJoinTask } from './cross-join-wire.js';

/** A read article as a worker sends it back (see article-wire.ts). */
type WireRead = Omit<ReadArticle, 'article'> & { article: WireArticle };

/** Where tasks run: `name` is the worker function (worker.ts) that takes `task`. */
export interface TaskRunner {
  /** `transfer`: buffers of the task a thread may take over instead of a copy (a runner that sends copies ignores it). */
  run(name: string, task: unknown, transfer?: ArrayBuffer[]): Promise<unknown>;
  close(): Promise<void>;
  /** Workers replaced by new ones once their tasks are done (see `RenewWork` in pipeline.ts); a runner whose workers are not its own leaves them. */
  renew?(): Promise<void>;
}

/** Articles read per task, and alignments checked per task: enough to pay for the copy, small enough to share the work out evenly. */
export const READ_BATCH = 32;
const CHECK_BATCH = 64;
/** Fits confirmed per task when placing (each up to one alignment); each task carries its models once (see confirm-wire.ts). */
const CONFIRM_BATCH = 32;
/** Pairs placing joined aligned per task (each costs about what a fit's confirmation does). */
const PLACED_BATCH = 32;
/**
 * Tasks handed to one worker thread at a time; it runs them one after
 * another. A worker given one task at a time waits, once it is done, until
 * this thread hands it the next, and this thread is busy while the workers
 * work (placing looks for the next window's fits then): at N = 100,000 each
 * worker waited half of placing's time for its next task. Few, since each
 * task handed over is a copy held until it is run (16 raised the peak while
 * aligning by 0.7 GB at N = 100,000).
 */
const TASKS_PER_WORKER = 4;

type Progress = NonNullable<CorpusOptions['onProgress']>;

/** The built worker next to this file; from the sources (tests, benchmarks) the TypeScript one through tsx. */
export function threadPool(jobs: number): TaskRunner {
  const built = new URL('./worker.js', import.meta.url);
  const worker = existsSync(fileURLToPath(built)) ? built : new URL('./worker-from-source.mjs', import.meta.url);
  const pool = new Tinypool({
    filename: worker.href, minThreads: jobs, maxThreads: jobs, execArgv: workerFlags(process.execArgv), concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
  return {
    run: (name, task, transfer) => pool.run(transfer?.length ? movable(task as object, transfer) : task, { name }),
    close: () => pool.destroy(),
    renew: () => pool.recycleWorkers(),
  };
}

/**
 * The Node flags a worker starts with. A worker inherits this process's flags
 * as they are (heap size and other V8 flags included, which it would refuse
 * if given them by name) unless the script was given inline as a module
 * (`node --input-type=module -e`): a worker refuses `--input-type` for a
 * file, so it then gets only the flags that load code (`--import tsx`,
 * `--conditions`, source maps), each with its value.
 */
export function workerFlags(flags: string[]): string[] | undefined {
  if (!flags.some((f) => f.startsWith('--input-type'))) return undefined;
  const out: string[] = [];
  for (let k = 0; k < flags.length; k++) {
    const flag = flags[k]!;
    const name = flag.split('=')[0]!;
    if (!LOADING_FLAGS.includes(name)) continue;
    out.push(flag);
    if (!flag.includes('=') && VALUED_FLAGS.includes(name) && k + 1 < flags.length) out.push(flags[++k]!);
  }
  return out;
}

const VALUED_FLAGS = ['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C'];
const LOADING_FLAGS = [...VALUED_FLAGS, '--enable-source-maps', '--no-warnings', '--no-deprecation'];

export function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Every task at once (the pool queues them), each counted as it comes back; then the first error in order, or the results in order. */
async function runAll<T, R>(
  runner: TaskRunner, name: string, tasks: T[], size: (task: T) => number, onDone: (done: number) => void, transfer?: (task: T) => ArrayBuffer[],
): Promise<R[]> {
  let done = 0;
  const replies = await Promise.all(tasks.map(async (task) => {
    const r = (await runner.run(name, task, transfer?.(task))) as WorkerReply<R>;
    onDone((done += size(task)));
    return r;
  }));
  return replies.map(answerOf);
}

/** What a task answered, or its storyalign error thrown here as it would have been on one thread. */
export function answerOf<R>(reply: WorkerReply<R>): R {
  if ('error' in reply) throw new StoryalignError(reply.error.code, reply.error.message, reply.error.path);
  return reply.ok;
}

export async function doWith(runner: TaskRunner, work: CorpusWork, progress: Progress): Promise<CorpusWorkResult> {
  if (work.kind === 'read') {
    const tasks = chunks(work.items, READ_BATCH).map((items) => ({ items, ...(work.only && { only: work.only }) }));
    const read = await runAll<(typeof tasks)[number], WireRead[]>(runner, 'read', tasks, (t) => t.items.length, (d) => progress('reading', work.first + d, work.total));
    return read.flat().map(({ article, ...rest }): ReadArticle => ({ article: fromWire(article), ...rest }));
  }
  if (work.kind === 'align') {
    const total = pairsIn(work.jobs);
    // Each article goes without its spans' copies of its text: a job of two languages sends every version of both.
    const tasks = toAlignTasks(work.jobs);
    const wired = await runAll<AlignTask, WirePairJobResult>(runner, 'align', tasks, (job) => job.pairs.length, (d) => progress('aligning', d, total));
    const results = wired.map((result, k) => fromWireResult(work.jobs[k]!, result));
    progress('relearning', 1, 1);
    return results;
  }
  // Confirmations are started and handed back unfinished: placing looks for the next window's fits meanwhile.
  if (work.kind === 'confirm') {
    const tasks = chunks(work.items, CONFIRM_BATCH).map((items) => toConfirmTask(items, keysOf));
    return { answers: collectedLater(runAll<(typeof tasks)[number], (Confirmation | undefined)[]>(runner, 'confirm', tasks, () => 0, () => {}).then((r) => r.flat())) };
  }
  if (work.kind === 'collect') return work.started?.answers;
  if (work.kind === 'alignPlaced') {
    const tasks = chunks(work.pairs, PLACED_BATCH).map((pairs) => ({ pairs, task: toPlacedTask(pairs, readingOf) }));
    const wired = await runAll<(typeof tasks)[number]['task'], WireAlignment[]>(runner, 'placed', tasks.map((t) => t.task), () => 0, () => {});
    return wired.flatMap((alignments, k) => alignments.map((al, i) => withPairs(al, tasks[k]!.pairs[i]!.source, tasks[k]!.pairs[i]!.target)));
  }
  // Taken out of the work as they are handed out (see runJoins), their arrays moved to the threads; collected later.
  if (work.kind === 'join') {
    return { pairs: collectedLater(runAll<(typeof work.jobs)[number], JoinedPairs>(runner, 'join', work.jobs.splice(0), () => 0, () => {}, joinBuffers)) };
  }
  // The join across languages: its second part there, copied (this thread reads the same data for the first part meanwhile).
  if (work.kind === 'crossJoin') {
    return { pairs: collectedLater(runAll<CrossJoinTask, JoinedPairs>(runner, 'crossJoin', [toCrossJoinTask(work.join, work.from, work.to)], () => 0, () => {}, ownBuffers)) };
  }
  if (work.kind === 'joined') return work.started.pairs;
  if (work.kind === 'renew') return void (await runner.renew?.());
  if (work.kind === 'checked') return Array.isArray(work.started) ? work.started : work.started.reports;
  // Started and handed back unfinished: the next window is started before this one is collected (see `CheckWork`).
  const tasks = [...storyBatches(work.items, CHECK_BATCH)].map((items) => toCheckTask(items, readingOf));
  if (work.first === 0) checkedMost.set(progress, 0);
  const report = (done: number) => {
    const most = Math.max(checkedMost.get(progress) ?? 0, work.first + done);
    checkedMost.set(progress, most);
    progress('checking', most, work.total);
  };
  return { reports: collectedLater(runAll<CheckTask, CoverageReport[]>(runner, 'check', tasks, (t) => t.items.length, report).then((r) => r.flat())) };
}

/** Work started now and collected by a later step: its error is thrown then, and until then it is not left unhandled. */
function collectedLater<T>(started: Promise<T>): Promise<T> {
  started.catch(() => {});
  return started;
}

/**
 * Checking's progress as the most checked so far, per progress callback (a
 * stage starts again at its first window): with two windows in flight a task
 * of the later may finish before the last of the earlier.
 */
const checkedMost = new WeakMap<Progress, number>();

/** A join's arrays: each job has its own (see `languageJoins`), so moving them takes nothing from another. */
function joinBuffers(job: LanguageJoin): ArrayBuffer[] {
  return buffersOf([job.articles, job.vectorAt, job.ids, job.weights, job.wordsAt, job.words, job.times]);
}
