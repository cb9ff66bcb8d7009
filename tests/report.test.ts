import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../src/report/check-coverage.js';
import { seed } from './seeds.js';

describe('checkCoverage, 001 (Vietnamese) to 000 (Indonesian)', () => {
  const report = checkCoverage(seed('001'), seed('000'));

  it('reports the title and the byline as missing, and nothing that was translated', () => {
    expect(report.missing.map((m) => [m.index, m.kind])).toEqual([[0, 'title'], [13, 'byline']]);
    expect(report.added).toEqual([]);
  });

  it('reports the repeated caption as a duplicate of the first', () => {
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]).toMatchObject({ side: 'source', index: 3, duplicateOf: 2, kind: 'caption' });
  });

  it('finds the numbers of every pair in the translation (9 = sembilan, 2/7 = 2 Juli)', () => {
    expect(report.numberMismatches).toEqual([]);
  });

  it('gives coverage ratios by sentences and characters', () => {
    expect(report.ratio.sentences).toBeCloseTo(11 / 13, 3);
    expect(report.ratio.characters).toBeGreaterThan(0.95);
    expect(report.ratio.characters).toBeLessThan(1);
  });

  it('finds no untranslated text', () => {
    expect(report.untranslated).toEqual([]);
  });
});

describe('checkCoverage on a damaged translation', () => {
  const source = {
    id: 'en',
    lang: 'eng',
    text: [
      'Xi Jinping arrived in Astana on 2 July for the summit of nine member states.',
      'China will hold the rotating presidency for 2024-2025.',
      'Emomali Rahmon will host the Chinese leader in Tajikistan.',
      'The two sides signed 12 agreements on trade and energy.',
    ].join('\n'),
  };
  const translation = {
    id: 'id',
    lang: 'ind',
    text: [
      'The two sides also agreed to expand cooperation in culture and education next year.',
      'Xi Jinping tiba di Astana pada 2 Juli untuk KTT sembilan negara anggota.',
      'Tiongkok akan memegang jabatan presiden bergilir untuk 2025-2026.',
      'Kedua pihak menandatangani 12 perjanjian perdagangan dan energi.',
    ].join('\n'),
  };
  const report = checkCoverage(source, translation);

  it('lists the left-out sentence as missing', () => {
    expect(report.missing.map((m) => m.text)).toEqual(['Emomali Rahmon will host the Chinese leader in Tajikistan.']);
  });

  it('reports changed numbers', () => {
    expect(report.numberMismatches).toEqual([{ source: [1], target: [2], kind: 'changed', severity: 'error', missing: ['2024'], extra: ['2026'] }]);
  });

  it('reports text left in the source language', () => {
    expect(report.untranslated.map((u) => u.index)).toEqual([0]);
    expect(report.added.map((a) => a.index)).toEqual([0]);
  });
});

describe('checkCoverage, segment checks of CAT-tool QA', () => {
  const report = checkCoverage(
    {
      id: 'en', lang: 'eng', text: [
        'The ministry published the full report at https://example.gov/report-2024 on Monday morning.',
        'Officials said the plan would cost 12 million dollars over three years.',
        'The committee will meet again in March to review the first results of the programme.',
        'Copyright Example News Agency.',
      ].join('\n'),
    },
    {
      id: 'id', lang: 'ind', text: [
        'Kementerian menerbitkan laporan lengkap pada Senin pagi.',
        'Pejabat mengatakan rencana itu akan menelan biaya 12 juta dolar selama tiga tahun.',
        'Komite.',
        'Copyright Example News Agency.',
      ].join('\n'),
    },
  );

  it('flags a URL the translation lost', () => {
    expect(report.urlMismatches).toEqual([{ source: [0], target: [0], missing: ['https://example.gov/report-2024'] }]);
  });

  it('flags a target identical to its source', () => {
    expect(report.identical).toEqual([{ source: [3], target: [3] }]);
  });

  it('flags a pair far shorter than the document\'s ratio', () => {
    expect(report.lengthOutliers.map((o) => o.source)).toEqual([[2]]);
  });
});
