/**
 * The articles as read, kept for the stages after reading, and reading them
 * with workers one window ahead: while the workers read the next window, this
 * thread keeps what grouping needs of the last one (numbering its words,
 * packing its keys), instead of the workers waiting for it between windows.
 * `buildCorpus` with `jobs` or `queue` and `buildCorpusStream` both read this way.
 */
import { Vocabulary } from './group/vocabulary.js';
import { KeyTable, keepKeys } from './align/known-keys.js';
import type { GroupDocument } from './group/group-keys.js';
import type { CorpusOptions, ReadArticle, WorkPlace } from './pipeline.js';
import type { Article, ArticleInput } from './types.js';

/** Articles read per step: what grouping keeps of them is compacted after each, so that only one window's word maps are alive at a time. */
export const READ_WINDOW = 512;

/** Articles as they are read, in input order: what every later stage reads of them. */
export class ReadArticles {
  vocabulary = new Vocabulary();
  /** The anchor keys of every article, packed until the aligner asks (see known-keys.ts). */
  private readonly keyTable = new KeyTable();
  readonly prepared: Article[] = [];
  docs: GroupDocument[] = [];

  /**
   * The grouping views' keys by article id, the views and the vocabulary let
   * go: nothing after grouping reads them (at 100,000 generated articles they
   * are about 400 MB that aligning and placing would otherwise carry).
   */
  releaseGrouping(): Map<string, string[]> {
    const keysById = new Map(this.docs.map((d) => [d.id, d.keys]));
    this.docs = [];
    this.vocabulary = new Vocabulary();
    return keysById;
  }

  add(read: ReadArticle[]): void {
    for (const r of read) {
      this.prepared.push(r.article);
      this.docs.push(this.vocabulary.compact(r.doc));
      keepKeys(r.article, this.keyTable, r.keys);
    }
  }
}

/** A window of input articles and the place of its first among all. */
export interface InputWindow {
  items: ArticleInput[];
  first: number;
}

/**
 * Every window read at `place` into `read`, in input order. `total` is the
 * number of articles when known (NaN for a stream), for progress. The first
 * error in input order is thrown: a bad article of a window is reported
 * after any error of the window before it.
 */
export async function readAhead(
  place: WorkPlace, windows: AsyncIterator<InputWindow> | Iterator<InputWindow>, read: ReadArticles, total: number, only?: string[],
): Promise<void> {
  let pending: Promise<ReadArticle[]> | undefined;
  for (;;) {
    let next: IteratorResult<InputWindow>;
    try {
      next = await windows.next();
    } catch (e) {
      if (pending) await pending;
      throw e;
    }
    if (next.done) break;
    const { items, first } = next.value;
    const running = place.run({ kind: 'read', items, first, total, ...(only && { only }) }) as Promise<ReadArticle[]>;
    // Its error, if any, is thrown in input order, after the window before it.
    running.catch(() => {});
    if (pending) read.add(await pending);
    pending = running;
  }
  if (pending) read.add(await pending);
}

/** Reading reported as the most read so far: with a window read ahead, a task of the next window may finish before the last of this one. */
export function readingNeverBack(progress: NonNullable<CorpusOptions['onProgress']>): NonNullable<CorpusOptions['onProgress']> {
  let most = 0;
  return (stage, done, total) => {
    if (stage === 'reading') most = Math.max(most, done);
    progress(stage, stage === 'reading' ? most : done, total);
  };
}

/** The input cut into windows of READ_WINDOW articles. */
export function* inputWindows(inputs: ArticleInput[]): Generator<InputWindow> {
  for (let first = 0; first < inputs.length; first += READ_WINDOW) yield { items: inputs.slice(first, first + READ_WINDOW), first };
}
