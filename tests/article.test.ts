import { describe, expect, it } from 'vitest';
import { publishedTime } from '../src/article/published-time.js';
import { parseArticle } from '../src/article/parse-article.js';
import { seed, seedArticles } from './seeds.js';

describe('parseArticle', () => {
  it('drops ad markers, comment counters and source lines, with the reason', () => {
    const dropped = seedArticles().flatMap((a) => parseArticle(a).dropped.map((d) => `${d.reason}:${d.text}`));
    expect(dropped).toContain('ad-marker:[iklan_2]');
    expect(dropped).toContain('comment-counter:Komentar (0)');
    expect(dropped).toContain('ad-marker:[إعلان رقم 2]');
    expect(dropped).toContain('comment-counter:تعليق (0)');
    expect(dropped).toContain('source-line:مصدر');
    expect(dropped.some((d) => d.startsWith('source-line:Sumber: https://baoquocte.vn/'))).toBe(true);
    expect(dropped.some((d) => d.startsWith('source-line:Nguồn TG&VN: https://baoquocte.vn/'))).toBe(true);
  });

  it('takes for boilerplate only what is: a source word naming a source, the comment word with a count, an ad word in brackets', () => {
    const content = ['Quelle surprise!', 'Source code', 'Sumber Waras.', 'Joko Widodo (2014)', 'Piala Dunia (2022)', '[Cập nhật lúc 10:30]'];
    for (const line of content) expect(parseArticle({ id: 'x', text: `${line}\n\nPresiden tiba di Astana.` }).dropped).toEqual([]);
    const boilerplate = { 'Bình luận (12)': 'comment-counter', 'Comments (3)': 'comment-counter', '[Advertisement]': 'ad-marker', '[ad_1]': 'ad-marker', 'Source:': 'source-line', 'https://www.who.int/': 'source-line' };
    for (const [line, reason] of Object.entries(boilerplate)) {
      expect(parseArticle({ id: 'x', text: `Presiden tiba di Astana.\n\n${line}` }).dropped.map((d) => [d.text, d.reason])).toEqual([[line, reason]]);
    }
  });

  it('keeps no boilerplate in the blocks', () => {
    for (const a of seedArticles()) {
      for (const b of parseArticle(a).blocks) {
        expect(b.text).not.toMatch(/^(\[iklan_2\]|Komentar \(0\)|\[إعلان رقم 2\]|تعليق \(0\)|مصدر|Sumber:|Nguồn TG&VN:)/u);
      }
    }
  });

  it('keeps source URLs as metadata', () => {
    expect(parseArticle(seed('000')).sourceUrls).toEqual(['https://baoquocte.vn/chu-tich-trung-quoc-tap-can-binh-tham-chinh-thuc-kazakhstan-277163.html']);
    expect(parseArticle(seed('001')).sourceUrls).toEqual(parseArticle(seed('000')).sourceUrls);
    expect(parseArticle(seed('004')).sourceUrls).toEqual([]);
  });

  it('marks the title, captions and the byline of the Vietnamese article', () => {
    const blocks = parseArticle(seed('001')).blocks;
    expect(blocks[0]).toMatchObject({ kind: 'title', text: 'Chủ tịch Trung Quốc Tập Cận Bình thăm chính thức Kazakhstan' });
    expect(blocks.filter((b) => b.kind === 'caption')).toHaveLength(2);
    expect(blocks[blocks.length - 1]).toMatchObject({ kind: 'byline', text: 'Bảo Minh' });
    expect(parseArticle(seed('001')).title).toBe(blocks[0]!.text);
  });

  it('marks a caption by its trailing pipe and leaves the pipe out of the text', () => {
    const caption = parseArticle(seed('000')).blocks[1]!;
    expect(caption.kind).toBe('caption');
    expect(caption.text.endsWith('(Sumber: Kazinform)')).toBe(true);
  });

  it('gives a first line that ends a sentence no title', () => {
    expect(parseArticle(seed('000')).blocks[0]!.kind).toBe('paragraph');
    expect(parseArticle(seed('004')).title).toBeUndefined();
  });

  it('keeps exact offsets into the original text', () => {
    for (const a of seedArticles()) {
      const p = parseArticle(a);
      for (const span of [...p.blocks, ...p.dropped]) expect(a.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('strips a bullet mark but keeps the paragraph', () => {
    const p = parseArticle(seed('003'));
    const bullet = p.blocks.find((b) => b.text.startsWith('في اجتماعه الأول'));
    expect(bullet?.kind).toBe('paragraph');
  });

  it('joins a hard-wrapped paragraph and keeps paragraphs apart', () => {
    const p = parseArticle({ id: 'x', text: 'The minister said the plan\nwould start in May.\n\nIt was approved.' });
    expect(p.blocks.map((b) => b.text)).toEqual(['The minister said the plan\nwould start in May.', 'It was approved.']);
  });
});

describe('publishedTime', () => {
  it('reads a time that does not parse as none', () => {
    expect(publishedTime('2024-01-02T00:00:00Z')).toBe(Date.UTC(2024, 0, 2));
    expect(publishedTime('yesterday')).toBeNaN();
    expect(publishedTime(undefined)).toBeNaN();
  });
});
