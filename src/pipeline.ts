/**
 * `buildCorpus`: every stage in order over a list of articles. Validation
 * happens here, once; the stages after it trust their input.
 *
 * The stages run as one sequence of steps (`corpusSteps`) that hands out its
 * pure per-item work (reading articles, aligning the pairs of two languages,
 * confirming where a stray belongs, checking coverage) in batches and takes the results back in order: here on
 * this thread, in a pool of worker threads when `jobs` is given, or in
 * `storyalign worker` processes through a queue when `queue` is. Either way
 * the corpus is the same, byte for byte.
 */
import * as z from 'zod/mini';
import { placeStrays, type Confirmation, type ConfirmWork } from './align/place-strays.js';
import { mergePairJobs, pairJobs, primeReading, readingOf, runPairJobs, type ArticleReading, type PairJob, type PairJobResult } from './align/pair-jobs.js';
import { articleUrls } from './article/urls.js';
import { toGroupDocument, type GroupDocument, type ReadDocument } from './group/group-keys.js';
import { groupDocuments, groupOptionsSchema, type GroupOptions } from './group/group-stories.js';
import { placeArticles } from './group/place-articles.js';
import { Vocabulary } from './group/vocabulary.js';
import { coverageOf } from './report/check-coverage.js';
import type { CoverageReport } from './report/coverage-report.js';
import { StoryalignError } from './errors.js';
import { parseArticles, parseInput } from './schema.js';
import { segmentArticle } from './segment/segment-article.js';
import type { StoryGroup } from './group/group-stories.js';
import type { Alignment } from './align/align-pair.js';
import type { ArticleAlignment, Corpus } from './corpus.js';
import type { AlignMode, Article, ArticleInput } from './types.js';

export interface CorpusOptions {
  /** Candidate languages for detection (ISO 639-3). */
  only?: string[];
  /** Grouping settings. */
  group?: GroupOptions;
  /** Force one alignment mode for every pair instead of choosing per pair. */
  mode?: AlignMode;
  /**
   * Called as work advances: the stage, and how much of it is done. Stages in
   * order: reading, grouping, aligning, relearning (pairs aligned again with the
   * word pairs the corpus taught), placing (versions grouping left apart),
   * checking (the coverage report of each pair). With `jobs`, aligning counts
   * both looks at a pair, and relearning is reported done with it.
   */
  onProgress?: (stage: CorpusStage, done: number, total: number) => void;
  /**
   * Worker threads to read, align, confirm placements and check in (Node only). With `jobs`,
   * `buildCorpus` returns a promise; the corpus is the same as without.
   * `jobs: 1` runs on this thread.
   */
  jobs?: number;
  /**
   * Hand the work to `storyalign worker` processes, on this machine or others,
   * through a BullMQ queue on Redis (Node only; needs the `bullmq` package).
   * `buildCorpus` returns a promise; the corpus is the same as on one thread.
   * Grouping and placing run in this process.
   */
  queue?: { redis: string; name?: string };
}

export type CorpusStage = 'reading' | 'grouping' | 'aligning' | 'relearning' | 'placing' | 'checking';

const optionsSchema = z.optional(z.object({
  only: z.optional(z.array(z.string())),
  group: z.optional(groupOptionsSchema),
  mode: z.optional(z.enum(['translation', 'comparable'])),
  onProgress: z.optional(z.custom<CorpusOptions['onProgress']>((v) => typeof v === 'function', 'a function')),
  jobs: z.optional(z.int().check(z.gte(1), z.lte(256))),
  queue: z.optional(z.object({ redis: z.string(), name: z.optional(z.string().check(z.regex(/^[\w.-]{1,100}$/u, 'a queue name of letters, digits, ".", "_" or "-"'))) })),
}));

export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions & { jobs?: undefined; queue?: undefined }): Corpus;
export function buildCorpus(articles: ArticleInput[], options: CorpusOptions & ({ jobs: number } | { queue: NonNullable<CorpusOptions['queue']> })): Promise<Corpus>;
export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions): Corpus | Promise<Corpus>;
export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions): Corpus | Promise<Corpus> {
  const inputs = parseArticles(articles);
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  if (opts.queue) {
    if (opts.jobs !== undefined) throw new StoryalignError('INVALID_INPUT', 'options.jobs: with options.queue the workers say how many tasks they run at a time; give one or the other', ['options', 'jobs']);
    const queue = opts.queue;
    return import('./runner/run-in-queue.js').then((m) => m.runInQueue(corpusSteps(inputs, opts), queue, opts.onProgress));
  }
  if (opts.jobs === undefined) return runHere(corpusSteps(inputs, opts), opts.onProgress);
  if (opts.jobs === 1) return Promise.resolve().then(() => runHere(corpusSteps(inputs, opts), opts.onProgress));
  // The pool is loaded only when asked for: the core runs in a browser too.
  return import('./runner/run-in-pool.js').then((m) => m.runInPool(corpusSteps(inputs, opts), opts.jobs!, opts.onProgress));
}

/**
 * One article read: its prepared form, its grouping view and, when read in a
 * worker, what the aligner reads off it (so that it is read once, wherever the
 * article goes next).
 */
export interface ReadArticle {
  article: Article;
  doc: ReadDocument;
  reading?: ArticleReading;
}

/** A pair's alignment and the two articles, for the coverage report. */
export interface CheckItem {
  source: Article;
  target: Article;
  alignment: Alignment;
}

/** The per-item work the steps hand out; each kind's results come back in the order of its items. */
export type CorpusWork =
  | { kind: 'read'; items: ArticleInput[]; only?: string[]; /** The first item's place in the input, and the input's size (for progress). */ first: number; total: number }
  | { kind: 'align'; jobs: PairJob[] }
  | { kind: 'check'; items: CheckItem[] }
  | ConfirmWork;

/** What comes back for each kind; undefined for `confirm` leaves each fit to be confirmed when placing needs it. */
export type CorpusWorkResult = ReadArticle[] | PairJobResult[] | CoverageReport[] | (Confirmation | undefined)[] | undefined;

export type CorpusSteps = Generator<CorpusWork, Corpus, CorpusWorkResult>;

export function readArticle(input: ArticleInput, only?: string[]): ReadArticle {
  const article = segmentArticle(input, only ? { only } : {});
  const doc = toGroupDocument({
    id: article.id,
    urls: articleUrls(article),
    body: article.sentences.map((s) => s.text).join('\n'),
    lang: article.lang,
    publishedAt: article.publishedAt,
  });
  return { article, doc };
}

/**
 * The stages in order; the per-item work is yielded, what runs on this thread
 * (grouping, placing) reports its own progress, and what a worker read off
 * an article is primed here so that it is not read twice.
 */
function* corpusSteps(inputs: ArticleInput[], opts: NonNullable<z.infer<typeof optionsSchema>>): CorpusSteps {
  const progress = opts.onProgress ?? (() => {});
  const { prepared, docs, readings, vocabulary } = yield* readAll(inputs, opts.only);
  progress('grouping', 0, 1);
  const grouped = groupDocuments(docs, vocabulary, opts.group);
  progress('grouping', 1, 1);
  const { jobs, total } = pairJobs(prepared, grouped, opts.mode);
  // Only the versions that are aligned keep their reading; a stray's is read again if placing needs it.
  for (const job of jobs) {
    for (const a of job.articles) if (readings.has(a)) primeReading(a, readings.get(a)!);
    job.readings = job.articles.map(readingOf);
  }
  readings.clear();
  const results = (yield { kind: 'align', jobs }) as PairJobResult[];
  const { alignments, models } = mergePairJobs(jobs, results, total);
  const placed = opts.mode
    // A caller who chose the mode has said what the pairs are; the groups stand as given.
    ? { alignments, placements: [] }
    : yield* placeStrays(prepared, grouped, alignments, models, opts.group?.windowDays ?? 7, progress);
  const byId = new Map(prepared.map((a) => [a.id, a]));
  const keysById = new Map(docs.map((d) => [d.id, d.keys]));
  const groups = placeArticles(grouped, placed.placements, (id) => keysById.get(id) ?? []);
  const items = placed.alignments.map((alignment) => ({ source: byId.get(alignment.source)!, target: byId.get(alignment.target)!, alignment }));
  const coverage = (yield { kind: 'check', items }) as CoverageReport[];
  const withCoverage = placed.alignments.map((al, i) => ({ ...al, coverage: coverage[i]! }));
  return { articles: prepared, groups: withAlignedRelations(groups, withCoverage, byId), alignments: withCoverage };
}

/** Articles read per step: what grouping keeps of them is compacted after each, so that only one step's word maps are alive at a time. */
const READ_WINDOW = 512;

/** Every article read, a window at a time, in input order; the readings of versions that are not aligned are let go of after grouping. */
function* readAll(inputs: ArticleInput[], only: string[] | undefined): Generator<CorpusWork, {
  prepared: Article[]; docs: GroupDocument[]; readings: Map<Article, ArticleReading>; vocabulary: Vocabulary;
}, CorpusWorkResult> {
  const vocabulary = new Vocabulary();
  const prepared: Article[] = [];
  const docs: GroupDocument[] = [];
  const readings = new Map<Article, ArticleReading>();
  for (let first = 0; first < inputs.length; first += READ_WINDOW) {
    const items = inputs.slice(first, first + READ_WINDOW);
    const read = (yield { kind: 'read', items, first, total: inputs.length, ...(only && { only }) }) as ReadArticle[];
    for (const r of read) {
      prepared.push(r.article);
      docs.push(vocabulary.compact(r.doc));
      if (r.reading) readings.set(r.article, r.reading);
    }
  }
  return { prepared, docs, readings, vocabulary };
}

/** The steps run on this thread, each item's progress reported as it is done. */
function runHere(steps: CorpusSteps, progress: CorpusOptions['onProgress'] = () => {}): Corpus {
  let next = steps.next();
  while (!next.done) {
    next = steps.next(doHere(next.value, progress));
  }
  return next.value;
}

function doHere(work: CorpusWork, progress: NonNullable<CorpusOptions['onProgress']>): CorpusWorkResult {
  // On one thread a fit is confirmed only if placing gets to it.
  if (work.kind === 'confirm') return undefined;
  if (work.kind === 'read') return work.items.map((input, i) => {
    const read = readArticle(input, work.only);
    progress('reading', work.first + i + 1, work.total);
    return read;
  });
  if (work.kind === 'check') return work.items.map((item, i, all) => {
    const report = coverageOf(item.source, item.target, item.alignment);
    progress('checking', i + 1, all.length);
    return report;
  });
  return runPairJobs(work.jobs, (done, total) => progress('aligning', done, total), (done, total) => progress('relearning', done, total));
}

/**
 * Every cross-language pair of a group relates as its alignment found: a
 * translation, or a report written independently (mined as comparable text).
 */
function withAlignedRelations(groups: StoryGroup[], alignments: ArticleAlignment[], byId: Map<string, Article>): StoryGroup[] {
  const groupOf = new Map<string, StoryGroup>();
  for (const g of groups) for (const id of g.articleIds) groupOf.set(id, g);
  const added = new Map<StoryGroup, StoryGroup['evidence']['relations']>();
  for (const al of alignments) {
    const g = groupOf.get(al.source);
    if (!g) continue;
    const list = added.get(g) ?? [];
    const paired = al.beads.reduce((n, b) => n + (b.source.length && b.target.length ? b.source.length + b.target.length : 0), 0);
    const total = Math.max(1, byId.get(al.source)!.sentences.length + byId.get(al.target)!.sentences.length);
    list.push({
      articleIds: [al.source, al.target],
      relation: al.mode === 'translation' ? 'translation' : 'report',
      reason: al.modeReason,
      // The share of both articles' sentences that are paired.
      score: Math.round((paired / total) * 1000) / 1000,
    });
    added.set(g, list);
  }
  return groups.map((g) => (added.has(g) ? { ...g, evidence: { ...g.evidence, relations: [...g.evidence.relations, ...added.get(g)!] } } : g));
}
