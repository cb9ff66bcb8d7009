/**
 * Golden fixture: the whole corpus built from the seeds, as JSON. When a change
 * to the output is intended, rewrite it with `npm run fixtures:update` and
 * review the diff of fixtures/seeds-corpus.json like any other change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/pipeline.js';
import { seedArticles } from './seeds.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'seeds-corpus.json');

describe('golden fixture of the seed corpus', () => {
  it('matches fixtures/seeds-corpus.json', () => {
    const actual = `${JSON.stringify(buildCorpus(seedArticles()), null, 2)}\n`;
    if (process.env.UPDATE_FIXTURES === '1' || !existsSync(FIXTURE)) {
      if (process.env.CI && !existsSync(FIXTURE)) throw new Error(`${FIXTURE} is missing; run npm run fixtures:update`);
      writeFileSync(FIXTURE, actual);
    }
    expect(actual).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const a = JSON.stringify(buildCorpus(seedArticles()));
    const b = JSON.stringify(buildCorpus(seedArticles()));
    expect(a).toBe(b);
  });
});
