/**
 * Files to articles: a .txt file is one article (its id is the file name
 * without extension), a .jsonl file is one article a line, a folder is every
 * .txt and .jsonl file in it, in name order. JSONL is read line by line, and
 * articles are handed on as they are read.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { StoryalignError, isStoryalignError } from '../errors.js';
import { articleInputSchema, parseInput } from '../schema.js';
import type { ArticleInput } from '../types.js';
import { NO_TEXT_REASON, hasText } from '../segment/segment-article.js';
import { decodeText, encodingOf, fileLines, streamLines, type FileLine } from './decode-text.js';

export interface SkippedLine {
  file: string;
  line: number;
  reason: string;
}

/**
 * Every article of `paths`, in order, as it is read. An id seen before is an
 * error naming both places. With `skipInvalid`, a line that is not a valid
 * article, an article whose id was seen before and one with no letter or digit
 * are skipped instead, each reported to `onSkipped` (without it, an article with
 * no text is read and set aside by the pipeline).
 */
export async function* eachInput(
  paths: string[], skipInvalid: boolean, onSkipped: (s: SkippedLine) => void, onEmptyStdin: () => void = () => {},
): AsyncGenerator<ArticleInput> {
  const seen = new Map<string, string>();
  for (const file of expand(paths)) {
    const articles = file === STDIN ? readStdin(skipInvalid, onSkipped, onEmptyStdin)
      : extname(file).toLowerCase() === '.jsonl' ? readJsonl(fileLines(file), file, skipInvalid, onSkipped)
      : readText(file, skipInvalid, onSkipped);
    const name = file === STDIN ? STDIN_NAME : file;
    for await (const { article, line } of articles) {
      const first = seen.get(article.id);
      const problem = first !== undefined ? { code: 'DUPLICATE_ID' as const, reason: `id "${article.id}" is already the id of the article at ${first}` }
        : skipInvalid && !hasText(article.text) ? { code: 'EMPTY_TEXT' as const, reason: NO_TEXT_REASON }
        : undefined;
      if (problem) {
        if (!skipInvalid) throw new StoryalignError(problem.code, `${name}:${line}: ${problem.reason}`);
        onSkipped({ file: name, line, reason: problem.reason });
        continue;
      }
      seen.set(article.id, `${name}:${line}`);
      yield article;
    }
  }
}

/** The path that means standard input. */
export const STDIN = '-';
/** What standard input is called in messages. */
const STDIN_NAME = 'stdin';

/**
 * Standard input: JSONL when it starts with `{` (read line by line as it
 * comes), else one text article with the id `stdin` (read whole).
 */
async function* readStdin(skipInvalid: boolean, onSkipped: (s: SkippedLine) => void, onEmpty: () => void): AsyncGenerator<Located> {
  const chunks = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) {
    onEmpty();
    return;
  }
  // The first chunk again, then the rest of the same iterator.
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value;
    yield* { [Symbol.asyncIterator]: () => chunks };
  }
  const { encoding, mark } = encodingOf(first.value);
  const start = new TextDecoder(encoding).decode(first.value.subarray(mark, mark + 256));
  if (/^\s*\{/u.test(start)) {
    yield* readJsonl(streamLines(all(), STDIN_NAME), STDIN_NAME, skipInvalid, onSkipped);
    return;
  }
  const parts: Buffer[] = [];
  for await (const chunk of all()) parts.push(chunk);
  yield* textArticle(Buffer.concat(parts), STDIN_NAME, STDIN_NAME, skipInvalid, onSkipped);
}

/** A .txt file: one article, its id the file name without extension; text that cannot be decoded is skipped with `skipInvalid`. */
async function* readText(file: string, skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<Located> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw cannotRead(e, file);
  }
  yield* textArticle(bytes, file, basename(file, extname(file)), skipInvalid, onSkipped);
}

/** One article of a whole file's bytes. */
function* textArticle(bytes: Buffer, file: string, id: string, skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): Generator<Located> {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (e) {
    if (!isStoryalignError(e)) throw e;
    if (!skipInvalid) throw new StoryalignError(e.code, `${file}: ${e.message}`);
    onSkipped({ file, line: 1, reason: e.message });
    return;
  }
  yield { article: { id, text }, line: 1 };
}

/** A file-system failure as the error the command reports (exit 2): the path and the reason, no stack. */
function cannotRead(e: unknown, path: string): StoryalignError {
  if (isStoryalignError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file or folder (or a broken link)' : code === 'EACCES' || code === 'EPERM' ? `permission denied (${code})` : code ?? (e as Error).message;
  return new StoryalignError('INVALID_ARGUMENT', `${path}: cannot read: ${reason}`);
}

/** An article and the line of its file it starts on. */
interface Located {
  article: ArticleInput;
  line: number;
}

/**
 * How many articles `paths` hold, counted before they are read (a .txt file is
 * one, a .jsonl file one a line): what the progress line shows while reading.
 */
export function countInputs(paths: string[]): Promise<number> {
  return sumOverFiles(paths, (file) => (extname(file).toLowerCase() === '.jsonl' ? countLines(file) : 1));
}

/** The bytes of the input files: what the heap they need is judged from (see heap-room.ts). */
export function inputBytes(paths: string[]): Promise<number> {
  return sumOverFiles(paths, (file) => statSync(file).size);
}

/**
 * A measure of each input file, summed before any is read. NaN when standard
 * input is among them (it can be read once only, and its length is not known
 * before) or a file cannot be read (reading will say why).
 */
async function sumOverFiles(paths: string[], measure: (file: string) => number | Promise<number>): Promise<number> {
  let sum = 0;
  try {
    for (const file of expand(paths)) {
      if (file === STDIN) return NaN;
      sum += await measure(file);
    }
  } catch {
    return NaN;
  }
  return sum;
}

/** Lines that hold something, read in chunks: a line break ends a line, and so does the end of the file. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let filled = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (filled) lines++;
        filled = false;
      } else if (byte !== 13 && byte !== 32 && byte !== 9) {
        filled = true;
      }
    }
  }
  return lines + (filled ? 1 : 0);
}

function expand(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (p === STDIN) {
      files.push(p);
      continue;
    }
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      throw cannotRead(e, p);
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p);
      } catch (e) {
        throw cannotRead(e, p);
      }
      for (const f of names.filter((name) => /\.(txt|jsonl)$/iu.test(name)).sort()) files.push(join(p, f));
    } else {
      files.push(p);
    }
  }
  return files;
}

/** Articles of JSONL lines, each bad line an error naming `file` and its line (or, with `skipInvalid`, skipped). */
async function* readJsonl(lines: AsyncGenerator<FileLine>, file: string, skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<Located> {
  for (;;) {
    let next: IteratorResult<FileLine>;
    try {
      next = await lines.next();
    } catch (e) {
      throw cannotRead(e, file);
    }
    if (next.done) return;
    const { n } = next.value;
    const line = 'text' in next.value ? next.value.text : '';
    if ('text' in next.value && line.trim() === '') continue;
    let article: ArticleInput;
    try {
      if ('error' in next.value) throw next.value.error;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new StoryalignError('INVALID_INPUT', `not JSON (${(e as Error).message})`);
      }
      article = parseInput(articleInputSchema, value, 'article') as ArticleInput;
    } catch (e) {
      if (!isStoryalignError(e)) throw e;
      if (!skipInvalid) throw new StoryalignError(e.code, `${file}:${n}: ${e.message}`, e.path);
      onSkipped({ file, line: n, reason: e.message });
      continue;
    }
    yield { article, line: n };
  }
}
