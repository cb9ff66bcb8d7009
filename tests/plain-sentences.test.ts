/**
 * The one-pass sentence ends must be sentence-splitter's wherever they answer:
 * checked on generated text made of what moves its boundaries (sentence ends,
 * quotes and brackets, abbreviations, initials, ordinals, CJK, line breaks) and
 * on the seeds' paragraphs. Where the splitter is asked, its word lists cut to
 * the words of the text must give what its full lists give.
 */
import fc from 'fast-check';
import { split } from 'sentence-splitter';
import { describe, expect, it } from 'vitest';
import { plainSentenceRanges } from '../src/segment/plain-sentences.js';
import { listsFor } from '../src/segment/split-sentences.js';
import { seedArticles } from './seeds.js';

function splitterRanges(text: string): [number, number][] {
  return split(text).filter((node) => node.type === 'Sentence').map((node) => [node.range[0], node.range[1]]);
}

const atom = fc.constantFrom(
  'a', 'Bc', 'kata', 'Xi', ' ', '  ', '\t', '\u00a0', '\n', '\r\n', '.', '. ', '?', '!', '。', '．', '？', '！', '...', 'x.y', '3.5',
  '"', '(', ')', '[', ']', '{', '}', '「', '」', '（', '）', '《', '》', '【', '】', '“', '”',
  '漢', '字', 'ひ', 'カ', '한', '😀', '\ud800', 'Ü', 'ß',
  'Mr.', 'mr.', 'Dr', 'U.S.A.', 'u.s.', '10.', 'J.', 'Yahoo!', 'etc.', 'e.g.', 'Inc.',
);
const text = fc.array(atom, { maxLength: 40 }).map((parts) => parts.join(''));

describe('plainSentenceRanges', () => {
  it("gives sentence-splitter's ranges whenever it answers", () => {
    let answered = 0;
    fc.assert(fc.property(text, (t) => {
      const plain = plainSentenceRanges(t);
      if (plain === undefined) return;
      answered++;
      expect(plain).toEqual(splitterRanges(t));
    }), { numRuns: 3000 });
    // Most generated texts hold no abbreviation before a sentence end: the property is not vacuous.
    expect(answered).toBeGreaterThan(1000);
  });

  it("gives sentence-splitter's ranges on every seed paragraph, answering for most of them", () => {
    const paragraphs = seedArticles().flatMap((a) => a.text.split('\n')).filter((p) => p.trim());
    const answered = paragraphs.filter((p) => plainSentenceRanges(p) !== undefined);
    for (const p of answered) expect(plainSentenceRanges(p)).toEqual(splitterRanges(p));
    expect(answered.length).toBeGreaterThan(paragraphs.length * 0.8);
  });

  it('splits at sentence ends, not inside quotes and brackets, and not at a full stop before a letter', () => {
    expect(plainSentenceRanges('Satu. Dua? Tiga!')).toEqual([[0, 5], [6, 10], [11, 16]]);
    expect(plainSentenceRanges('Ia berkata "Pergi. Sekarang." lalu diam.')).toEqual([[0, 40]]);
    expect(plainSentenceRanges('Nilai 3.5 naik. Lalu turun')).toEqual([[0, 15], [16, 26]]);
    expect(plainSentenceRanges('中国。日本')).toEqual([[0, 3], [3, 5]]);
  });

  it('leaves to sentence-splitter a sentence end its abbreviation lists or patterns could cancel', () => {
    expect(plainSentenceRanges('Mr. Smith came.')).toBeUndefined();
    expect(plainSentenceRanges('Am 10. Mai kam er.')).toBeUndefined();
    expect(plainSentenceRanges('George W. Bush spoke.')).toBeUndefined();
    expect(plainSentenceRanges('He went to the U.S.A. yesterday.')).toBeUndefined();
    expect(plainSentenceRanges('She uses Yahoo! every day.')).toBeUndefined();
    // An abbreviation that holds no sentence end changes nothing.
    expect(plainSentenceRanges('Dr Smith came.')).toEqual([[0, 14]]);
  });
});

describe('listsFor', () => {
  const asked = (t: string) => split(t, listsFor(t)).filter((node) => node.type === 'Sentence').map((node) => [node.range[0], node.range[1]]);
  const cased = fc.array(fc.oneof(atom, fc.constantFrom('MR.', 'Etc.', 'INC.', 'YAHOO!', 'e.G.', 'İnc.', 'Σ.', 'A.M.', 'a.m.', 'Prof.', 'St.', 'vs.', 'No.', 'ǃXũ', 'Yum!')), { maxLength: 40 })
    .map((parts) => parts.join(''));
  it("gives sentence-splitter the same sentences as its full word lists, in any case", () => {
    fc.assert(fc.property(cased, (t) => {
      expect(asked(t)).toEqual(splitterRanges(t));
    }), { numRuns: 3000 });
    for (const p of seedArticles().flatMap((a) => a.text.split('\n'))) expect(asked(p)).toEqual(splitterRanges(p));
  });

  it('keeps only the listed words the text holds, whatever their case', () => {
    const { language } = listsFor('Ông Smith, CEO của Acme INC. đến ngày 3 APR. cùng DR. Lee.').AbbrMarker!;
    expect(language!.ABBREVIATIONS).toEqual(expect.arrayContaining(['Inc.', 'Apr.']));
    expect(language!.PREPOSITIVE_ABBREVIATIONS).toEqual(expect.arrayContaining(['Dr.']));
    expect(language!.ABBREVIATIONS.length + language!.PREPOSITIVE_ABBREVIATIONS.length).toBeLessThan(12);
    expect(language!.EXCLAMATION_WORDS).toEqual([]);
  });
});
