/**
 * An article crossing to another thread leaves its spans' copies of its text
 * behind and is cut again on arrival, keys in the same order.
 */
import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { fromWire, toWire } from '../src/runner/article-wire.js';
import { readArticle } from '../src/pipeline.js';
import { seedArticles } from './seeds.js';

describe('article on the wire', () => {
  it('comes back as it left, to the order of its keys, from a copy less than half the size', () => {
    for (const input of seedArticles()) {
      const { article } = readArticle(input);
      const wire = toWire(article);
      expect(wire.sentences.every((s) => s.text === undefined) && wire.blocks.every((b) => b.text === undefined)).toBe(true);
      expect(JSON.stringify(fromWire(structuredClone(wire)))).toBe(JSON.stringify(article));
      expect(serialize(wire).length * 2).toBeLessThan(serialize(article).length);
    }
  });
});
