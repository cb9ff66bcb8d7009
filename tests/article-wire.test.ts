/**
 * An article crossing to another thread leaves its spans' copies of its text
 * behind and is cut again on arrival, keys in the same order; alignments to
 * check cross with each article once and without their sentence pairs.
 */
import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { fromWire, toWire } from '../src/runner/article-wire.js';
import { fromCheckTask, toCheckTask, withoutPairs, withPairs } from '../src/runner/alignment-wire.js';
import { alignPair } from '../src/align/align-pair.js';
import { readingOf } from '../src/align/pair-jobs.js';
import type { Article } from '../src/types.js';
import { readArticle } from '../src/read-articles.js';
import { seedArticles } from './seeds.js';

describe('article on the wire', () => {
  it('comes back as it left, to the order of its keys, from a copy less than half the size', () => {
    // Besides the seeds: a paragraph in another language than its article (a block with its own
    // `lang`) and a dropped line, so every kind of span crosses.
    const mixed = {
      id: 'mixed',
      text: 'Banjir melanda Garut\n\nHujan deras sejak Senin malam membuat sungai meluap dan merendam ratusan rumah warga di tiga kecamatan.\n\nThe government said on Tuesday that more than two hundred families had been moved to safer ground.\n\n[iklan_2]\n\nPetugas masih mendata kerugian akibat banjir tersebut.',
    };
    const { article: sample } = readArticle(mixed);
    expect(sample.blocks.some((b) => b.lang === 'eng') && sample.dropped.length > 0).toBe(true);
    for (const input of [...seedArticles(), mixed]) {
      const { article } = readArticle(input);
      const wire = toWire(article);
      expect(wire.sentences.every((s) => s.text === undefined) && wire.blocks.every((b) => b.text === undefined)).toBe(true);
      expect(JSON.stringify(fromWire(structuredClone(wire)))).toBe(JSON.stringify(article));
      // A seed is a full news article; the short sample's spans are mostly their own fields.
      if (input !== mixed) expect(serialize(wire).length * 2).toBeLessThan(serialize(article).length);
    }
  });
});

describe('alignments on the wire', () => {
  it('come back as they left, each article once and shared by its items, from a copy under half the size', () => {
    const articles = seedArticles().map((input) => readArticle(input).article);
    const [a, b, c] = articles as [Article, Article, Article];
    const items = [[a, b], [a, c], [b, c]].map(([source, target]) => ({ source: source!, target: target!, alignment: alignPair(source!, target!, 'translation') }));
    // A pair job's alignment comes back without its sentence pairs and is whole again with its articles.
    for (const { source, target, alignment } of items) expect(JSON.stringify(withPairs(structuredClone(withoutPairs(alignment)), source, target))).toBe(JSON.stringify(alignment));
    const task = toCheckTask(items, readingOf);
    expect(task.articles).toHaveLength(3);
    const back = fromCheckTask(structuredClone(task));
    expect(JSON.stringify(back.items)).toBe(JSON.stringify(items));
    expect(back.items[0]!.source).toBe(back.items[1]!.source);
    expect([...back.readings.keys()]).toEqual([back.items[0]!.source, back.items[0]!.target, back.items[1]!.target]);
    expect(JSON.stringify([...back.readings.values()])).toBe(JSON.stringify([a, b, c].map(readingOf)));
    expect(serialize(task).length * 2).toBeLessThan(serialize({ items, readings: new Map([a, b, c].map((x) => [x, readingOf(x)])) }).length);
  });
});
