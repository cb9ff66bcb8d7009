import { describe, expect, it } from 'vitest';
import { francAll } from 'franc';
import { detectLanguage } from '../src/language/detect-language.js';
import { seedArticles } from './seeds.js';

describe('detectLanguage', () => {
  it('names the seed languages, never Malay for the Indonesian ones', () => {
    const langs = seedArticles().map((a) => detectLanguage(a.text).lang);
    expect(langs).toEqual(['ind', 'vie', 'ind', 'arb', 'eng']);
  });

  it('overrules franc, which says Malay for both Indonesian seeds', () => {
    const [first, second] = seedArticles();
    expect(francAll(first!.text)[0]![0]).toBe('zlm');
    expect(detectLanguage(first!.text).lang).toBe('ind');
    expect(detectLanguage(second!.text).lang).toBe('vie');
  });

  it('reports Standard Malay as zsm on Malay evidence', () => {
    const malay = 'Kerajaan berkata bahawa peratus pengangguran menurun kerana ekonomi bertambah baik pada bulan Ogos, dan syarikat akan mengambil lebih ramai pekerja selepas itu.';
    expect(detectLanguage(malay).lang).toBe('zsm');
  });

  it('lets a .my or .id domain decide when the words do not', () => {
    const neutral = 'Presiden dan menteri akan bertemu dengan para pemimpin negara lain untuk membahas kerja sama ekonomi di kawasan ini.';
    expect(detectLanguage(neutral, { url: 'https://www.example.com.my/berita' }).lang).toBe('zsm');
    expect(detectLanguage(neutral, { url: 'https://news.example.co.id/berita' }).lang).toBe('ind');
  });

  it('accepts zlm and msa for Malay in `only`', () => {
    const text = 'Kerajaan berkata bahawa peratus pengangguran menurun kerana ekonomi bertambah baik.';
    expect(detectLanguage(text, { only: ['ind', 'zlm'] }).lang).toBe('zsm');
    expect(detectLanguage(text, { only: ['msa', 'ind'] }).lang).toBe('zsm');
  });

  it('answers und with confidence 0 for text without signal', () => {
    for (const text of ['', '   ', '12345 678', '!!! ??? ...', '\u0000\u0001\u0002', 'https://example.com/a/b']) {
      expect(detectLanguage(text)).toEqual({ lang: 'und', confidence: 0, alternatives: [] });
    }
  });

  it('gives a confidence in [0, 1] and ranked alternatives', () => {
    const g = detectLanguage('The president arrived in the capital on Tuesday for talks with his counterpart.');
    expect(g.lang).toBe('eng');
    expect(g.confidence).toBeGreaterThan(0);
    expect(g.confidence).toBeLessThanOrEqual(1);
    expect(g.alternatives.length).toBeGreaterThan(0);
    const scores = g.alternatives.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('decides scripts of one language without trigrams', () => {
    expect(detectLanguage('ประธานาธิบดีเดินทางถึงกรุงเทพฯ').lang).toBe('tha');
    expect(detectLanguage('Ο πρόεδρος έφτασε στην Αθήνα').lang).toBe('ell');
  });
});
