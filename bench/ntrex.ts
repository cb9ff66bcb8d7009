/**
 * Reads NTREX-128 from ../shared/bench/ntrex/ (beside the project; never
 * shipped): line-aligned sentence files, the article id of every line, and the
 * story table with each article's line range and headline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_DIR = join(import.meta.dirname, '..', '..', 'shared', 'bench');
export const NTREX_DIR = join(BENCH_DIR, 'ntrex');
export const NTREX_LANGS = ['arb', 'cmn', 'eng', 'fra', 'ind', 'khm', 'mya', 'spa', 'tgl', 'tha', 'vie', 'zsm'] as const;

export interface NtrexStory {
  story: string;
  lang: string;
  first: number;
  last: number;
  headline: string;
}

export function requireBench(dir: string): void {
  if (!existsSync(dir)) {
    console.error(`benchmark data not found at ${dir}; it lives in ../shared/bench/ beside the project`);
    process.exit(2);
  }
}

export function readLines(lang: string): string[] {
  requireBench(NTREX_DIR);
  return readFileSync(join(NTREX_DIR, `${lang}.txt`), 'utf8').replace(/\r/gu, '').replace(/\n$/u, '').split('\n');
}

export function readStories(): NtrexStory[] {
  requireBench(NTREX_DIR);
  return readFileSync(join(NTREX_DIR, 'stories.tsv'), 'utf8').replace(/\r/gu, '').trim().split('\n').slice(1).map((row) => {
    const [story, lang, first, last, headline] = row.split('\t');
    return { story: story!, lang: lang!, first: Number(first), last: Number(last), headline: headline ?? '' };
  });
}

/** The sentences of one article (1-based inclusive line range), headline first. */
export function articleLines(lines: string[], s: NtrexStory): string[] {
  return lines.slice(s.first - 1, s.last);
}

/**
 * Every NTREX story's lines in any language, read once per language, and a
 * line of another story in one language drawn with `random` (headlines
 * skipped): what the seeded pair generators of the benchmarks share.
 */
export function storyLines(random: () => number): {
  ids: string[];
  lines: (lang: string, id: string) => string[];
  foreign: (lang: string, id: string) => string;
} {
  const stories = readStories();
  const byLang = new Map<string, string[]>();
  const get = (lang: string) => {
    if (!byLang.has(lang)) byLang.set(lang, readLines(lang));
    return byLang.get(lang)!;
  };
  const lines = (lang: string, id: string) => articleLines(get(lang), stories.find((s) => s.story === id && s.lang === lang)!);
  const foreign = (lang: string, id: string) => {
    const others = stories.filter((s) => s.lang === lang && s.story !== id);
    const o = articleLines(get(lang), others[Math.floor(random() * others.length)]!);
    return o[1 + Math.floor(random() * (o.length - 1))] ?? o[0]!;
  };
  return { ids: [...new Set(stories.map((s) => s.story))], lines, foreign };
}

/** A small seeded generator (mulberry32), so perturbed benchmarks are the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The line (0-based) of `text` that each offset in `starts` falls on. */
export function linesOf(text: string, starts: number[]): number[] {
  const breaks = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') breaks.push(k + 1);
  return starts.map((s) => {
    let line = 0;
    while (line + 1 < breaks.length && breaks[line + 1]! <= s) line++;
    return line;
  });
}
