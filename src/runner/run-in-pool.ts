/**
 * `buildCorpus` with `jobs`: the steps' per-item work in a pool of worker
 * threads (tinypool), in batches, the results put back in order. Grouping and
 * the choice of each stray's candidate stories run on this thread between them. A batch's storyalign error is
 * thrown here as it would have been on one thread: the first in input order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { pairsIn, readingOf, type ArticleReading, type PairJobResult } from '../align/pair-jobs.js';
import type { Confirmation } from '../align/place-strays.js';
import type { Corpus } from '../corpus.js';
import { StoryalignError } from '../errors.js';
import type { CheckItem, CorpusOptions, CorpusSteps, CorpusWork, CorpusWorkResult, ReadArticle } from '../pipeline.js';
import type { CoverageReport } from '../report/coverage-report.js';
import type { Article } from '../types.js';
import type { WorkerReply } from './worker.js';

/** Articles read per task, and alignments checked per task: enough to pay for the copy, small enough to share the work out evenly. */
const READ_BATCH = 32;
const CHECK_BATCH = 64;
/** Fits confirmed per task when placing (each is one alignment). */
const CONFIRM_BATCH = 8;

type Progress = NonNullable<CorpusOptions['onProgress']>;

export async function runInPool(steps: CorpusSteps, jobs: number, progress: Progress = () => {}): Promise<Corpus> {
  const pool = startPool(jobs);
  try {
    let next = steps.next();
    while (!next.done) next = steps.next(await doInPool(pool, next.value, progress));
    return next.value;
  } finally {
    await pool.destroy();
  }
}

/** The built worker next to this file; from the sources (tests, benchmarks) the TypeScript one through tsx. */
function startPool(jobs: number): Tinypool {
  const built = new URL('./worker.js', import.meta.url);
  const worker = existsSync(fileURLToPath(built)) ? built : new URL('./worker-from-source.mjs', import.meta.url);
  return new Tinypool({ filename: worker.href, minThreads: jobs, maxThreads: jobs, execArgv: workerFlags(process.execArgv) });
}

/** This process's Node flags without those that say how to run a script given inline (`node -e`), which a worker refuses. */
function workerFlags(flags: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < flags.length; k++) {
    const flag = flags[k]!;
    if (flag.startsWith('--input-type')) continue;
    if (['-e', '--eval', '-p', '--print'].includes(flag)) {
      k++;
      continue;
    }
    out.push(flag);
  }
  return out;
}

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Every task at once (the pool queues them), each counted as it comes back; then the first error in order, or the results in order. */
async function runAll<T, R>(pool: Tinypool, name: string, tasks: T[], size: (task: T) => number, onDone: (done: number) => void): Promise<R[]> {
  let done = 0;
  const replies = await Promise.all(tasks.map(async (task) => {
    const r = (await pool.run(task, { name })) as WorkerReply<R>;
    onDone((done += size(task)));
    return r;
  }));
  return replies.map((r) => {
    if ('error' in r) throw new StoryalignError(r.error.code, r.error.message, r.error.path);
    return r.ok;
  });
}

async function doInPool(pool: Tinypool, work: CorpusWork, progress: Progress): Promise<CorpusWorkResult> {
  if (work.kind === 'read') {
    const total = work.items.length;
    const tasks = chunks(work.items, READ_BATCH).map((items) => ({ items, ...(work.only && { only: work.only }) }));
    return (await runAll<(typeof tasks)[number], ReadArticle[]>(pool, 'read', tasks, (t) => t.items.length, (d) => progress('reading', d, total))).flat();
  }
  if (work.kind === 'align') {
    const total = pairsIn(work.jobs);
    const results = await runAll<(typeof work.jobs)[number], PairJobResult>(pool, 'align', work.jobs, (job) => job.pairs.length, (d) => progress('aligning', d, total));
    progress('relearning', 1, 1);
    return results;
  }
  if (work.kind === 'confirm') {
    const tasks = chunks(work.items, CONFIRM_BATCH);
    return (await runAll<(typeof tasks)[number], (Confirmation | undefined)[]>(pool, 'confirm', tasks, () => 0, () => {})).flat();
  }
  const total = work.items.length;
  const tasks = storyBatches(work.items, CHECK_BATCH).map((items) => ({ items, readings: readingsIn(items) }));
  return (await runAll<(typeof tasks)[number], CoverageReport[]>(pool, 'check', tasks, (t) => t.items.length, (d) => progress('checking', d, total))).flat();
}

/**
 * Alignments in batches of at least `size` that are cut only where the next
 * alignment shares no article with the batch: a story's pairs (66 for twelve
 * versions) stay together, so each article's entities are read once.
 */
function storyBatches(items: CheckItem[], size: number): CheckItem[][] {
  const out: CheckItem[][] = [];
  let batch: CheckItem[] = [];
  let inBatch = new Set<Article>();
  for (const item of items) {
    if (batch.length >= size && !inBatch.has(item.source) && !inBatch.has(item.target)) {
      out.push(batch);
      batch = [];
      inBatch = new Set();
    }
    batch.push(item);
    inBatch.add(item.source).add(item.target);
  }
  if (batch.length) out.push(batch);
  return out;
}

function readingsIn(items: CheckItem[]): Map<Article, ArticleReading> {
  const readings = new Map<Article, ArticleReading>();
  for (const { source, target } of items) for (const a of [source, target]) if (!readings.has(a)) readings.set(a, readingOf(a));
  return readings;
}
