/**
 * The `storyalign` command. Reads articles from files, folders or JSONL (or the
 * bundled seeds), runs the pipeline and writes one output format. Errors the
 * user can fix exit with status 2 and a message naming the problem.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStoryalignError } from '../errors.js';
import { jsonChunks } from '../export/json-chunks.js';
import { jsonlChunks } from '../export/to-jsonl.js';
import { mosesLines } from '../export/to-moses.js';
import { tmxChunks } from '../export/to-tmx.js';
import { toHtml } from '../export/to-html.js';
import { tsvChunks } from '../export/to-tsv.js';
import { buildCorpus } from '../pipeline.js';
import { StoryalignError } from '../errors.js';
import type { Corpus } from '../corpus.js';
import { VERSION } from '../version.js';
import { parseArgs, USAGE, type CliArgs } from './args.js';
import { progressBar } from './progress.js';
import { readInputs } from './read-inputs.js';
import { summarise, toText } from './summary.js';
import { fileError, writeMoses, writePieces } from './write-output.js';

/** The seed articles ship in the package, one folder up from `dist/`. */
function seedsFolder(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
}

/** Below this many articles the default is one thread. */
const FEW_ARTICLES = 50;

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (args.worker) return await runWorker(args.redis!, args.queue, args.jobs ?? availableParallelism(), args.quiet);
    const { articles, skipped } = await readInputs(args.inputs.length ? args.inputs : [seedsFolder()], args.skipInvalid);
    for (const s of skipped) process.stderr.write(`storyalign: skipped ${s.file}:${s.line}: ${s.reason}\n`);
    if (articles.length === 0) throw new StoryalignError('INVALID_ARGUMENT', 'no articles to read');
    const bar = args.quiet ? undefined : progressBar(process.stderr);
    const group = {
      ...(args.threshold !== undefined && { threshold: args.threshold }),
      ...(args.sameLanguageThreshold !== undefined && { sameLanguageThreshold: args.sameLanguageThreshold }),
      ...(args.windowDays !== undefined && { windowDays: args.windowDays }),
    };
    // Threads cost their start-up (about half a second each): a few articles are read faster on one.
    const where = args.redis
      ? { queue: { redis: args.redis, ...(args.queue !== undefined && { name: args.queue }) } }
      : { jobs: args.jobs ?? (articles.length < FEW_ARTICLES ? 1 : availableParallelism()) };
    const corpus = await buildCorpus(articles, { ...(bar && { onProgress: bar }), group, ...(args.mode && { mode: args.mode }), ...where });
    bar?.finish();
    if (!args.quiet) process.stderr.write(summarise(corpus));
    await write(corpus, args);
    return 0;
  } catch (e) {
    if (isStoryalignError(e)) {
      process.stderr.write(`storyalign: ${e.code}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** `storyalign worker`: serve the queue until SIGINT or SIGTERM, then finish the tasks under way and exit. */
async function runWorker(redis: string, queue: string | undefined, jobs: number, quiet: boolean): Promise<number> {
  const { startQueueWorker } = await import('../runner/queue-worker.js');
  const worker = await startQueueWorker({ redis, ...(queue !== undefined && { name: queue }), jobs });
  if (!quiet) process.stderr.write(`storyalign worker: taking tasks from ${queue ?? 'storyalign'} at ${redis} with ${jobs} threads\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await worker.close();
  if (!quiet) process.stderr.write(`storyalign worker: ${worker.done()} tasks done\n`);
  return 0;
}

async function write(corpus: Corpus, args: CliArgs): Promise<void> {
  const options = { minScore: args.minScore };
  if (args.format === 'moses') {
    if (!args.out) throw new StoryalignError('INVALID_ARGUMENT', '--format moses writes two files per language pair: give a folder with --out');
    try {
      mkdirSync(args.out, { recursive: true });
    } catch (e) {
      throw fileError(e, args.out, 'create the folder');
    }
    for (const pair of await writeMoses(mosesLines(corpus, options), args.out)) {
      process.stderr.write(`storyalign: wrote ${pair.lines} lines to ${join(args.out, pair.sourceFile)} and ${pair.targetFile}\n`);
    }
    return;
  }
  const pieces = args.format === 'json' ? jsonChunks(corpus as unknown as Record<string, unknown>)
    : args.format === 'jsonl' ? jsonlChunks(corpus, options)
    : args.format === 'tsv' ? tsvChunks(corpus, options)
    : args.format === 'tmx' ? tmxChunks(corpus, options)
    : [args.format === 'html' ? toHtml(corpus) : toText(corpus)];
  await writePieces(pieces, args.out);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`storyalign: unexpected error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
