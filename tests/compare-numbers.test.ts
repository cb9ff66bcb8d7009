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

  it('multiplies by scale words: 2.8bn is 28亿, 380,000 is 38 万, 20 million 2000 万', () => {
    expect(compareNumbers('The UK\'s £2.8bn beauty market.', '英国美容市场达到 28亿 英镑的规模。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('Palu has more than 380,000 people.', '巴鲁市人口超过 38 万。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('More than 20 million people watched.', '超过 2000 万人收看了听证会。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('DARPA announced a $2 billion investment.', 'DARPA anunció una inversión de 2000 millones de USD.', 'eng', 'spa')).toBeUndefined();
    expect(compareNumbers('Holly pulls out of £11m deal.', '霍莉退出价值1100 万英镑交易。', 'eng', 'cmn')).toBeUndefined();
    // A scale is no excuse for another value.
    expect(compareNumbers('DARPA announced a $2 billion investment.', 'DARPA 宣布投资 30 亿美元。', 'eng', 'cmn')?.kind).toBe('changed');
  });

  it('reads a year in the other side\'s calendar, by its last two digits, or by its century', () => {
    expect(compareNumbers('This has continued in 2018.', 'ในปี 2561 ยังคงเป็นเช่นนั้น', 'eng', 'tha')).toBeUndefined();
    expect(compareNumbers('This has continued in 2018.', 'ในปี 2562 ยังคงเป็นเช่นนั้น', 'eng', 'tha')?.kind).toBe('changed');
    expect(compareNumbers('The congregation moved out in the 1930s.', 'La congrégation abandonna les lieux dans les années 30.', 'eng', 'fra')).toBeUndefined();
    expect(compareNumbers('The congregation moved out in the 1930s.', '会众在 20 世纪 30 年代由此撤出。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('An end to the 1950-53 Korean War.', 'لإنهاء الحرب الكورية التي استمرت من 1950 وحتى 1953', 'eng', 'arb')).toBeUndefined();
  });

  it('matches a number in parts with its parts written apart, and hours after noon in Arabic', () => {
    expect(compareNumbers('The Rockies won 5-2 on Friday.', '洛基山队周五晚以 5:2 战胜国民队。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('His team trailing 1-0.', '此前利物浦队0:1落后。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('It took place at about 02:30 BST.', '发生在英国02：30左右的枪击事件。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('Dwyer scored on 3:35.', '德怀尔的首开纪录是在3分35秒。', 'eng', 'cmn')).toBeUndefined();
    expect(compareNumbers('Le meeting est prévu pour 19 h 00 ce soir.', 'من المقرر أن يبدأ التجمع الساعة 7 مساءً', 'fra', 'arb')).toBeUndefined();
    expect(compareNumbers('It took place at about 02:30 BST.', 'Elle a eu lieu vers 2 h 45 BST.', 'eng', 'fra')?.kind).toBe('changed');
    // 2005:3月 is the year and the month the other side names.
    expect(compareNumbers('2005: Strong quakes hit Sumatra in late March and early April.', '2005:3月底和4月初，苏门答腊发生了一系列强烈地震。', 'eng', 'cmn', { source: [3, 4], target: [3, 4] })).toBeUndefined();
  });

  it('takes units converted in any language for a warning, degrees of either scale too', () => {
    expect(compareNumbers('Rosa will bring up to 10 inches of rain.', 'Rosa dejará más de 25 centímetros de lluvia.', 'eng', 'spa')?.kind).toBe('unmatched');
    expect(compareNumbers('New York could reach 80 degrees.', 'Nueva York podría alcanzar 26 grados.', 'eng', 'spa')?.kind).toBe('unmatched');
    expect(compareNumbers('The 550 pound hog.', 'El cerdo de casi 250 kilos.', 'eng', 'spa')?.kind).toBe('unmatched');
  });

  it('calls a number on one side only a warning', () => {
    expect(compareNumbers('It happened a mile away, 1 mile.', 'Terjadi tidak jauh dari sana.', 'eng', 'ind'))
      .toEqual({ kind: 'unmatched', severity: 'warning', missing: ['1'], extra: [] });
  });
});
