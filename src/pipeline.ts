/**
 * `buildCorpus`: every stage in order over a list of articles. Validation
 * happens here, once; the stages after it trust their input.
 *
 * The stages run as one sequence of steps (`corpusSteps`) that hands out its
 * pure per-item work (reading articles, grouping's joins, aligning the pairs
 * of two languages, confirming where a stray belongs and aligning it there,
 * checking coverage) in batches and takes the results back in order: here on
 * this thread, in a pool of worker threads when `jobs` is given, or in
 * `storyalign worker` processes through a queue when `queue` is. Either way
 * the corpus is the same, byte for byte.
 */
import * as z from 'zod/mini';
import { alignPlaced, placeStrays, type AlignPlacedWork, type CollectWork, type Confirmation, type ConfirmWork, type StartedConfirmations } from './align/place-strays.js';
import { mergePairJobs, pairJobs, readingOf, runPairJobs, type CorpusModels, type PairJob, type PairJobResult } from './align/pair-jobs.js';
import { dictionarySchema, type Dictionary } from './align/dictionary.js';
import { calibrateAlignment } from './align/calibrate.js';
import type { Alignment } from './align/align-pair.js';
import { DEFAULT_WINDOW_DAYS, groupingSteps, groupOptionsSchema, groupWorkHere, type GroupOptions, type GroupWork, type JoinedPairs, type StartedJoins } from './group/group-stories.js';
import { placeArticles } from './group/place-articles.js';
import { coverageOf } from './report/check-coverage.js';
import { storyBatches, type CheckItem } from './report/story-batches.js';
import type { CoverageReport } from './report/coverage-report.js';
import { StoryalignError } from './errors.js';
import { langCodeListSchema, parseArticles, parseInput } from './schema.js';
import { NO_TEXT_REASON, hasText } from './segment/segment-article.js';
import { READ_WINDOW, ReadArticles, readArticle, type ReadArticle } from './read-articles.js';
import type { StoryGroup } from './group/group-stories.js';
import type { ArticleAlignment, Corpus, SetAsideArticle } from './corpus.js';
import { alignedRelation, withAlignedRelations, type AlignedRelation } from './group/aligned-relations.js';
import type { AlignMode, Article, ArticleInput } from './types.js';

/** Options of buildCorpus and buildCorpusStream: detection candidates, grouping settings, a forced mode, progress, worker threads or a queue. */
export interface CorpusOptions {
  /** Candidate languages for detection (ISO 639-3). */
  only?: string[];
  /** Grouping settings. */
  group?: GroupOptions;
  /** Force one alignment mode for every pair instead of choosing per pair. */
  mode?: AlignMode;
  /** Bilingual dictionaries (readDictionary); a pair of articles uses the one for its two languages, either way round. */
  dictionaries?: Dictionary[];
  /**
   * Called as work advances: the stage, and how much of it is done. Stages in
   * order: reading, grouping, aligning, relearning (pairs aligned again with the
   * word pairs the corpus taught), placing (versions grouping left apart),
   * checking (the coverage report of each pair). With `jobs`, aligning counts
   * both looks at a pair, and relearning is reported done with it. While
   * `buildCorpusStream` reads a stream whose length it cannot know, `total`
   * for reading is NaN.
   */
  onProgress?: (stage: CorpusStage, done: number, total: number) => void;
  /**
   * Worker threads to read, join each language's articles when grouping, align, confirm
   * placements and check in (Node only). With `jobs`,
   * `buildCorpus` returns a promise; the corpus is the same as without.
   * `jobs: 1` runs on this thread.
   */
  jobs?: number;
  /**
   * Hand the work to `storyalign worker` processes, on this machine or others,
   * through a BullMQ queue on Redis (Node only; needs the `bullmq` package).
   * `buildCorpus` returns a promise; the corpus is the same as on one thread.
   * Grouping (but for its join within each language) and placing run in this process.
   */
  queue?: { redis: string; name?: string };
  /**
   * `buildCorpusStream` only: close each story once the input's publication
   * dates have passed it by two time windows (`group.windowDays`), and hand
   * out its alignments and a `stories` event then, instead of holding every
   * article until the input ends. Memory then holds about four windows of
   * news; statistics (word rarity, key weights, the word model the aligner
   * learns) are each segment's, so results can differ a little from
   * `buildCorpus`'s. For input in order of publication, as a crawl writes it.
   * `{ minArticles }`: a segment holds at least this many articles (default
   * 10,000: fewer teach too little), more when four windows hold more.
   */
  closeStories?: boolean | { minArticles?: number };
}

/** The stages buildCorpus reports progress for, in order. */
export type CorpusStage = 'reading' | 'grouping' | 'aligning' | 'relearning' | 'placing' | 'checking';

export const corpusOptionsSchema = z.optional(z.object({
  only: z.optional(langCodeListSchema.check(z.minLength(1, 'at least one language code'))),
  group: z.optional(groupOptionsSchema),
  mode: z.optional(z.enum(['translation', 'comparable'])),
  dictionaries: z.optional(z.array(dictionarySchema)),
  onProgress: z.optional(z.custom<CorpusOptions['onProgress']>((v) => typeof v === 'function', 'a function')),
  jobs: z.optional(z.int().check(z.gte(1), z.lte(256))),
  queue: z.optional(z.object({ redis: z.string(), name: z.optional(z.string().check(z.regex(/^[\w.-]{1,100}$/u, 'a queue name of letters, digits, ".", "_" or "-"'))) })),
  closeStories: z.optional(z.union([z.boolean(), z.object({ minArticles: z.optional(z.int().check(z.gte(1))) })])),
}));

/**
 * Every stage on a list of articles: languages, story groups, sentence
 * alignments and coverage reports. An article with no letter or digit is kept
 * as `und` and listed in `setAside`; the batch goes on.
 *
 * @param articles - `{ id, text, url?, lang?, title?, publishedAt? }`; ids unique.
 * @param options - `only`, `group`, `mode`, `onProgress`; `jobs` (worker threads) or `queue`
 *   (storyalign worker processes), either of which makes it return a promise of the same corpus.
 * @returns `{ articles, groups, alignments, setAside }`.
 * @example
 * const corpus = buildCorpus([{ id: 'vi', url, text: '…' }, { id: 'id', url, text: '…' }]);
 */
export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions & { jobs?: undefined; queue?: undefined }): Corpus;
export function buildCorpus(articles: ArticleInput[], options: CorpusOptions & ({ jobs: number } | { queue: NonNullable<CorpusOptions['queue']> })): Promise<Corpus>;
export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions): Corpus | Promise<Corpus>;
export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions): Corpus | Promise<Corpus> {
  const inputs = parseArticles(articles);
  const opts = parseInput(corpusOptionsSchema, options, 'options') ?? {};
  checkWhere(opts);
  if (opts.closeStories) {
    throw new StoryalignError('INVALID_INPUT', 'options.closeStories: buildCorpus returns the whole corpus at once; close stories as the input goes with buildCorpusStream', ['options', 'closeStories']);
  }
  if (opts.jobs === undefined && !opts.queue) return runHere(corpusSteps(inputs, opts), opts.onProgress);
  return openPlace(opts).then((place) => runAt(place, corpusSteps(inputs, opts)));
}

/** Where the per-item work runs: this thread, a pool of worker threads (`jobs`), or `storyalign worker` processes (`queue`). */
export interface WorkPlace {
  run(work: CorpusWork): Promise<CorpusWorkResult>;
  close(): Promise<void>;
}

export async function openPlace(opts: StepOptions): Promise<WorkPlace> {
  const progress = opts.onProgress ?? (() => {});
  // The pool and the queue are loaded only when asked for: the core runs in a browser too.
  if (opts.queue) {
    const [{ queueRunner }, { doWith }] = await Promise.all([import('./runner/run-in-queue.js'), import('./runner/run-in-pool.js')]);
    const runner = await queueRunner(opts.queue);
    return { run: (work) => doWith(runner, work, progress), close: () => runner.close() };
  }
  if (opts.jobs !== undefined && opts.jobs > 1) {
    const { doWith, threadPool } = await import('./runner/run-in-pool.js');
    const runner = threadPool(opts.jobs);
    return { run: (work) => doWith(runner, work, progress), close: () => runner.close() };
  }
  return { run: async (work) => doHere(work, progress), close: async () => {} };
}

/** The steps run at `place`, each batch of work's results handed back in order; the place is closed however it ends. */
async function runAt(place: WorkPlace, steps: CorpusSteps): Promise<Corpus> {
  try {
    let next = steps.next();
    while (!next.done) next = steps.next(await place.run(next.value));
    return next.value;
  } finally {
    await place.close();
  }
}

/** Threads or a queue, not both. */
export function checkWhere(opts: StepOptions): void {
  if (opts.queue && opts.jobs !== undefined) {
    throw new StoryalignError('INVALID_INPUT', 'options.jobs: with options.queue the workers say how many tasks they run at a time; give one or the other', ['options', 'jobs']);
  }
}

export type { CheckItem } from './report/story-batches.js';

/** The per-item work the steps hand out; each kind's results come back in the order of its items. */
export type CorpusWork =
  | { kind: 'read'; items: ArticleInput[]; only?: string[] } & Slice
  | { kind: 'align'; jobs: PairJob[] }
  | CheckWork
  | CheckedWork
  | ConfirmWork
  | CollectWork
  | AlignPlacedWork
  /** Grouping's join within each language, one job per language, started and later collected. */
  | GroupWork
  /** A stage is over: workers start afresh for the next (see `RenewWork`). */
  | RenewWork;

/**
 * Alignments whose coverage is to be checked. Where there are workers the
 * checks are started and the answer is a handle, collected with
 * `CheckedWork` once the next window is started too: a window's last task
 * otherwise left one worker idle and both waited while this thread cut the
 * next window into tasks (the workers were busy 60-70% of checking's time
 * at N = 20,000). On this thread the reports come back at once.
 */
export interface CheckWork extends Slice {
  kind: 'check';
  items: CheckItem[];
}

/** Checks started by a `CheckWork`. */
export interface StartedChecks {
  reports: Promise<CoverageReport[]>;
}

/** The reports of a `CheckWork`: collected from its handle, or as they came back on this thread. */
export interface CheckedWork {
  kind: 'checked';
  started: StartedChecks | CoverageReport[];
}

/**
 * Handed out between the stages of a large held input (see RENEWAL): once it
 * is read, once it is aligned, once it is placed. A worker thread's heap grows
 * to what its stage needed (reading's caches, the aligner's working sets,
 * placing's kept side readings, and room the collector keeps) and is not given
 * back; new threads start small. At N = 100,000 the workers' heaps were about
 * 240 MB of the process's peak in grouping and 300 MB in placing and checking.
 * A stream closing its stories runs these stages many times over and keeps its
 * workers. Elsewhere (one thread, a queue's processes) it does nothing.
 */
export interface RenewWork {
  kind: 'renew';
}

/**
 * Held articles from which renewing the workers pays. A renewal costs about
 * 0.4 s with the built package and about a second from the sources (new
 * threads load the worker and fill its caches again), and gives back about
 * the same 100-150 MB per worker on any input: on the 3,431 articles of
 * `bench:corpus` (a 1.1 GB process) three renewals made the run about 10%
 * slower, at N = 100,000 (2.3 GB) they cost nothing that showed and lowered
 * the peak by about 300 MB.
 */
export const RENEWAL = { minArticles: 20_000 };

/** A renewal, if the input read is large enough for it to pay and its stories are held, not closed (see `RenewWork`). */
function* renewals(read: ReadArticles, closing: StoryClosing | undefined): Generator<RenewWork, void, unknown> {
  if (!closing && read.prepared.length >= RENEWAL.minArticles) yield { kind: 'renew' };
}

/** Where a window of items sits: the first item's place among all, and how many there are (NaN while a stream is still arriving), for progress. */
export interface Slice {
  first: number;
  total: number;
}

/** What comes back for each kind; undefined for `confirm` leaves each fit to be confirmed when placing needs it. */
export type CorpusWorkResult = ReadArticle[] | PairJobResult[] | Alignment[] | CoverageReport[] | StartedChecks | StartedConfirmations | (Confirmation | undefined)[] | StartedJoins | JoinedPairs[] | undefined;

export type CorpusSteps = Generator<CorpusWork, Corpus, CorpusWorkResult>;

/** The options the steps read, checked. */
export type StepOptions = NonNullable<z.infer<typeof corpusOptionsSchema>>;

/** An alignment once its coverage is checked, with its two articles (what every writer needs for its rows). */
export interface CheckedPair {
  alignment: ArticleAlignment;
  source: Article;
  target: Article;
}

/** Where finished alignments go when they are handed on as they are checked instead of kept in the corpus. */
export type AlignmentSink = (checked: CheckedPair[]) => void;

/** The stages in order: every article read, then the rest. */
export function* corpusSteps(inputs: ArticleInput[], opts: StepOptions): CorpusSteps {
  const read = new ReadArticles();
  for (let first = 0; first < inputs.length; first += READ_WINDOW) {
    const items = inputs.slice(first, first + READ_WINDOW);
    read.add((yield { kind: 'read', items, first, total: inputs.length, ...(opts.only && { only: opts.only }) }) as ReadArticle[]);
  }
  return yield* afterReading(read, opts);
}

/** Which stories are closed (`buildCorpusStream` with `closeStories`): only those are handed out, and their articles let go. */
export interface StoryClosing {
  /** The groups grouping found that may close now: only these are aligned and placed. */
  closable(groups: StoryGroup[]): StoryGroup[];
  /** Of those, once placing has given each its versions, the ones that close. */
  closed(groups: StoryGroup[]): StoryGroup[];
  /** The word pairs placing confirms a version with: this segment's models with what the segments before taught. */
  models(learned: CorpusModels): CorpusModels;
}

/** Alignments whose coverage is checked per step, cut only between stories (see `storyBatches`). */
const CHECK_WINDOW = 512;

/** How much work of a kind is handed out per step, where a test sets it smaller: alignments checked, translation sets placed. */
export interface StepWindows {
  check?: number;
  place?: number;
}

/**
 * The stages after reading; the per-item work is yielded, what runs on this
 * thread (grouping, placing) reports its own progress. With `sink`,
 * each window of checked alignments goes there and is let go of; the corpus
 * returned then has no alignments (its groups still say how versions relate).
 */
export function* afterReading(read: ReadArticles, opts: StepOptions, sink?: AlignmentSink, windows: StepWindows = {}, closing?: StoryClosing): CorpusSteps {
  const progress = opts.onProgress ?? (() => {});
  // A large held input's stages each start with new workers (see `RenewWork`).
  yield* renewals(read, closing);
  progress('grouping', 0, 1);
  let grouped = yield* answeredAs<JoinedPairs[]>(groupingSteps(read.docs, read.vocabulary, opts.group));
  const keysById = read.releaseGrouping();
  let { prepared } = read;
  if (closing) {
    // A story that cannot close in this segment is not aligned in it: its articles wait for the input that may still join them.
    grouped = closing.closable(grouped);
    prepared = membersOf(grouped, prepared);
  }
  progress('grouping', 1, 1);
  const { jobs, total } = pairJobs(prepared, grouped, opts.mode, opts.dictionaries);
  // What the aligner reads off a version is read once, here, and only for the versions that are aligned
  // (a stray's is read if placing needs it), and sent with every job. Here, not in the workers: sending
  // the versions to them and their readings back cost about what reading them costs (bench:corpus's mix
  // with two workers: 0.9 s of this thread, against 0.7 s more of it handing them out and 0.8 s more of
  // the workers' taking them in, besides the reading there), for the same time to the end of the stage.
  for (const job of jobs) job.readings = job.articles.map(readingOf);
  const results = (yield { kind: 'align', jobs }) as PairJobResult[];
  const { alignments, models } = mergePairJobs(jobs, results, total);
  results.length = 0;
  yield* renewals(read, closing);
  const placed = opts.mode
    // A caller who chose the mode has said what the pairs are; the groups stand as given.
    ? { alignments, placements: [] }
    : yield* placeStrays(prepared, grouped, alignments, closing ? closing.models(models) : models, opts.group?.windowDays ?? DEFAULT_WINDOW_DAYS, (id) => keysById.get(id) ?? [], progress, windows.place);
  const byId = new Map(prepared.map((a) => [a.id, a]));
  let groups = placeArticles(grouped, placed.placements, (id) => keysById.get(id) ?? []);
  let articles = prepared;
  if (closing) {
    // Of those, the stories closed once placing has given each its versions go on; the others are aligned again with what comes.
    groups = closing.closed(groups);
    articles = membersOf(groups, prepared);
    const closedIds = new Set(articles.map((a) => a.id));
    placed.alignments = placed.alignments.filter((al) => closedIds.has(al.source));
  }
  const items: (CheckItem | undefined)[] = placed.alignments.map((alignment) => ({ source: byId.get(alignment.source)!, target: byId.get(alignment.target)!, alignment }));
  // From here only `items` holds the alignments, and lets go of each window once it is checked: a sink may be writing them out.
  alignments.length = 0;
  placed.alignments.length = 0;
  const kept: ArticleAlignment[] = [];
  const relations: AlignedRelation[] = [];
  yield* renewals(read, closing);
  const collect = function* ({ window, started }: { window: CheckItem[]; started: StartedChecks | CoverageReport[] }): Generator<CheckedWork, void, CorpusWorkResult> {
    const coverage = (yield { kind: 'checked', started }) as CoverageReport[];
    // Scores become probabilities only on the way out (see calibrate.ts): every decision above read the aligner's own.
    const checked = window.map(({ alignment, source, target }, k) => ({ alignment: { ...calibrateAlignment(alignment), coverage: coverage[k]! }, source, target }));
    for (const pair of checked) relations.push(alignedRelation(pair));
    if (sink) sink(checked);
    else for (const { alignment } of checked) kept.push(alignment);
  };
  let first = 0;
  // One window started ahead of the one collected (see `CheckWork`).
  let pending: { window: CheckItem[]; started: StartedChecks | CoverageReport[] } | undefined;
  for (const window of storyBatches(takeEach(items), windows.check ?? CHECK_WINDOW)) {
    const started = (yield { kind: 'check', items: window, first, total: items.length }) as StartedChecks | CoverageReport[];
    if (pending) yield* collect(pending);
    pending = { window, started };
    first += window.length;
  }
  if (pending) yield* collect(pending);
  return { articles, groups: withAlignedRelations(groups, relations), alignments: kept, setAside: setAsideOf(articles) };
}

/** The articles of `groups`, in the order of `articles`. */
function membersOf(groups: StoryGroup[], articles: Article[]): Article[] {
  const ids = new Set(groups.flatMap((g) => g.articleIds));
  return articles.filter((a) => ids.has(a.id));
}

/** The articles with nothing to read, in input order (each is in the corpus as `und` with no sentences). */
function setAsideOf(articles: Article[]): SetAsideArticle[] {
  const out: SetAsideArticle[] = [];
  articles.forEach((a, index) => {
    if (!hasText(a.text)) out.push({ id: a.id, index, code: 'EMPTY_TEXT', reason: NO_TEXT_REASON });
  });
  return out;
}

/** The steps run on this thread, each item's progress reported as it is done. */
function runHere(steps: CorpusSteps, progress: CorpusOptions['onProgress'] = () => {}): Corpus {
  let next = steps.next();
  while (!next.done) {
    next = steps.next(doHere(next.value, progress));
  }
  return next.value;
}

export function doHere(work: CorpusWork, progress: NonNullable<CorpusOptions['onProgress']>): CorpusWorkResult {
  // On one thread a fit is confirmed only if placing gets to it.
  if (work.kind === 'confirm' || work.kind === 'collect' || work.kind === 'renew') return undefined;
  if (work.kind === 'join' || work.kind === 'crossJoin' || work.kind === 'joined') return groupWorkHere(work);
  if (work.kind === 'read') return work.items.map((input, i) => {
    const read = readArticle(input, work.only);
    progress('reading', work.first + i + 1, work.total);
    return read;
  });
  if (work.kind === 'checked') return work.started as CoverageReport[];
  if (work.kind === 'alignPlaced') return work.pairs.map(alignPlaced);
  if (work.kind === 'check') return work.items.map((item, i) => {
    const report = coverageOf(item.source, item.target, item.alignment);
    progress('checking', work.first + i + 1, work.total);
    return report;
  });
  return runPairJobs(work.jobs, (done, total) => progress('aligning', done, total), (done, total) => progress('relearning', done, total));
}

/** A stage's own steps inside the corpus steps: what comes back for its work is the kind it yields for. */
function* answeredAs<R>(steps: Generator<CorpusWork, StoryGroup[], R>): Generator<CorpusWork, StoryGroup[], CorpusWorkResult> {
  let next = steps.next();
  while (!next.done) next = steps.next((yield next.value) as R);
  return next.value;
}

/** Each item of `list` in order, the list letting go of it as it is handed out. */
function* takeEach<T>(list: (T | undefined)[]): Generator<T> {
  for (let k = 0; k < list.length; k++) {
    const item = list[k]!;
    list[k] = undefined;
    yield item;
  }
}
