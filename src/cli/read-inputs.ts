/**
 * Files to articles: a .txt file is one article (its id is the file name
 * without extension), a .jsonl file is one article a line, a folder is every
 * .txt and .jsonl file in it, in name order. JSONL is read line by line.
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

export async function readInputs(paths: string[], skipInvalid: boolean): Promise<{ articles: ArticleInput[]; skipped: SkippedLine[] }> {
  const articles: ArticleInput[] = [];
  const skipped: SkippedLine[] = [];
  for (const file of expand(paths)) {
    if (extname(file).toLowerCase() === '.jsonl') {
      await readJsonl(file, articles, skipped, skipInvalid);
    } else {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new StoryalignError('INVALID_ARGUMENT', `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      articles.push({ id: basename(file, extname(file)), text });
    }
  }
  return { articles, skipped };
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

async function readJsonl(file: string, articles: ArticleInput[], skipped: SkippedLine[], skipInvalid: boolean): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new StoryalignError('INVALID_INPUT', `not JSON (${(e as Error).message})`);
      }
      articles.push(parseInput(articleInputSchema, value, 'article') as ArticleInput);
    } catch (e) {
      if (!isStoryalignError(e)) throw e;
      if (!skipInvalid) throw new StoryalignError(e.code, `${file}:${n}: ${e.message}`, e.path);
      skipped.push({ file, line: n, reason: e.message });
    }
  }
}
