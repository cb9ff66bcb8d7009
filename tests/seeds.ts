import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/types.js';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

/** The five seed articles with ids 000..004 (the file name's prefix). */
export function seedArticles(): ArticleInput[] {
  return readdirSync(SEEDS_DIR).sort().map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

export function seed(id: string): ArticleInput {
  return seedArticles().find((a) => a.id === id)!;
}
