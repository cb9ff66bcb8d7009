/**
 * Files to articles: a .txt file is one article (its id is the file name
 * without extension), a .jsonl file is one article a line, a folder is every
 * .txt and .jsonl file in it, in name order. JSONL is read line by line, and
 * articles are handed on as they are read.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { StoryalignError, isStoryalignError } from '../errors.js';
import { articleInputSchema, parseInput } from '../schema.js';
import type { ArticleInput } from '../types.js';
import { hasText } from '../segment/segment-article.js';

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
    const articles = extname(file).toLowerCase() === '.jsonl' ? readJsonl(file, skipInvalid, onSkipped) : readText(file);
    for await (const { article, line } of articles) {
      const first = seen.get(article.id);
      const problem = first !== undefined ? { code: 'DUPLICATE_ID' as const, reason: `id "${article.id}" is already the id of the article at ${first}` }
        : skipInvalid && !hasText(article.text) ? { code: 'EMPTY_TEXT' as const, reason: 'the text has no letter or digit' }
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

/** A .txt file: one article, its id the file name without extension. */
async function* readText(file: string): AsyncGenerator<Located> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new StoryalignError('INVALID_ARGUMENT', `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  yield { article: { id: basename(file, extname(file)), text }, line: 1 };
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
    } catch {
      throw new StoryalignError('INVALID_ARGUMENT', `${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const f of readdirSync(p).filter((name) => /\.(txt|jsonl)$/iu.test(name)).sort()) files.push(join(p, f));
    } else {
      files.push(p);
    }
  }
  return files;
}

async function* readJsonl(file: string, skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<Located> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let article: ArticleInput;
    try {
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
