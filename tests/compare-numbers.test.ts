/** Numbers of an aligned pair compared as values (the report stage's number check). */
import { describe, expect, it } from 'vitest';
import { compareNumbers } from '../src/report/compare-numbers.js';

describe('compareNumbers', () => {
  it('reads a separator either way: 16,700 and 16.700 are one number, 12:55 and 12.55 one time', () => {
    expect(compareNumbers('Khoảng 16,700 người đã được sơ tán.', 'Kira-kira 16.700 orang dievakuasi.', 'vie', 'ind')).toBeUndefined();
    expect(compareNumbers('Trận đấu lúc 12:55.', 'Pertandingan pukul 12.55.', 'vie', 'ind')).toBeUndefined();
    expect(compareNumbers('They stole $26,750.', 'Mereka mencuri $26.750.', 'eng', 'ind')).toBeUndefined();
    expect(compareNumbers('The best time for a pint is 5.30pm.', 'Waktu terbaik adalah pukul 17.30.', 'eng', 'ind')).toBeUndefined();
    expect(compareNumbers('Cuộc mít tinh bắt đầu lúc 7 giờ tối.', 'Rapat umum dijadwalkan pukul 19.00.', 'vie', 'ind')).toBeUndefined();
  });

  it('takes a number word or an ordinal on the other side as the number', () => {
    expect(compareNumbers('Europe leads by 9 points.', 'Eropa unggul sembilan poin.', 'eng', 'ind')).toBeUndefined();
    expect(compareNumbers('Ba người bị thương ngày 2/7.', 'Tiga orang terluka pada 2 Juli.', 'vie', 'ind', { source: [7], target: [7] })).toBeUndefined();
    expect(compareNumbers('Rangers fell to 6th place.', 'Rangers turun ke posisi keenam.', 'eng', 'ind')).toBeUndefined();
  });

  it('calls a value each side lacks a changed number, an error', () => {
    expect(compareNumbers('The toll rose to 832.', 'Jumlah korban naik menjadi 852.', 'eng', 'ind'))
      .toEqual({ kind: 'changed', severity: 'error', missing: ['832'], extra: ['852'] });
    expect(compareNumbers('Palu has 380,000 people.', 'Palu berpenduduk 380.003 jiwa.', 'eng', 'ind')?.kind).toBe('changed');
  });

  it('reads 07h55 as a time and takes a converted unit for a warning', () => {
    expect(compareNumbers('She was found at 7.55am.', 'Elle a été découverte à 07h55.', 'eng', 'fra')).toBeUndefined();
    expect(compareNumbers('Rosa will bring up to 10 inches of rain.', 'Il tombera jusqu’à 25 cm de pluie.', 'eng', 'fra')?.kind).toBe('unmatched');
    expect(compareNumbers('Rosa will bring up to 10 inches of rain.', 'Il tombera jusqu’à 12 inches de pluie.', 'eng', 'fra')?.kind).toBe('changed');
  });

  it('calls a number on one side only a warning', () => {
    expect(compareNumbers('It happened a mile away, 1 mile.', 'Terjadi tidak jauh dari sana.', 'eng', 'ind'))
      .toEqual({ kind: 'unmatched', severity: 'warning', missing: ['1'], extra: [] });
  });
});

describe('names across scripts in the coverage report', () => {
  it('finds a Latin name the translation writes in Arabic letters, or in Chinese by its pinyin', async () => {
    const { checkCoverage } = await import('../src/report/check-coverage.js');
    const source = { id: 'en', lang: 'eng', text: 'Donald Trump met Emmanuel Macron in Paris on Monday.\nThey spoke for an hour.' };
    const arabic = { id: 'ar', lang: 'arb', text: 'التقى دونالد ترامب بإيمانويل ماكرون في باريس يوم الاثنين.\nتحدثا لمدة ساعة.' };
    expect(checkCoverage(source, arabic).nameMismatches).toEqual([]);
    const names = checkCoverage({ id: 'en', lang: 'eng', text: 'Xi Jinping met Li Qiang in Beijing on Monday.\nThey spoke for an hour.' }, { id: 'zh', lang: 'cmn', text: '周一，习近平在北京会见了李强。\n他们谈了一个小时。' }).nameMismatches;
    expect(names.map((n) => n.key)).not.toContain('name:xi jinping');
  });
});
