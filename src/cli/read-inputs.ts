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

export interface SkippedLine {
  file: string;
  line: number;
  reason: string;
}

/** Every article of `paths`, in order, as it is read; a line that is skipped goes to `onSkipped`. */
export async function* eachInput(paths: string[], skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<ArticleInput> {
  for (const file of expand(paths)) {
    if (extname(file).toLowerCase() === '.jsonl') {
      yield* readJsonl(file, skipInvalid, onSkipped);
    } else {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new StoryalignError('INVALID_ARGUMENT', `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      yield { id: basename(file, extname(file)), text };
    }
  }
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

async function* readJsonl(file: string, skipInvalid: boolean, onSkipped: (s: SkippedLine) => void): AsyncGenerator<ArticleInput> {
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
    yield article;
  }
}
