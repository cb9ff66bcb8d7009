/**
 * `buildCorpusStream`: the pipeline on articles as they come, with each
 * alignment handed on as soon as it is final. Articles are read a window at a
 * time as the input yields them (only their compact prepared form is kept);
 * once the input ends they are grouped, aligned and placed, and then each
 * window of alignments is checked, handed out and let go of. Memory holds the
 * prepared articles and one window of results, never the whole corpus.
 * The alignments come in the order `buildCorpus` lists them, with the same
 * content, and the last event holds the articles and groups.
 */
import type { ArticleAlignment, Corpus, SetAsideArticle } from './corpus.js';
import { DEFAULT_WINDOW_DAYS, type StoryGroup } from './group/group-stories.js';
import {
  afterReading, checkWhere, corpusOptionsSchema, openPlace,
  type CheckedPair, type CorpusOptions, type StepOptions, type StoryClosing, type WorkPlace,
} from './pipeline.js';
import { READ_WINDOW, ReadArticles, type ReadArticle } from './read-articles.js';
import { StoryClock, closableGroups, closedGroups } from './group/story-clock.js';
import { publishedTime } from './article/published-time.js';
import { withEarlierModels, type CorpusModels } from './align/pair-jobs.js';
import { ArticleChecker, parseInput } from './schema.js';
import { StoryalignError } from './errors.js';
import type { Article, ArticleInput } from './types.js';

/** What the stream gives: every alignment once it is final, then the articles and groups. */
export type CorpusEvent =
  | { type: 'alignment'; alignment: ArticleAlignment; source: Article; target: Article }
  /** With `closeStories`: the stories just closed (their alignments came before this), their articles and those set aside. */
  | { type: 'stories'; articles: Article[]; groups: StoryGroup[]; setAside: SetAsideArticle[] }
  | { type: 'end'; articles: Article[]; groups: StoryGroup[]; setAside: SetAsideArticle[] };

/**
 * Build a corpus from an iterable or async iterable of articles (a JSONL file
 * read line by line, a database cursor), handing out each alignment as soon as
 * it is final. The same options as `buildCorpus`; the alignments and the
 * groups are the ones `buildCorpus` would return for the same articles, in the
 * same order. An invalid article stops the stream with the error
 * `buildCorpus` would throw for it (its place in the input named).
 *
 * @example
 * for await (const event of buildCorpusStream(articles)) {
 *   if (event.type === 'alignment') process.stdout.write(toJsonl({ articles: [event.source, event.target], alignments: [event.alignment] }));
 * }
 */
export function buildCorpusStream(
  articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options?: CorpusOptions,
): AsyncGenerator<CorpusEvent, void, undefined> {
  // Checked when called, not at the first event: a wrong argument is the caller's error at the call.
  const iterable = articles as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null | undefined;
  if (iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.iterator] !== 'function' && typeof iterable[Symbol.asyncIterator] !== 'function')) {
    throw new StoryalignError('INVALID_INPUT', `articles: expected an iterable or async iterable of articles, got ${iterable === null ? 'null' : typeof iterable}`, ['articles']);
  }
  const opts = parseInput(corpusOptionsSchema, options, 'options') ?? {};
  checkWhere(opts);
  return corpusEvents(articles, opts);
}

async function* corpusEvents(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, opts: StepOptions): AsyncGenerator<CorpusEvent, void, undefined> {
  const place = await openPlace(opts.onProgress ? { ...opts, onProgress: readingNeverBack(opts.onProgress) } : opts);
  try {
    if (opts.closeStories) {
      yield* closingEvents(articles, opts, place);
      return;
    }
    const read = new ReadArticles();
    for await (const window of readWindows(articles, opts, place)) read.add(window);
    const corpus = yield* eventsAfterReading(read, opts, place);
    yield { type: 'end', articles: corpus.articles, groups: corpus.groups, setAside: corpus.setAside };
  } finally {
    await place.close();
  }
}

/**
 * Each window of the input read, in order. One window ahead: while the workers
 * read the next window, this thread keeps what grouping needs of the last one
 * (numbering its words), instead of the workers waiting for it between windows.
 */
async function* readWindows(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, opts: StepOptions, place: WorkPlace): AsyncGenerator<ReadArticle[]> {
  const total = Array.isArray(articles) ? articles.length : NaN;
  let pending: Promise<ReadArticle[]> | undefined;
  const input = windows(articles, READ_WINDOW);
  for (;;) {
    let next: IteratorResult<{ items: ArticleInput[]; first: number }>;
    try {
      next = await input.next();
    } catch (e) {
      // A bad article later in the input is reported after any error of the window before it, as without the look-ahead.
      if (pending) await pending;
      throw e;
    }
    if (next.done) break;
    const { items, first } = next.value;
    const running = place.run({ kind: 'read', items, first, total, ...(opts.only && { only: opts.only }) }) as Promise<ReadArticle[]>;
    // Its error, if any, is thrown in input order, after the window before it.
    running.catch(() => {});
    if (pending) yield await pending;
    pending = running;
  }
  if (pending) yield await pending;
}

/** The steps after reading run at `place`, each alignment handed out as it is checked; the corpus (without alignments) last. */
async function* eventsAfterReading(read: ReadArticles, opts: StepOptions, place: WorkPlace, closing?: StoryClosing): AsyncGenerator<CorpusEvent, Corpus, undefined> {
  const outbox: CheckedPair[][] = [];
  const steps = afterReading(read, opts, (checked) => outbox.push(checked), {}, closing);
  let next = steps.next();
  for (;;) {
    while (outbox.length) for (const pair of outbox.shift()!) yield { type: 'alignment', ...pair };
    if (next.done) return next.value;
    next = steps.next(await place.run(next.value));
  }
}

/** An article read and held until its story is closed, with its place in the input and its publication time. */
interface HeldArticle {
  read: ReadArticle;
  index: number;
  time: number;
}

/**
 * `closeStories`: the input read as it comes, and each segment's closed
 * stories grouped, aligned, checked and handed out (a `stories` event after
 * their alignments) while the rest wait (see group/story-clock.ts); at the end
 * every story is closed. The `end` event then lists nothing: every article
 * and group came in a `stories` event.
 */
async function* closingEvents(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, opts: StepOptions, place: WorkPlace): AsyncGenerator<CorpusEvent, void, undefined> {
  const windowDays = opts.group?.windowDays ?? DEFAULT_WINDOW_DAYS;
  const clock = new StoryClock(windowDays, typeof opts.closeStories === 'object' ? opts.closeStories.minArticles : undefined);
  let held: HeldArticle[] = [];
  /** The earliest time among the held articles (Infinity: none is dated). */
  let oldest = Infinity;
  let index = 0;
  let groupsOut = 0;
  /** The word pairs learned so far, carried from segment to segment for placing. */
  let learned: CorpusModels = new Map();
  async function* closeSegment(cutoff: number): AsyncGenerator<CorpusEvent, void, undefined> {
    const read = new ReadArticles();
    read.add(held.map((h) => h.read));
    const byId = new Map(held.map((h) => [h.read.article.id, h]));
    const timeOf = (id: string) => byId.get(id)!.time;
    const corpus = yield* eventsAfterReading(read, opts, place, {
      closable: (groups) => closableGroups(groups, timeOf, cutoff),
      closed: (groups) => closedGroups(groups, timeOf, cutoff, windowDays),
      models: (models) => (learned = withEarlierModels(models, learned)),
    });
    const closed = new Set(corpus.articles.map((a) => a.id));
    held = held.filter((h) => !closed.has(h.read.article.id));
    oldest = Infinity;
    for (const h of held) if (h.time < oldest) oldest = h.time;
    // Group ids run on across segments; an article set aside is named by its place in the whole input.
    const groups = corpus.groups.map((g) => ({ ...g, id: `g${++groupsOut}` }));
    const setAside = corpus.setAside.map((s) => ({ ...s, index: byId.get(s.id)!.index }));
    yield { type: 'stories', articles: corpus.articles, groups, setAside };
  }
  for await (const window of readWindows(articles, opts, place)) {
    for (const r of window) {
      const time = publishedTime(r.article.publishedAt);
      clock.saw(time);
      if (time < oldest) oldest = time;
      held.push({ read: r, index: index++, time });
    }
    if (clock.due(oldest, held.length)) yield* closeSegment(clock.cut());
  }
  if (held.length) yield* closeSegment(Infinity);
  yield { type: 'end', articles: [], groups: [], setAside: [] };
}

/** Reading reported as the most read so far: with a window read ahead, a task of the next window may finish before the last of this one. */
export function readingNeverBack(progress: NonNullable<CorpusOptions['onProgress']>): NonNullable<CorpusOptions['onProgress']> {
  let most = 0;
  return (stage, done, total) => {
    if (stage === 'reading') most = Math.max(most, done);
    progress(stage, stage === 'reading' ? most : done, total);
  };
}

/** The input checked article by article and cut into windows of `size`. */
async function* windows(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, size: number): AsyncGenerator<{ items: ArticleInput[]; first: number }> {
  const checker = new ArticleChecker();
  let items: ArticleInput[] = [];
  let n = 0;
  let first = 0;
  for await (const value of articles) {
    items.push(checker.check(value, n++));
    if (items.length === size) {
      yield { items, first };
      first = n;
      items = [];
    }
  }
  if (items.length) yield { items, first };
}
