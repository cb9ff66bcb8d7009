/**
 * Anchor keys read once: reading finds an article's entities for grouping and
 * the aligner alike, and the aligner's keys are kept packed until asked for.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keysOf, textsOf } from '../src/align/align-pair.js';
import { anchorKeys } from '../src/align/anchors.js';
import { KeyTable, keptKeys, packSentenceKeys, unpackSentenceKeys } from '../src/align/known-keys.js';
import { readArticle, ReadArticles } from '../src/read-articles.js';
import { unpackStrings } from '../src/entities/packed-strings.js';
import { seedArticles } from './seeds.js';

describe('KeyTable', () => {
  it('gives back every sentence\'s keys as packed, empty sentences included', () => {
    const key = fc.constantFrom('w:garut', 'num:27', 'country:ID', 'l:term:hour', 'date:5-31', 'w:budi');
    fc.assert(fc.property(fc.array(fc.array(fc.array(key, { maxLength: 6 }), { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (articles) => {
      const table = new KeyTable();
      const packed = articles.map((sentences) => table.pack(packSentenceKeys(sentences)));
      articles.forEach((sentences) => expect(unpackSentenceKeys(packSentenceKeys(sentences))).toEqual(sentences));
      packed.forEach((p, k) => expect(table.unpack(p)).toEqual(articles[k]));
    }));
  });
});

describe('keys read with the article', () => {
  it('are the keys the aligner would find on its own, for every seed', () => {
    for (const input of seedArticles()) {
      const read = readArticle(input);
      expect(unpackSentenceKeys(read.keys)).toEqual(anchorKeys(textsOf(read.article), read.article.lang));
      expect(read.keys.keys.ends.length).toBeGreaterThan(0);
    }
  });

  it('are kept for every article read, and the aligner takes them instead of reading again', () => {
    const read = new ReadArticles();
    const articles = seedArticles().map((input) => readArticle(input));
    read.add(articles);
    for (const { article, keys } of articles) {
      expect(keptKeys(article)).toEqual(unpackSentenceKeys(keys));
      expect(keysOf(article)).toEqual(unpackSentenceKeys(keys));
    }
    // An article no reader kept keys for is read by the aligner itself.
    const stranger = readArticle(seedArticles()[0]!).article;
    expect(keptKeys(stranger)).toBeUndefined();
    expect(keysOf(stranger)).toEqual(unpackSentenceKeys(articles[0]!.keys));
  });
});

describe('ReadArticles', () => {
  it('gives each article\'s grouping keys by id when grouping is done, and lets the grouping views and vocabulary go', () => {
    const read = new ReadArticles();
    const articles = seedArticles().map((input) => readArticle(input));
    read.add(articles);
    expect(read.vocabulary.words.length).toBeGreaterThan(0);
    const keysById = read.releaseGrouping();
    expect([...keysById]).toEqual(articles.map((r) => [r.doc.id, unpackStrings(r.doc.keys)]));
    expect([...keysById.values()].flat().length).toBeGreaterThan(0);
    expect(read.docs).toEqual([]);
    expect(read.vocabulary.words).toEqual([]);
    expect(read.prepared).toHaveLength(articles.length);
  });
});
