/**
 * The `storyalign` command. Reads articles from files, folders or JSONL (or the
 * bundled seeds), runs the pipeline and writes one output format. Errors the
 * user can fix exit with status 2 and a message naming the problem.
 */
import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStoryalignError } from '../errors.js';
import { jsonChunks } from '../export/json-chunks.js';
import { jsonlLine, jsonlRowOptions } from '../export/to-jsonl.js';
import { DatasetCard, datasetLine } from '../export/dataset.js';
import { mosesLine } from '../export/to-moses.js';
import { tmxChunks } from '../export/to-tmx.js';
import { toHtml } from '../export/to-html.js';
import { toHtmlSite } from '../export/html-site.js';
import { TSV_HEADER, tsvLine } from '../export/to-tsv.js';
import { eachPairRow, type PairRow } from '../export/pair-rows.js';
import { buildCorpusStream, type CorpusEvent } from '../pipeline-stream.js';
import { loadDictionary } from './read-dictionary.js';
import type { CorpusStage } from '../pipeline.js';
import { StoryalignError } from '../errors.js';
import type { Corpus } from '../corpus.js';
import { VERSION } from '../version.js';
import { outputFormat, parseArgs, USAGE, type CliArgs } from './args.js';
import { progressBar } from './progress.js';
import { printable } from './printable.js';
import { concat, map, peek, withHead } from './async-lists.js';
import { STDIN, countInputs, eachInput, inputBytes, type SkippedLine } from './read-inputs.js';
import { heapMessage, heapPlanHere, runWithHeap, startedAgain } from './heap-room.js';
import { SummaryTally, toText } from './summary.js';
import { checkWritable, fileError, writeFiles, writeMoses, writePieces } from './write-output.js';

/** The seed articles ship in the package, one folder up from `dist/`. */
function seedsFolder(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
}

/** Below this many articles the default is one thread. */
const FEW_ARTICLES = 50;

/**
 * A reader that stops reading (`storyalign … | head`) closes the pipe: that is
 * the end of the output, not an error, so the command exits quietly (status 0)
 * instead of dying with an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
}

export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
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
    args.format = outputFormat(args, process.stdout.isTTY === true);
    const toFolder = checkOut(args);
    // Read before any article: a wrong path is said at once.
    const dictionaries = args.dictionaries.map(loadDictionary);
    const onSkipped = (s: SkippedLine) => process.stderr.write(`${printable(`storyalign: skipped ${s.file}:${s.line}: ${s.reason}`)}\n`);
    let paths = args.inputs.length ? args.inputs : process.stdin.isTTY ? [seedsFolder()] : [STDIN];
    // Input files too large for node's heap: the command starts again with room for them (see heap-room.ts).
    // Closing stories as it goes, it holds a few windows of news, whatever the input's size.
    const bytes = startedAgain() || args.closeStories ? NaN : await inputBytes(paths);
    if (!Number.isNaN(bytes)) {
      const plan = heapPlanHere(bytes);
      if (plan.kind !== 'fits' && !args.quiet) process.stderr.write(heapMessage(plan, bytes));
      if (plan.kind === 'raise') return await runWithHeap(plan.limitMb, argv);
    }
    let stdinEmpty = false;
    let inputs = eachInput(paths, args.skipInvalid, onSkipped, () => { stdinEmpty = true; });
    // The first articles are read before anything starts: none is an error, and a few are read faster on one thread.
    let { head, ended } = await peek(inputs, FEW_ARTICLES);
    if (head.length === 0 && stdinEmpty && args.inputs.length === 0) {
      // Nothing was piped in (a program that starts the command with an empty standard input): the seeds, as on a terminal.
      paths = [seedsFolder()];
      inputs = eachInput(paths, args.skipInvalid, onSkipped);
      ({ head, ended } = await peek(inputs, FEW_ARTICLES));
    }
    if (head.length === 0) throw new StoryalignError('INVALID_ARGUMENT', 'no articles to read');
    const bar = args.quiet ? undefined : progressBar(process.stderr);
    // The input is a stream to the library, but files can be counted first: reading then shows its share and time left.
    const expected = bar ? await countInputs(paths) : NaN;
    const onProgress = bar && ((stage: CorpusStage, done: number, total: number) => bar(stage, done, stage === 'reading' && Number.isNaN(total) ? expected : total));
    const group = {
      ...(args.threshold !== undefined && { threshold: args.threshold }),
      ...(args.sameLanguageThreshold !== undefined && { sameLanguageThreshold: args.sameLanguageThreshold }),
      ...(args.windowDays !== undefined && { windowDays: args.windowDays }),
    };
    // Threads cost their start-up (about half a second each): a few articles are read faster on one.
    const where = args.redis
      ? { queue: { redis: args.redis, ...(args.queue !== undefined && { name: args.queue }) } }
      : { jobs: args.jobs ?? (ended ? 1 : availableParallelism()) };
    const events = buildCorpusStream(concat(head, inputs), {
      ...(onProgress && { onProgress }), group, ...(args.mode && { mode: args.mode }), ...(args.only && { only: args.only }), ...where,
      ...(dictionaries.length && { dictionaries }), ...(args.closeStories && { closeStories: true }),
    });
    const view = STREAMED.has(args.format) ? await writeStreamed(events, args, toFolder) : await writeWhole(events, args, toFolder);
    bar?.finish();
    if (!args.quiet) process.stderr.write(printable(view.summary.text()));
    for (const pair of view.moses ?? []) {
      process.stderr.write(printable(`storyalign: wrote ${pair.lines} lines to ${join(args.out!, pair.sourceFile)} and ${pair.targetFile}\n`));
    }
    return 0;
  } catch (e) {
    if (isStoryalignError(e)) {
      process.stderr.write(`${printable(`storyalign: ${e.code}: ${e.message}`)}\n`);
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

/** Formats written a row at a time as each alignment is final: the corpus is never held whole. */
const STREAMED = new Set<CliArgs['format']>(['jsonl', 'tsv', 'moses']);

/** What was written: the summary of it, and the Moses files. */
interface Written {
  summary: SummaryTally;
  moses?: { sourceFile: string; targetFile: string; lines: number }[];
}

/** Whether --out names a folder: it ends with a slash or is one already. */
function isFolder(out: string | undefined): boolean {
  if (out === undefined) return false;
  if (/[\\/]$/u.test(out)) return true;
  try {
    return statSync(out).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What needs checking before anything runs: where the output goes (a wrong
 * --out is said at once, not after the whole run). True when the output is a
 * folder of files (moses always; jsonl and html when --out names a folder).
 */
function checkOut(args: CliArgs): boolean {
  if (args.format === 'moses' || ((args.format === 'jsonl' || args.format === 'html') && isFolder(args.out))) {
    if (!args.out) throw new StoryalignError('INVALID_ARGUMENT', '--format moses writes two files per language pair: give a folder with --out');
    try {
      mkdirSync(args.out, { recursive: true });
    } catch (e) {
      throw fileError(e, args.out, 'create the folder');
    }
    return true;
  }
  if (args.out !== undefined) checkWritable(args.out);
  return false;
}

/** The writers' row filters the options ask for. */
function writerOptions(args: CliArgs): { minScore: number; pairs?: string[] } {
  return { minScore: args.minScore, ...(args.pairs && { pairs: args.pairs }) };
}

/** JSONL, TSV and Moses rows written as each alignment comes; only what the summary needs is kept. */
async function writeStreamed(events: AsyncIterable<CorpusEvent>, args: CliArgs, toFolder: boolean): Promise<Written> {
  const rowOptions = writerOptions(args);
  const options = args.format === 'jsonl' ? jsonlRowOptions({ ...rowOptions, comparable: args.includeComparable }) : rowOptions;
  // With --close-stories the articles and groups come a segment at a time: the summary counts them as they come.
  const summary = new SummaryTally();
  async function* rows(): AsyncGenerator<PairRow> {
    for await (const event of events) {
      if (event.type !== 'alignment') {
        summary.addStories(event);
        continue;
      }
      summary.addAlignment(event.alignment);
      yield* eachPairRow({ articles: [event.source, event.target], alignments: [event.alignment] }, options);
    }
  }
  let moses: Written['moses'];
  if (args.format === 'moses') {
    moses = await writeMoses(map(rows(), mosesLine), args.out!);
  } else if (args.format === 'jsonl' && toFolder) {
    // A folder: the Hugging Face layout, one file per language pair and a dataset card.
    const card = new DatasetCard();
    const pieces = map(rows(), (r) => [datasetLine(card, r)]);
    await writeFiles(pieces, args.out!, () => [{ file: 'README.md', text: card.text() }]);
  } else if (args.format === 'tsv') {
    await writePieces(withHead(TSV_HEADER, map(rows(), tsvLine)), args.out);
  } else {
    await writePieces(map(rows(), jsonlLine), args.out);
  }
  return { summary, ...(moses && { moses }) };
}

/** The formats that need the whole corpus: it is gathered from the stream, then written. */
async function writeWhole(events: AsyncIterable<CorpusEvent>, args: CliArgs, toFolder: boolean): Promise<Written> {
  const corpus: Corpus = { articles: [], groups: [], alignments: [], setAside: [] };
  for await (const event of events) {
    if (event.type === 'alignment') {
      corpus.alignments.push(event.alignment);
      continue;
    }
    corpus.articles.push(...event.articles);
    corpus.groups.push(...event.groups);
    corpus.setAside.push(...event.setAside);
  }
  const options = writerOptions(args);
  if (args.format === 'html' && toFolder) {
    // A folder: an index of stories and a page per story, each quick to open at corpus size.
    await writeFiles([toHtmlSite(corpus, options).map((f) => ({ file: f.name, text: f.text }))], args.out!);
  } else {
    const pieces = args.format === 'json' ? jsonChunks(withPairsFrom(corpus, args.minScore) as unknown as Record<string, unknown>)
      : args.format === 'tmx' ? tmxChunks(corpus, options)
      : [args.format === 'html' ? toHtml(corpus, options) : printable(toText(withPairsFrom(corpus, args.minScore)))];
    await writePieces(pieces, args.out);
  }
  const summary = new SummaryTally();
  summary.addStories(corpus);
  for (const al of corpus.alignments) summary.addAlignment(al);
  return { summary };
}

/** The corpus with each alignment's pairs below `minScore` left out (its beads and coverage as found): what --min-score means for JSON and text. */
function withPairsFrom(corpus: Corpus, minScore: number): Corpus {
  if (minScore <= 0) return corpus;
  return { ...corpus, alignments: corpus.alignments.map((al) => ({ ...al, pairs: al.pairs.filter((p) => p.score >= minScore) })) };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${printable(`storyalign: unexpected error: ${e instanceof Error ? e.stack : String(e)}`)}\n`);
    process.exitCode = 1;
  },
);
