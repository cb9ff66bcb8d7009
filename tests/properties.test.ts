/**
 * Invariants that must hold for any input, checked on generated documents:
 * offsets reproduce the text, nothing is lost, every sentence is in exactly one
 * bead, every article in exactly one group.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../src/align/align-sentences.js';
import { groupStories } from '../src/group/group-stories.js';
import { jsonChunks } from '../src/export/json-chunks.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { splitSentences } from '../src/segment/split-sentences.js';
import { textLength } from '../src/align/length-model.js';
import { stripNoise } from '../src/language/strip-noise.js';
import { CodeUnitClass } from '../src/language/code-units.js';

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

describe('code-unit tables', () => {
  // Any code unit, lone surrogates included, and characters beyond the Basic Multilingual Plane.
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }));

  it('textLength counts the code points that are letters, marks or digits, as matching each would', () => {
    fc.assert(fc.property(text, (s) => {
      expect(textLength(s)).toBe(s.match(/[\p{L}\p{M}\p{N}]/gu)?.length ?? 0);
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
