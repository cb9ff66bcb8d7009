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
