/**
 * The realistic mixed input of `bench:corpus`: NTREX (123 stories, each a
 * sentence-by-sentence translation in 12 languages), ViMs (1,950 independent
 * Vietnamese reports of 300 stories) and the five seeds, with no URLs, and the
 * gold that says which articles tell one story and which lines translate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, NTREX_LANGS, articleLines, readLines, readStories, requireBench } from './ntrex.js';

export type Dataset = 'ntrex' | 'vims' | 'seeds';

export interface MixedArticle {
  id: string;
  text: string;
  dataset: Dataset;
  /** The story as the dataset counts it (for NTREX, one source document). */
  story: string;
  /** The real-world event: NTREX documents by different outlets on one event share it (bench/ntrex-events.tsv). */
  event: string;
}

/** NTREX story id → event id, for the stories that report one event with others. */
export function ntrexEvents(): Map<string, string> {
  const out = new Map<string, string>();
  const rows = readFileSync(join(import.meta.dirname, 'ntrex-events.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
  for (const row of rows) {
    const [event, stories] = row.split('\t');
    for (const story of stories!.split(' ')) out.set(story, event!);
  }
  return out;
}

/** The seeds that tell one story (the Kazakhstan visit); 002 and 003 are stories of their own. */
const SEED_STORY: Record<string, string> = { '000': 'sco', '001': 'sco', '004': 'sco', '002': 'belarus', '003': 'xian' };

export function ntrexArticles(langs: readonly string[] = NTREX_LANGS): MixedArticle[] {
  const lines = new Map(langs.map((l) => [l, readLines(l)]));
  const events = ntrexEvents();
  return readStories().filter((s) => langs.includes(s.lang)).map((s) => ({
    id: `ntrex/${s.story}/${s.lang}`,
    text: articleLines(lines.get(s.lang)!, s).join('\n'),
    dataset: 'ntrex' as const,
    story: `ntrex/${s.story}`,
    event: `ntrex/${events.get(s.story) ?? s.story}`,
  }));
}

export function vimsArticles(): MixedArticle[] {
  const dir = join(BENCH_DIR, 'vi-story-clusters');
  requireBench(dir);
  return readFileSync(join(dir, 'articles.jsonl'), 'utf8').trim().split('\n').map((line) => {
    const row = JSON.parse(line) as { id: string; story_id: string; title: string; text: string };
    return { id: row.id, text: `${row.title}\n${row.text}`, dataset: 'vims' as const, story: row.story_id, event: row.story_id };
  });
}

export function seedArticles(): MixedArticle[] {
  const dir = join(import.meta.dirname, '..', 'seeds');
  return readdirSync(dir).sort().map((f) => ({
    id: f.slice(0, 3), text: readFileSync(join(dir, f), 'utf8'), dataset: 'seeds' as const,
    story: `seed/${SEED_STORY[f.slice(0, 3)]}`, event: `seed/${SEED_STORY[f.slice(0, 3)]}`,
  }));
}

/** The whole mix, interleaved the way a crawl delivers it (not sorted by dataset). */
export function mixedArticles(): MixedArticle[] {
  const all = [...ntrexArticles(), ...vimsArticles(), ...seedArticles()];
  // A fixed shuffle: the order of input must not be what holds a story together.
  let state = 20261201;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}
