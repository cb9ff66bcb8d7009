import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK, splitSentences } from '../src/segment/split-sentences.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { seed, seedArticles } from './seeds.js';

describe('splitSentences', () => {
  it('splits two sentences on one line', () => {
    const line = seed('004').text.split('\n')[1]!;
    const spans = splitSentences(line);
    expect(spans).toHaveLength(2);
    expect(spans[1]!.text.startsWith('The presidential plane')).toBe(true);
  });

  it('does not split inside a space before the full stop and keeps the next sentence', () => {
    const spans = splitSentences('SCO hanya beranggotakan sembilan negara, dengan populasi sekitar separuh dunia . Tahun ini, Belarus diperkirakan akan diterima.');
    expect(spans.map((s) => s.text)).toEqual([
      'SCO hanya beranggotakan sembilan negara, dengan populasi sekitar separuh dunia .',
      'Tahun ini, Belarus diperkirakan akan diterima.',
    ]);
  });

  it('keeps a photo credit in parentheses with its sentence', () => {
    const spans = splitSentences('Logo SCO di Astana, pada 3-4 Juli. (Sumber: Kazinform)');
    expect(spans).toHaveLength(1);
  });

  it('splits at the Arabic question mark', () => {
    expect(splitSentences('هل وصل الرئيس؟ نعم وصل.').map((s) => s.text)).toEqual(['هل وصل الرئيس؟', 'نعم وصل.']);
  });

  it('returns offsets that reproduce the text', () => {
    const text = '  First one.  Second one!\nThird?  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('segmentArticle', () => {
  it('keeps a caption with no final period apart from the paragraph after it', () => {
    const a = segmentArticle(seed('000'));
    expect(a.sentences[1]!.kind).toBe('caption');
    expect(a.sentences[1]!.text.endsWith('(Sumber: Kazinform)')).toBe(true);
    expect(a.sentences[2]!.text.startsWith('Dalam sebuah artikel')).toBe(true);
  });

  it('keeps the title line, with no final period, apart from the first paragraph', () => {
    const a = segmentArticle(seed('001'));
    expect(a.sentences[0]).toMatchObject({ kind: 'title', text: 'Chủ tịch Trung Quốc Tập Cận Bình thăm chính thức Kazakhstan' });
    expect(a.sentences[1]!.text.startsWith('Ngày 2/7')).toBe(true);
  });

  it('gives every sentence offsets into the original text', () => {
    for (const input of seedArticles()) {
      const a = segmentArticle(input);
      for (const s of a.sentences) expect(input.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('never makes a sentence of boilerplate or a source line', () => {
    const all = seedArticles().flatMap((a) => segmentArticle(a).sentences.map((s) => s.text));
    for (const bad of ['[iklan_2]', 'Komentar (0)', '[إعلان رقم 2]', 'تعليق (0)', 'مصدر']) expect(all).not.toContain(bad);
    expect(all.some((s) => /^(Sumber|Nguồn TG&VN):/u.test(s))).toBe(false);
  });

  it('keeps the byline, marked', () => {
    const a = segmentArticle(seed('001'));
    expect(a.sentences[a.sentences.length - 1]).toMatchObject({ kind: 'byline', text: 'Bảo Minh' });
  });

  it('counts the eleven content sentences of 000', () => {
    expect(segmentArticle(seed('000')).sentences).toHaveLength(11);
  });
});

describe('segmentArticle, languages inside an article', () => {
  it('marks a paragraph left in another language and lets the rest inherit', () => {
    const a = segmentArticle({
      id: 'x',
      text: [
        'Presiden Tiongkok Xi Jinping tiba di Astana pada hari Selasa untuk menghadiri pertemuan puncak regional.',
        'The visit will strengthen cooperation between the two countries, the spokesperson said on Monday.',
        'Pemerintah Kazakhstan menyambut kunjungan tersebut dengan upacara resmi di bandara.',
      ].join('\n'),
    });
    expect(a.lang).toBe('ind');
    expect(a.sentences.map((s) => s.lang)).toEqual(['ind', 'eng', 'ind']);
    expect(a.blocks[1]!.lang).toBe('eng');
    expect(a.blocks[0]!.lang).toBeUndefined();
  });

  it('leaves a paragraph plainly in its article\'s language to it, whatever names it carries', () => {
    // Detection alone read this Tagalog sentence, half English names, as English; its Tagalog function words settle it.
    const tgl = segmentArticle({
      id: 'x',
      text: [
        'Inilathala ng pamahalaan ng Tsina ang bagong plano para sa mga paaralan at mga ospital sa buong bansa.',
        'Inilathala ng State Council ng China ang Next Generation Artificial Intelligence Development Plan.',
        'Sinabi ng mga opisyal na ito ay magsisimula sa susunod na taon at tatagal ng limang taon.',
      ].join('\n'),
    });
    expect(tgl.lang).toBe('tgl');
    expect(tgl.blocks.every((b) => b.lang === undefined)).toBe(true);
  });

  it('leaves a line of names to its article, and marks a title written in another language', () => {
    // Detection alone read each names line as English or Javanese (a line of footballers is no language);
    // nothing in them but the names points away from Vietnamese, so they inherit it.
    const lines = (middle: string) => segmentArticle({
      id: 'x',
      text: ['Đội tuyển Anh đã công bố danh sách cầu thủ tham dự giải đấu vào chiều thứ Hai.', middle, 'Huấn luyện viên cho biết đội sẽ tập trung vào tuần tới.'].join('\n'),
    }).blocks.map((b) => b.lang);
    expect(lines('Thủ môn: Wayne Hennessey, Danny Ward, Owain Fon Williams.')).toEqual([undefined, undefined, undefined]);
    expect(lines('Crystal Palace: Hennessey, Ward, Dann, Delaney, Souare, Jedinak, Cabaye, Zaha, McArthur')).toEqual([undefined, undefined, undefined]);
    // English function words (of, the, than) lead this one's words: detection is asked, and names English.
    expect(lines('Album of the year: The Weeknd, Beauty Behind The Madness')).toEqual([undefined, 'eng', undefined]);
  });

  it('never marks a short headline as another language', () => {
    const a = segmentArticle({ id: 'x', text: 'Xi Jinping di Astana\n\nPresiden Tiongkok Xi Jinping tiba di Astana pada hari Selasa untuk menghadiri pertemuan.' });
    expect(a.sentences.every((s) => s.lang === 'ind')).toBe(true);
  });
});

describe('closing marks after the last sentence', () => {
  it('keeps a closing quote with its sentence instead of making it a sentence of its own', () => {
    expect(splitSentences('Dia bertanya, “Apa itu?”').map((s) => s.text)).toEqual(['Dia bertanya, “Apa itu?”']);
    expect(splitSentences('L’eau propre est rare. »').map((s) => s.text)).toEqual(['L’eau propre est rare. »']);
    expect(splitSentences('Hujan turun. Lalu reda. »').map((s) => s.text)).toEqual(['Hujan turun.', 'Lalu reda. »']);
  });

  it('gives a line with no inner full stop as one sentence, offsets exact', () => {
    const text = '  Presiden tiba di Astana pada hari Selasa  ';
    const [only, ...rest] = splitSentences(text);
    expect(rest).toEqual([]);
    expect(text.slice(only!.start, only!.end)).toBe('Presiden tiba di Astana pada hari Selasa');
  });
});

describe('splitSentences on long runs without spaces', () => {
  /** A lone surrogate in a sentence: a character cut in two. */
  const cutCharacter = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.test(s);

  it('never cuts inside a character, an emoji with its modifiers or a letter with its marks', () => {
    const pieces = fc.constantFrom('a', 'b', '😀', '👍🏽', '👨‍👩‍👧', 'e\u0301', 'e\u0323\u0302', '中');
    // The pieces sit where the text is cut for the splitter (CHUNK characters in), with nothing better to cut at.
    fc.assert(fc.property(fc.integer({ min: CHUNK - 60, max: CHUNK }), fc.array(pieces, { minLength: 50, maxLength: 400 }), (lead, tail) => {
      const text = `x. ${'a'.repeat(lead)}${tail.join('')}${'b'.repeat(CHUNK + 5_000)}`;
      const spans = splitSentences(text);
      for (const s of spans) {
        expect(cutCharacter(s.text)).toBe(false);
        expect(/^\p{M}|^[\u200d\u{1f3fb}-\u{1f3ff}]/u.test(s.text)).toBe(false);
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }), { numRuns: 40 });
    const emoji = `x. ${'a'.repeat(CHUNK - 3)}😀${'b'.repeat(30_000)}`;
    expect(splitSentences(emoji).some((s) => s.text.includes('😀'))).toBe(true);
  });
});
