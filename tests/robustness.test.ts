/**
 * Hostile input: every public door ends in a result or a StoryalignError, in
 * bounded time (the suite's timeout is the guard; speed itself is measured by
 * `npm run bench:probes`, not here). Inputs are sized so that a regular
 * expression with quadratic behaviour would not finish.
 */
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alignSentences, buildCorpus, checkCoverage, detectLanguage, extractEntities, groupStories, isStoryalignError,
  parseArticle, splitSentences, toTmx,
} from '../src/index.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { seedArticles } from './seeds.js';

const HOSTILE: [string, string][] = [
  ['control characters and NUL', 'Abc\u0000def\u0001\u0007 ghi.\u001b[31m Red.\u0000'],
  ['lone surrogates', 'Astana \ud800 tiba \udc00 di Kazakhstan.\ud83d'],
  ['bidirectional and invisible marks', '\u202eKazakhstan\u202c \u200fتعليق\u200e \ufeffSCO\u2066 2024\u2069. \u200b\u200c\u200d'],
  ['200,000 dots', '.'.repeat(200_000)],
  ['a million spaces', `${' '.repeat(1_000_000)}Akhir.`],
  ['a million newlines', `${'\n'.repeat(1_000_000)}Akhir.`],
  ['50,000 nested brackets', `${'('.repeat(25_000)}[iklan]${')'.repeat(25_000)} ${'['.repeat(50_000)}`],
  ['100,000-character URLs', `Sumber: https://example.com/${'a'.repeat(100_000)}\nLain https://x.id/${'%'.repeat(100_000)}`],
  ['capitalised words and no full stop', 'Kazakhstan Astana Tokayev '.repeat(20_000)],
  ['digits and separators', `${'1.'.repeat(100_000)} ${'2/'.repeat(100_000)} ${'3-'.repeat(50_000)}`],
  ['one 200,000-letter word', 'a'.repeat(200_000)],
  ['at-signs', `${'x@'.repeat(100_000)} ${'a'.repeat(50_000)}@${'b'.repeat(50_000)}`],
  ['repeated source words', 'Sumber: '.repeat(50_000)],
  ['repeated comment counters', 'Komentar (0)\n'.repeat(50_000)],
  ['pipes and credits', '(Sumber: X) | '.repeat(50_000)],
];

function settles(fn: () => unknown): 'ok' | string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (isStoryalignError(e)) return e.code;
    throw e;
  }
}

describe('hostile input', () => {
  for (const [name, text] of HOSTILE) {
    it(`survives ${name}`, () => {
      expect(settles(() => detectLanguage(text))).toBe('ok');
      expect(settles(() => parseArticle({ id: 'x', text }))).toBe('ok');
      expect(settles(() => extractEntities(text))).toBe('ok');
      const spans = splitSentences(text);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(settles(() => toTmx(buildCorpus([{ id: 'x', text }, { id: 'y', text: 'Presiden tiba di Astana pada 2 Juli 2024.' }])))).toBe('ok');
    });
  }

  it('keeps going past articles with nothing to read: each stays as und with no sentences and is set aside, the rest are aligned', () => {
    const story = seedArticles();
    const empties = ['', ' \t\n\r\n ', '. . . . !!!', '[ ] ( ) ---'];
    const corpus = buildCorpus([...empties.map((text, i) => ({ id: `empty${i}`, text })), ...story]);
    const alone = buildCorpus(story);
    expect(corpus.setAside.map((a) => [a.id, a.index, a.code])).toEqual(empties.map((_, i) => [`empty${i}`, i, 'EMPTY_TEXT']));
    for (const [i, text] of empties.entries()) {
      const article = corpus.articles[i]!;
      expect([article.id, article.lang, article.sentences.length]).toEqual([`empty${i}`, 'und', 0]);
      // Nothing is lost: every line of it is listed as dropped, with offsets into the text.
      expect(article.dropped.map((d) => d.text).join(' ')).toBe(text.trim().split(/\s+/u).filter(Boolean).join(' '));
      for (const d of article.dropped) expect([text.slice(d.start, d.end), d.reason]).toEqual([d.text, 'no-text']);
      expect(corpus.groups.filter((g) => g.articleIds.includes(`empty${i}`)).map((g) => g.articleIds)).toEqual([[`empty${i}`]]);
      expect(detectLanguage(text).lang).toBe('und');
    }
    expect(corpus.alignments).toEqual(alone.alignments);
  });

  it('aligns two 20,000-sentence documents, covering every sentence once', () => {
    const doc = (w: string) => Array.from({ length: 20_000 }, (_, i) => `${w} nomor ${i} di Astana pada ${(i % 28) + 1} Juli.`);
    const beads = alignSentences(doc('Kalimat'), doc('Câu'), { sourceLang: 'ind', targetLang: 'vie' });
    expect(beads.flatMap((b) => b.source)).toEqual([...Array(20_000).keys()]);
    expect(beads.flatMap((b) => b.target)).toEqual([...Array(20_000).keys()]);
  });
});

/** Any UTF-16 code unit, lone surrogates included: what scraped text can hold. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((units) => String.fromCharCode(...units));

describe('fuzzing the article parser and the segmenter on random Unicode', () => {
  it('never crashes, and every span reproduces the text', () => {
    fc.assert(fc.property(codeUnits, (text) => {
      const parsed = parseArticle({ id: 'x', text });
      for (const b of [...parsed.blocks, ...parsed.dropped]) expect(text.slice(b.start, b.end)).toBe(b.text);
      const article = segmentArticle({ id: 'x', text });
      for (const s of article.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      const corpus = buildCorpus([{ id: 'x', text }]);
      expect(corpus.setAside.length).toBe(/[\p{L}\p{N}]/u.test(text) ? 0 : 1);
    }), { numRuns: 300 });
  });
});

/** Sentences to build documents from: NTREX when it is beside the project, else the seeds. */
function sentencePool(): string[] {
  const ntrex = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'ntrex', 'ind.txt');
  if (existsSync(ntrex)) {
    return readFileSync(ntrex, 'utf8').split(/\r?\n/u).filter(Boolean).slice(0, 400);
  }
  return seedArticles().flatMap((a) => segmentArticle(a).sentences.map((s) => s.text));
}

describe('documents with random merges, drops and insertions', () => {
  const pool = sentencePool();
  const edits = fc.array(fc.record({ op: fc.constantFrom('keep', 'merge', 'drop', 'insert'), pick: fc.nat() }), { minLength: 1, maxLength: 40 });

  it('translation mode covers every sentence of both sides exactly once, and coverage adds up', () => {
    fc.assert(fc.property(edits, (ops) => {
      const source: string[] = [];
      const target: string[] = [];
      for (const { op, pick } of ops) {
        const s = pool[pick % pool.length]!;
        if (op === 'keep') { source.push(s); target.push(s); }
        if (op === 'merge') { source.push(s, pool[(pick + 1) % pool.length]!); target.push(`${s} ${pool[(pick + 1) % pool.length]!}`); }
        if (op === 'drop') source.push(s);
        if (op === 'insert') target.push(s);
      }
      const beads = alignSentences(source, target, { sourceLang: 'ind', targetLang: 'ind' });
      expect(beads.flatMap((b) => b.source)).toEqual([...source.keys()]);
      expect(beads.flatMap((b) => b.target)).toEqual([...target.keys()]);
      if (source.length && target.length) {
        const report = checkCoverage({ id: 's', text: source.join('\n'), lang: 'ind' }, { id: 't', text: target.join('\n'), lang: 'ind' });
        expect(report.ratio.sentences).toBeGreaterThanOrEqual(0);
        expect(report.ratio.sentences).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 60 });
  });

  it('puts every article in exactly one group, whatever the mix', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 15 }), (docs) => {
      const articles = docs.map((picks, i) => ({ id: `a${i}`, text: picks.map((p) => pool[p % pool.length]!).join('\n') }));
      const groups = groupStories(articles);
      expect(groups.flatMap((g) => g.articleIds).sort()).toEqual(articles.map((a) => a.id).sort());
    }), { numRuns: 60 });
  });
});

describe('input order', () => {
  it('never changes which version of a pair is the source: the pairs of a shuffled input are the same', () => {
    const articles = seedArticles();
    const pairsOf = (list: typeof articles) => buildCorpus(list).alignments
      .map((al) => `${al.source}>${al.target} ${al.mode} ${al.pairs.map((p) => `${p.sourceSentences.join('+')}:${p.targetSentences.join('+')}`).join(' ')}`)
      .sort();
    const expected = pairsOf(articles);
    fc.assert(fc.property(fc.shuffledSubarray(articles, { minLength: articles.length, maxLength: articles.length }), (shuffled) => {
      expect(pairsOf(shuffled)).toEqual(expected);
    }), { numRuns: 6 });
  });
});
