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
import { decodeText, fileLines, type FileLine } from './decode-text.js';

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
export async function* eachInput(paths: string[], skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<ArticleInput> {
  const seen = new Map<string, string>();
  for (const file of expand(paths)) {
    const articles = extname(file).toLowerCase() === '.jsonl' ? readJsonl(file, skipInvalid, onSkipped) : readText(file, skipInvalid, onSkipped);
    for await (const { article, line } of articles) {
      const first = seen.get(article.id);
      const problem = first !== undefined ? { code: 'DUPLICATE_ID' as const, reason: `id "${article.id}" is already the id of the article at ${first}` }
        : skipInvalid && !hasText(article.text) ? { code: 'EMPTY_TEXT' as const, reason: NO_TEXT_REASON }
        : undefined;
      if (problem) {
        if (!skipInvalid) throw new StoryalignError(problem.code, `${file}:${line}: ${problem.reason}`);
        onSkipped({ file, line, reason: problem.reason });
        continue;
      }
      seen.set(article.id, `${file}:${line}`);
      yield article;
    }
  }
}

/** A .txt file: one article, its id the file name without extension; text that cannot be decoded is skipped with `skipInvalid`. */
async function* readText(file: string, skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<Located> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw cannotRead(e, file);
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (e) {
    if (!isStoryalignError(e)) throw e;
    if (!skipInvalid) throw new StoryalignError(e.code, `${file}: ${e.message}`);
    onSkipped({ file, line: 1, reason: e.message });
    return;
  }
  yield { article: { id: basename(file, extname(file)), text }, line: 1 };
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
 * NaN when a file cannot be read; reading will say why.
 */
export async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  try {
    for (const file of expand(paths)) n += extname(file).toLowerCase() === '.jsonl' ? await countLines(file) : 1;
  } catch {
    return NaN;
  }
  return n;
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

async function* readJsonl(file: string, skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<Located> {
  const lines = fileLines(file);
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
