/**
 * Invariants that must hold for any input, checked on generated documents:
 * offsets reproduce the text, nothing is lost, every sentence is in exactly one
 * bead, every article in exactly one group; a batch keeps every article and
 * no writer cuts a character or splits a row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../src/align/align-sentences.js';
import { groupStories } from '../src/group/group-stories.js';
import { jsonChunks } from '../src/export/json-chunks.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { splitSentences } from '../src/segment/split-sentences.js';
import { LengthCost, lengthProbability, textLength } from '../src/align/length-model.js';
import { stripNoise } from '../src/language/strip-noise.js';
import { CodeUnitClass } from '../src/language/code-units.js';
import { buildCorpus } from '../src/pipeline.js';
import { toHtml, toJsonl, toMoses, toTmx, toTsv } from '../src/index.js';

/** Words and punctuation news text is made of, in several scripts, plus hostile characters. */
const piece = fc.oneof(
  fc.constantFrom('Astana', 'Tiongkok', 'Trung Quốc', 'الصين', '中国', 'ประเทศไทย', 'SCO', '2024-2025', '3/7', 'sembilan', 'Mr.', 'U.S.', '...'),
  fc.constantFrom('. ', '! ', '? ', '؟ ', '。', '\n', '\n\n', ' | ', '(Sumber: X) ', '[iklan_2]', 'Komentar (0)', '"', '«', '\u200f', '\u0000', '\ud800', '  '),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z]{1,10}$/u),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('properties', () => {
  it('splitSentences: offsets reproduce the text, spans are ordered and never overlap', () => {
    fc.assert(fc.property(text, (t) => {
      let last = 0;
      for (const s of splitSentences(t)) {
        expect(t.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
      }
    }), { numRuns: 300 });
  });

  it('segmentArticle: every letter and digit is in a sentence or in a dropped line', () => {
    fc.assert(fc.property(text, (t) => {
      const a = segmentArticle({ id: 'x', text: t });
      const covered = new Uint8Array(t.length);
      for (const span of [...a.sentences, ...a.dropped]) {
        expect(t.slice(span.start, span.end)).toBe(span.text);
        covered.fill(1, span.start, span.end);
      }
      for (let i = 0; i < t.length; i++) {
        if (/[\p{L}\p{N}]/u.test(t[i]!)) expect(covered[i], `character ${i} (${t[i]}) of ${JSON.stringify(t)}`).toBe(1);
      }
    }), { numRuns: 300 });
  });

  it('alignSentences (translation): every index of both sides in exactly one bead, in order, scores in [0, 1]', () => {
    const doc = fc.array(text, { maxLength: 25 });
    fc.assert(fc.property(doc, doc, (source, target) => {
      const beads = alignSentences(source, target);
      expect(beads.flatMap((b) => b.source)).toEqual([...source.keys()]);
      expect(beads.flatMap((b) => b.target)).toEqual([...target.keys()]);
      for (const b of beads) {
        expect(b.source.length + b.target.length).toBeGreaterThan(0);
        expect(b.score).toBeGreaterThanOrEqual(0);
        expect(b.score).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 150 });
  });

  it('alignSentences (comparable): each sentence in at most one pair', () => {
    const doc = fc.array(text, { maxLength: 25 });
    fc.assert(fc.property(doc, doc, (source, target) => {
      const beads = alignSentences(source, target, { mode: 'comparable' });
      const s = beads.flatMap((b) => b.source);
      const t = beads.flatMap((b) => b.target);
      expect(new Set(s).size).toBe(s.length);
      expect(new Set(t).size).toBe(t.length);
    }), { numRuns: 150 });
  });

  it('groupStories: every article in exactly one group', () => {
    const articles = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), text: text.map((t) => `${t} Astana.`) }), { selector: (a) => a.id, maxLength: 12 });
    fc.assert(fc.property(articles, (list) => {
      const groups = groupStories(list);
      expect(groups.flatMap((g) => g.articleIds).sort()).toEqual(list.map((a) => a.id).sort());
    }), { numRuns: 100 });
  });

  it('jsonChunks: the pieces of an object, joined, are JSON.stringify(value, null, 2) and a line break', () => {
    const value = fc.dictionary(fc.string(), fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue(), fc.constant(undefined)));
    fc.assert(fc.property(value, (v) => {
      expect([...jsonChunks(v)].join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
    }), { numRuns: 500 });
  });
});

describe('length term', () => {
  it('LengthCost is -log of lengthProbability (floored at 1e-12) to within its table, and leaves the same delta each time', () => {
    const model = fc.record({ ratio: fc.double({ min: 0.2, max: 5, noNaN: true }), variance: fc.double({ min: 6.8, max: 40, noNaN: true }) });
    fc.assert(fc.property(model, fc.nat(3000), fc.nat(3000), (m, a, b) => {
      const length = new LengthCost(m);
      length.measure(a, b);
      const exact = Math.min(-Math.log(1e-12), -Math.log(Math.max(1e-12, lengthProbability(m, a, b))));
      expect(Math.abs(length.value - exact)).toBeLessThan(0.02 * Math.max(1, exact));
      const { delta, value } = length;
      length.measure(b, a);
      length.measure(a, b);
      expect([length.delta, length.value]).toEqual([delta, value]);
    }), { numRuns: 3000 });
  });
});

describe('code-unit tables', () => {
  // Any code unit, lone surrogates included, and characters beyond the Basic Multilingual Plane.
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }));

  it('textLength counts the code points that are letters, marks or digits, as matching each would (a third each beside Chinese, Japanese or Korean ones)', () => {
    const cjk = fc.string({ unit: fc.constantFrom('中', '国', 'か', 'ナ', '한', '𠀀', '⺀', '々') });
    fc.assert(fc.property(fc.oneof(text, fc.tuple(text, cjk, text).map((parts) => parts.join(''))), (s) => {
      const all = s.match(/[\p{L}\p{M}\p{N}]/gu)?.length ?? 0;
      const syllabic = s.match(/(?=[\p{L}\p{M}\p{N}])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
      expect(textLength(s)).toBe(syllabic === 0 ? all : syllabic + Math.round((all - syllabic) / 3));
    }), { numRuns: 3000 });
  });

  it('CodeUnitClass counts as the pattern matches, and stops at the limit', () => {
    const letters = new CodeUnitClass(/\p{L}/u);
    fc.assert(fc.property(text, fc.nat(40), (s, limit) => {
      const all = s.match(/\p{L}/gu)?.length ?? 0;
      expect(letters.count(s)).toBe(all);
      expect(letters.count(s, limit)).toBe(Math.min(all, limit));
    }), { numRuns: 3000 });
  });

  it('stripNoise turns each run of digits, punctuation, symbols and controls into one space, as the regex does', () => {
    fc.assert(fc.property(text, (s) => {
      expect(stripNoise(s)).toBe(s.replace(/[\p{N}\p{P}\p{S}\p{C}]+/gu, ' '));
    }), { numRuns: 3000 });
  });
});

describe('a batch of any articles through buildCorpus and every writer', () => {
  /** Articles made of the pieces above with no lone surrogate of their own (and some with no letter at all). */
  const wholeCharacters = (t: string) => t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '');
  const empty = fc.constantFrom('', '   ', '. . .', '[ ] ( )', '\n\n');
  const story = fc.constantFrom(
    'Presiden Xi Jinping tiba di Astana pada 2 Juli 2024. SCO hanya beranggotakan sembilan negara.',
    'Ngày 2/7, Chủ tịch Tập Cận Bình tới Astana. SCO chỉ gồm 9 thành viên. 😀 👨‍👩‍👧',
    'President Xi Jinping arrived in Astana on 2 July 2024. The SCO has nine members.',
  );
  const batch = fc.array(fc.oneof(text.map(wholeCharacters), empty, story), { minLength: 1, maxLength: 8 });
  const lonely = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

  it('keeps every article (empty ones set aside), puts no lone surrogate in any output, and writes each row on one line', () => {
    fc.assert(fc.property(batch, (texts) => {
      const inputs = texts.map((t, i) => ({ id: `a${i}`, text: t }));
      const corpus = buildCorpus(inputs);
      expect(corpus.articles.map((a) => a.id)).toEqual(inputs.map((a) => a.id));
      expect(corpus.setAside.map((a) => a.id)).toEqual(inputs.filter((a) => !/[\p{L}\p{N}]/u.test(a.text)).map((a) => a.id));
      expect(corpus.groups.flatMap((g) => g.articleIds).sort()).toEqual(inputs.map((a) => a.id).sort());
      const rows = corpus.alignments.reduce((n, al) => n + al.pairs.length, 0);
      // JSONL writes translation pairs unless comparable ones are asked for; the other writers write both.
      const translationRows = corpus.alignments.reduce((n, al) => n + (al.mode === 'translation' ? al.pairs.length : 0), 0);
      const outputs = { json: JSON.stringify(corpus), jsonl: toJsonl(corpus), jsonlAll: toJsonl(corpus, { comparable: true }), tsv: toTsv(corpus), tmx: toTmx(corpus), html: toHtml(corpus), moses: JSON.stringify(toMoses(corpus)) };
      for (const [name, out] of Object.entries(outputs)) expect(lonely.test(out), name).toBe(false);
      const lines = (s: string) => s.split(/\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/u).length - 1;
      expect([lines(outputs.jsonl), lines(outputs.jsonlAll), lines(outputs.tsv)]).toEqual([translationRows, rows, rows + 1]);
    }), { numRuns: 40, examples: [[['2024-2025 3/7 .  〡', 'a .  2024-2025 3/7', '']]] });
  });
});
