import { describe, expect, it } from 'vitest';
import { alignSentences } from '../src/align/align-sentences.js';
import { alignArticles } from '../src/align/align-articles.js';
import { punctuationMask } from '../src/align/anchors.js';
import { textLength } from '../src/align/length-model.js';
import { arabicNameKeys } from '../src/align/arabic-names.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { seed } from './seeds.js';
import type { Bead } from '../src/types.js';

const vi = segmentArticle(seed('001'));
const id = segmentArticle(seed('000'));
const en = segmentArticle(seed('004'));

function coversEveryIndexOnce(beads: { source: number[]; target: number[] }[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual([...Array(n).keys()]);
  expect(beads.flatMap((b) => b.target)).toEqual([...Array(m).keys()]);
}

describe('alignArticles, translation: 001 (Vietnamese original) and 000 (Indonesian)', () => {
  const [al] = alignArticles([id, vi]);

  it('puts the original first and chooses translation mode by the shared source', () => {
    expect(al!.source).toBe('001');
    expect(al!.target).toBe('000');
    expect(al!.mode).toBe('translation');
    expect(al!.modeReason).toContain('baoquocte.vn');
  });

  it('pairs each of the 11 content sentences with its counterpart', () => {
    const oneToOne = al!.beads.filter((b) => b.source.length === 1 && b.target.length === 1).map((b) => [b.source[0], b.target[0]]);
    expect(oneToOne).toEqual([[1, 0], [2, 1], [4, 2], [5, 3], [6, 4], [7, 5], [8, 6], [9, 7], [10, 8], [11, 9], [12, 10]]);
    for (const p of al!.pairs) expect(p.score).toBeGreaterThan(0.5);
  });

  it('leaves the title, the repeated caption and the byline without counterpart', () => {
    expect(al!.unaligned.source).toEqual([0, 3, 13]);
    expect(al!.unaligned.target).toEqual([]);
    expect(vi.sentences[3]!.text).toBe(vi.sentences[2]!.text);
  });

  it('covers every sentence of both sides exactly once, in order', () => {
    coversEveryIndexOnce(al!.beads, vi.sentences.length, id.sentences.length);
    for (const b of al!.beads) {
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('alignArticles, comparable: the English wire report (004)', () => {
  const alignments = alignArticles([id, vi, en]);

  it('mines pairs with both versions in comparable mode, the original first', () => {
    // The Vietnamese names a .vn source, so it is an original; between English and Indonesian nothing says which came first (a hash of the ids decides).
    const withEnglish = alignments.filter((a) => a.source === '004' || a.target === '004');
    expect(withEnglish.map((a) => [a.source, a.target, a.mode])).toEqual([['000', '004', 'comparable'], ['001', '004', 'comparable']]);
  });

  it('finds the SCO member list, Belarus joining and the rotating presidency', () => {
    const al = alignments.find((a) => a.source === '000' && a.target === '004')!;
    const pairs = al.pairs.map((p) => [p.sourceSentences[0], p.targetSentences[0]]);
    const members = id.sentences.findIndex((s) => s.text.startsWith('SCO hanya beranggotakan'));
    const belarus = id.sentences.findIndex((s) => s.text.startsWith('Tahun ini, Belarus'));
    const presidency = id.sentences.findIndex((s) => s.text.startsWith('Setelah pertemuan di Astana'));
    const en = (start: string) => alignments.length && segmentArticle(seed('004')).sentences.findIndex((s) => s.text.startsWith(start));
    expect(pairs).toEqual(expect.arrayContaining([
      [members, en('The permanent member states')],
      [belarus, en('This year, Belarus')],
      [presidency, en('At the conclusion of the Astana summit')],
    ]));
  });

  it('does not pair sentences that say different things', () => {
    for (const al of alignments.filter((a) => a.source === '004' || a.target === '004')) {
      const paired = new Set(al.pairs.flatMap((p) => (al.source === '004' ? p.sourceSentences : p.targetSentences)));
      const unrelated = ['President Xi Jinping is accompanied by Foreign Minister Wang Yi', 'Beijing seeks to leverage its presence'];
      for (const start of unrelated) {
        expect(paired.has(en.sentences.findIndex((s) => s.text.startsWith(start)))).toBe(false);
      }
    }
  });
});

describe('alignSentences', () => {
  it('returns a null bead for an inserted sentence and covers every index', () => {
    const source = [
      'The summit opens on 3 July in Astana.', 'Nine countries are members of the organisation.',
      'Belarus joins in 2024.', 'China will hold the rotating presidency for 2024-2025.',
      'Mao Ning said the meeting would build consensus.', 'Xi Jinping will then travel to Tajikistan.',
    ];
    const target = [
      'KTT dibuka pada 3 Juli di Astana.', 'Sembilan negara menjadi anggota organisasi tersebut.',
      'Belarus bergabung pada 2024.', 'Harga minyak naik tajam di pasar Asia pada hari Senin setelah laporan stok mingguan.',
      'Tiongkok akan memegang jabatan presiden bergilir untuk 2024-2025.',
      'Mao Ning mengatakan pertemuan itu akan membangun konsensus.', 'Xi Jinping kemudian akan pergi ke Tajikistan.',
    ];
    const beads = alignSentences(source, target, { sourceLang: 'eng', targetLang: 'ind' });
    coversEveryIndexOnce(beads, 6, 7);
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]], [[1], [1]], [[2], [2]], [[], [3]], [[3], [4]], [[4], [5]], [[5], [6]],
    ]);
  });

  it('aligns a merged sentence as a 1-2 bead', () => {
    const source = ['Xi Jinping arrived in Astana on 2 July, and he will meet Tokayev on 3 July to discuss trade and energy.', 'Belarus joins the SCO in 2024.'];
    const target = ['Xi Jinping tiba di Astana pada 2 Juli.', 'Ia akan bertemu Tokayev pada 3 Juli untuk membahas perdagangan dan energi.', 'Belarus bergabung dengan SCO pada 2024.'];
    const beads = alignSentences(source, target, { sourceLang: 'eng', targetLang: 'ind' });
    expect(beads.map((b) => [b.source, b.target])).toEqual([[[0], [0, 1]], [[1], [2]]]);
  });

  it('leaves out a short sentence that shares nothing with the other side, where the document has sentences left out, rather than joining it to its neighbour', () => {
    const source = [
      'The storm reached the coast of Sulawesi on Monday with winds of 180 kilometres an hour.',
      'Officials in Palu said 12 people had died and 340 homes were destroyed.',
      'Governor Rusdy Mastura asked the army for 40 trucks of food and water.',
      'The airport in Palu was closed until Wednesday after the runway flooded.',
      'Schools in three districts will stay shut for 10 days.',
      'The weather office expects 200 millimetres of rain before Friday.',
      'Aid from Jakarta arrived on two ships carrying 500 tonnes of rice.',
      'Fishermen were told to stay in port until the warning is lifted.',
    ];
    // The airport sentence is not translated; "Itu membuat kami semua sedih." belongs to another story.
    const target = [
      'Badai mencapai pantai Sulawesi pada hari Senin dengan angin 180 kilometer per jam.',
      'Pejabat di Palu mengatakan 12 orang meninggal dan 340 rumah hancur.',
      'Gubernur Rusdy Mastura meminta tentara mengirim 40 truk makanan dan air.',
      'Sekolah di tiga kabupaten akan tetap ditutup selama 10 hari.',
      'Kantor cuaca memperkirakan hujan 200 milimeter sebelum Jumat.',
      'Itu membuat kami semua sedih.',
      'Bantuan dari Jakarta tiba dengan dua kapal yang membawa 500 ton beras.',
      'Nelayan diminta tetap di pelabuhan sampai peringatan dicabut.',
    ];
    const beads = alignSentences(source, target, { sourceLang: 'eng', targetLang: 'ind' });
    // Without a cheaper null for such a bare sentence it joined the weather sentence's translation as [[5], [4, 5]].
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]], [[1], [1]], [[2], [2]], [[3], []], [[4], [3]], [[5], [4]], [[], [5]], [[6], [6]], [[7], [7]],
    ]);
  });

  it('handles empty sides', () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(alignSentences(['One sentence here.'], [])).toEqual([{ source: [0], target: [], score: 0 }]);
    expect(alignSentences([], ['Satu kalimat.'])).toEqual([{ source: [], target: [0], score: 0 }]);
  });

  it('mines only pairs in comparable mode', () => {
    const beads = alignSentences(
      ['Belarus joins the SCO in 2024.', 'The weather was fine.'],
      ['Cuaca cerah.', 'Belarus bergabung dengan SCO pada 2024.'],
      { mode: 'comparable' },
    );
    expect(beads.map((b) => [b.source, b.target])).toEqual([[[0], [1]]]);
  });
});

describe('learnTranslationModel', () => {
  it('learns word pairs from many documents and aligns with them', async () => {
    const { learnTranslationModel } = await import('../src/align/align-sentences.js');
    const words = vocabulary(['river', 'sungai'], ['mountain', 'gunung']);
    let seed = 7;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return words[(seed >> 16) % words.length]!;
    };
    const doc = () => {
      const rows = Array.from({ length: 12 }, (_, i) => {
        const [a, b] = [pick(), pick()];
        return [`The ${a[0]} and the ${b[0]} were closed on day ${i + 1}.`, `${b[1] === a[1] ? a[1] : `${a[1]} dan ${b[1]}`} ditutup pada hari ${i + 1}.`];
      });
      return { source: rows.map((r) => r[0]!), target: rows.map((r) => r[1]!), sourceLang: 'eng', targetLang: 'ind' };
    };
    const model = learnTranslationModel(Array.from({ length: 16 }, doc));
    const pairs = new Map(model.wordPairs);
    expect(pairs.get('sungai')).toBe('river');
    expect(pairs.get('gunung')).toBe('mountain');
    const d = doc();
    const beads = alignSentences(d.source, d.target, { model, sourceLang: 'eng', targetLang: 'ind' });
    expect(beads.map((b) => [b.source, b.target])).toEqual(d.source.map((_, i) => [[i], [i]]));
  });

  it('aligns a pair again from its earlier alignment with a corpus model: the diagonal from the right one, a monotone cover of both sides from a wrong one', async () => {
    const { learnTranslationModel, alignChecked } = await import('../src/align/align-sentences.js');
    const words = vocabulary(['river', 'sungai'], ['mountain', 'gunung']);
    const rows = Array.from({ length: 10 }, (_, i) => {
      const [a, b] = [words[i % words.length]!, words[(i * 7 + 3) % words.length]!];
      return [`The ${a[0]} and the ${b[0]} were closed on day ${i + 1}.`, `${a[1]} dan ${b[1]} ditutup pada hari ${i + 1}.`];
    });
    const source = rows.map((r) => r[0]!);
    const target = rows.map((r) => r[1]!);
    const opts = { sourceLang: 'eng', targetLang: 'ind', mode: 'translation' as const };
    const model = learnTranslationModel(Array.from({ length: 6 }, () => ({ source, target, ...opts })));
    const diagonal = source.map((_, i) => ({ source: [i], target: [i], score: 0.9 }));
    const again = alignChecked(source, target, { ...opts, model }, undefined, diagonal);
    expect(again.map((b) => [b.source, b.target])).toEqual(source.map((_, i) => [[i], [i]]));
    // Shifted by one: the first target sentence alone, then each source sentence with the next target sentence.
    const shifted = [{ source: [], target: [0], score: 0 }, ...source.slice(0, -1).map((_, i) => ({ source: [i], target: [i + 1], score: 0.9 })), { source: [source.length - 1], target: [], score: 0 }];
    const fromWrong = alignChecked(source, target, { ...opts, model }, undefined, shifted);
    expect(fromWrong.flatMap((b) => b.source)).toEqual(source.map((_, i) => i));
    expect(fromWrong.flatMap((b) => b.target)).toEqual(target.map((_, i) => i));
  });

  it('stops after the first pass when the caller reads its answer there, and otherwise aligns again with the pair\'s own word pairs', async () => {
    const { alignChecked } = await import('../src/align/align-sentences.js');
    const words = vocabulary(['river', 'sungai'], ['mountain', 'gunung']);
    const source = Array.from({ length: 10 }, (_, i) => `The ${words[i % words.length]![0]} was closed on day ${i + 1}.`);
    const target = Array.from({ length: 10 }, (_, i) => `${words[i % words.length]![1]} ditutup pada hari ${i + 1}.`);
    const opts = { sourceLang: 'eng', targetLang: 'ind', mode: 'translation' as const };
    const seen: Bead[][] = [];
    const settled = alignChecked(source, target, opts, undefined, undefined, (first) => seen.push(first) > 0);
    expect(seen).toHaveLength(1);
    expect(settled).toBe(seen[0]);
    const again = alignChecked(source, target, opts, undefined, undefined, (first) => !seen.push(first));
    expect(seen).toHaveLength(2);
    expect(again).not.toBe(seen[1]);
  });

  it('rejects a malformed model', () => {
    expect(() => alignSentences(['a'], ['b'], { model: { wordPairs: [['x']] } as never })).toThrow(/options\.model/u);
  });
});

/**
 * Word pairs of an invented language pair, 48 of them: the corpus learner
 * leaves out words found in more than one bead in twenty (function words), so
 * a realistic test needs a realistic spread of words.
 */
function vocabulary(...known: [string, string][]): [string, string][] {
  const a = ['ka', 'lo', 'mi', 'tu', 're', 'sa'];
  const b = ['ven', 'dor', 'lik', 'pam', 'rus', 'tel', 'gon', 'bis'];
  const generated = a.flatMap((x, i) => b.map((y, j): [string, string] => [`${x}${y}a`, `${b[(j + i) % b.length]}${x}o`]));
  return [...known, ...generated.slice(known.length)];
}

describe('alignArticles over a corpus', () => {
  it('learns word pairs from all translations between two languages and realigns with them', async () => {
    const { buildCorpus } = await import('../src/pipeline.js');
    const words = vocabulary();
    let seed = 11;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return words[(seed >> 16) % words.length]!;
    };
    const articles = Array.from({ length: 4 }, (_, k) => {
      const rows = Array.from({ length: 30 }, (_, i) => {
        const [a, b] = [pick(), pick()];
        return [`The ${a[0]} and the ${b[0]} in Story${k} were closed on day ${i + 1}.`, `${a[1]} dan ${b[1]} di Story${k} ditutup pada hari ${i + 1}.`];
      });
      const url = `https://news.example.com/story-${k}`;
      // The four stories share one made-up vocabulary, so only their months keep them apart.
      const publishedAt = `2024-0${k + 1}-01`;
      return [
        { id: `en${k}`, lang: 'eng', url, publishedAt, text: rows.map((r) => r[0]).join('\n') },
        { id: `id${k}`, lang: 'ind', url, publishedAt, text: rows.map((r) => r[1]).join('\n') },
      ];
    }).flat();
    const corpus = buildCorpus(articles);
    expect(corpus.groups).toHaveLength(4);
    for (const al of corpus.alignments) {
      expect(al.mode).toBe('translation');
      expect(al.modeReason).toContain('word pairs learned from 4 translations');
      expect(al.unaligned).toEqual({ source: [], target: [] });
    }
  });
});

describe('rare bead shapes', () => {
  it('keeps a dropped sentence and an added one apart rather than pairing them in a 2-2 bead', () => {
    const source = [
      'Prime Minister Anwar Ibrahim met President Joko Widodo in Jakarta on 12 March.',
      'The rains lasted longer than anybody in the valley had expected this season.',
    ];
    const target = [
      'Cuaca di pegunungan itu cerah sepanjang minggu menurut warga setempat.',
      'Perdana Menteri Anwar Ibrahim bertemu Presiden Joko Widodo di Jakarta pada 12 Maret.',
    ];
    const beads = alignSentences(source, target, { sourceLang: 'eng', targetLang: 'ind' });
    expect(beads.map((b) => [b.source, b.target])).toEqual([[[], [0]], [[0], [1]], [[1], []]]);
  });
});

describe('long documents', () => {
  it('aligns a document longer than the first pass reads, covering every sentence once', () => {
    // 4,500 numbered sentence pairs, with every 500th target sentence left out:
    // the first pass sees only the opening 4,000 source sentences.
    const source: string[] = [];
    const target: string[] = [];
    for (let k = 0; k < 4_500; k++) {
      source.push(`Report ${k} counted ${k * 7 + 3} boats in the harbour.`);
      if (k % 500 !== 250) target.push(`Laporan ${k} mencatat ${k * 7 + 3} perahu di pelabuhan.`);
    }
    const beads = alignSentences(source, target, { sourceLang: 'eng', targetLang: 'ind' });
    coversEveryIndexOnce(beads, source.length, target.length);
    const left = beads.filter((b) => b.target.length === 0).map((b) => b.source[0]);
    expect(left).toEqual([250, 750, 1250, 1750, 2250, 2750, 3250, 3750, 4250]);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(4_491);
  }, 60_000);
});

describe('Arabic names read off the Latin side', () => {
  it('finds transliterated names by their consonants, and not in Arabic words of the same root', () => {
    const latin = [['w:trump', 'num:3'], ['w:merkel'], ['w:ford', 'w:labour']];
    const arabic = [
      ['قال', 'ترامب'], // Trump
      ['والمستشارة', 'ميركل'], // Merkel, after "and the chancellor"
      ['فرد', 'البحيره'], // "a person" (ف ر د, as Ford) and "the lake" (ل ب ر, as Labour with the article)
      ['وفورد'], // "and Ford", vowels written
    ];
    expect(arabicNameKeys(latin, arabic)).toEqual([['w:trump'], ['w:merkel'], [], ['w:ford']]);
    // Persian writes p and g with letters of its own: پمپئو, گرینلند.
    expect(arabicNameKeys([['w:pompeo', 'w:greenland']], [['پومپئو', 'گرینلند']])).toEqual([['w:pompeo', 'w:greenland']]);
    // Ch before l or r is a k (Christine, Chrysler), elsewhere as in Charles.
    expect(arabicNameKeys([['w:christine', 'w:charles']], [['كريستين', 'تشارلز']])).toEqual([['w:christine', 'w:charles']]);
  });

  it('aligns an Arabic document by the names it shares with an English one', () => {
    const english = ['The talks in Washington lasted three hours.', 'Later, Johnson and Merkel joined them.', 'They left on Friday.'];
    const arabic = ['واستمرت المحادثات في واشنطن ثلاث ساعات.', 'وفي وقت لاحق انضم اليهم جونسون وميركل.', 'وغادروا يوم الجمعة.'];
    const beads = alignSentences(english, arabic, { sourceLang: 'eng', targetLang: 'arb' });
    expect(beads.map((b) => [b.source, b.target])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
    // Only the two names support the middle bead (0.58 without them).
    expect(beads[1]!.score).toBeGreaterThan(0.9);
  });
});

describe('repeated sentences', () => {
  it('pairs a sentence that repeats on both sides 1-1 each time, and joins it to no merge', () => {
    const said = 'And the king spoke to the people of the city, saying:';
    const dijawab = 'Dan raja berbicara kepada penduduk kota itu, katanya:';
    const source = [said, 'Build the wall of 40 cubits before the 3rd month.', said, 'Open the 12 gates to the traders from Tyre.', said, 'Keep the feast on the 14th day.'];
    const target = [dijawab, 'Bangunlah tembok 40 hasta sebelum bulan ke-3.', dijawab, 'Bukalah 12 gerbang bagi para pedagang dari Tirus.', dijawab, 'Rayakanlah pesta pada hari ke-14.'];
    const beads = alignSentences(source, target, { sourceLang: 'eng', targetLang: 'ind' }).map((b) => [b.source, b.target]);
    // Before, a repeat could only stand alone: the second and third "saying" were left out, their translations merged into a neighbour.
    expect(beads).toEqual(source.map((_, i) => [[i], [i]]));
  });
});

describe('sentence lengths', () => {
  it('takes the length ratio from a few sure pairs when sentences of other stories swell a short version', () => {
    // Seven translated sentences and, after the headline, two of another story:
    // the whole documents' ratio counts those, and under it the short headline
    // translation took the first of them in as a 1-2 bead. The first pass's
    // sure pairs (more than half the shorter side) give the ratio instead.
    const source = [
      'Sarah Palin speaks of the post-traumatic stress disorder (PTSD) of her son Track Palin at a rally of Donald Trump in Tulsa',
      'Track Palin, 26, served a year in Iraq after he enlisted in September 2008.',
      'He was arrested in Wasilla on Monday, 18 January.',
      'Palin said that 20 veterans a day take their own lives.',
      'The rally in Tulsa drew 12,000 people, organisers said.',
      'Organisers said 300 volunteers from Oklahoma helped.',
      'Trump spoke for 90 minutes.',
    ];
    const translated = [
      'Sarah Palin kutip PTSD Track Palin di kampanye Donald Trump',
      'Track Palin, 26, bertugas setahun di Irak setelah mendaftar pada September 2008.',
      'Dia ditangkap di Wasilla pada Senin, 18 Januari.',
      'Palin mengatakan 20 veteran sehari bunuh diri.',
      'Kampanye di Tulsa dihadiri 12.000 orang, kata panitia.',
      'Panitia mengatakan 300 relawan dari Oklahoma membantu.',
      'Trump berbicara selama 90 menit.',
    ];
    const other = [
      'Seorang pemain muda mencetak dua gol dalam pertandingan persahabatan di stadion kota itu.',
      'Pelatihnya mengatakan bahwa latihan keras selama musim panas telah membuahkan hasil yang baik.',
    ];
    const target = [translated[0]!, ...other, ...translated.slice(1)];
    const beads = alignSentences(source, target, { sourceLang: 'eng', targetLang: 'ind' }).map((b) => [b.source, b.target]);
    expect(beads).toEqual([[[0], [0]], [[], [1]], [[], [2]], ...source.slice(1).map((_, i) => [[i + 1], [i + 3]])]);
  });

  it('counts a Chinese, Japanese or Korean character as one, and the Latin letters and digits beside it a third each', () => {
    expect(textLength('Sainsbury表示')).toBe(2 + 3);
    expect(textLength('达到3000个品种')).toBe(5 + 1);
    expect(textLength('트럼프 대통령은')).toBe(7);
    expect(textLength('Sainsbury said')).toBe(13);
  });
});

describe('punctuation', () => {
  it('splits a merged sentence where the question mark says', () => {
    // Three source sentences against two target sentences of equal length: the
    // lengths allow 2-1 then 1-1 as well as 1-1 then 1-2. Only which target
    // sentence is the question tells where the source question belongs.
    const before = ['The town has 4,200 inhabitants and 3 schools.', 'Its market opens at 7 every morning of the week.'];
    const after = ['A new shop will open on 15 May next to it.', 'It will employ 12 people from the area.'];
    const source = [...before, 'The old bakery on the corner has closed.', 'Why did nobody in the street try to save it?', 'The owner had run it for many long years.', ...after];
    const tb = ['Kota itu memiliki 4.200 penduduk dan 3 sekolah.', 'Pasarnya buka pukul 7 setiap pagi dalam seminggu.'];
    const ta = ['Sebuah toko baru akan dibuka pada 15 Mei di sebelahnya.', 'Toko itu akan mempekerjakan 12 warga setempat.'];
    const x = 'Toko roti tua di sudut jalan itu sudah tutup dan tidak diselamatkan';
    const y = 'Pemiliknya telah menjalankan toko itu selama bertahun-tahun lamanya';
    const opts = { sourceLang: 'eng', targetLang: 'ind' };
    const firstAsks = alignSentences(source, [...tb, `${x}?`, `${y}.`, ...ta], opts).map((b) => [b.source, b.target]);
    const secondAsks = alignSentences(source, [...tb, `${x}.`, `${y}?`, ...ta], opts).map((b) => [b.source, b.target]);
    expect(firstAsks).toContainEqual([[2, 3], [2]]);
    expect(secondAsks).toContainEqual([[3, 4], [3]]);
  });

  it('gives each sentence a mask of its punctuation classes', () => {
    expect(punctuationMask('Dia berkata: “Kami siap.”')).toBe(0b10001);
    expect(punctuationMask('Apa ini? (Tidak tahu!)')).toBe(0b01110);
    expect(punctuationMask('他说：“我们准备好了。”')).toBe(0b10001);
    expect(punctuationMask('Plain sentence.')).toBe(0);
    expect(punctuationMask('هل وصل؟')).toBe(0b00010);
    expect(punctuationMask('¿Qué hora es?')).toBe(0b00010);
  });
});

describe('words the aligner learns from', () => {
  it('cuts Chinese into character pairs and Thai into words, and folds the rest', async () => {
    const { wordsOf } = await import('../src/align/learn-word-pairs.js');
    const { foldWord } = await import('../src/entities/fold.js');
    const words = wordsOf('美国总统说 Trump Said สวัสดีครับ to iPhone手机');
    // Folding drops marks, Thai vowel signs included, the same way on every side.
    expect(words).toEqual(expect.arrayContaining(['美国', '总统', 'trump', 'said', foldWord('สวัสดี'), foldWord('ครับ'), 'iphone', '手机']));
    expect(words).not.toContain('to');
  });
});

describe('learnLexicon (IBM Model 1 both ways)', () => {
  it('links words that translate each other, one word to several, and leaves out words in most beads', async () => {
    const { learnLexicon } = await import('../src/align/learn-lexicon.js');
    const vocabulary = Array.from({ length: 60 }, (_, k) => [`src${k}`, `tgt${k}`] as const);
    const sourceWords: string[][] = [];
    const targetWords: string[][] = [];
    for (let i = 0; i < 200; i++) {
      const a = vocabulary[i % 60]!;
      const b = vocabulary[(i * 7 + 3) % 60]!;
      // "parliament" is rendered by two words on the other side; "the" is in every bead.
      const extra = i % 20 === 0 ? [['parliament'], ['dewan', 'rakyat']] : [[], []];
      sourceWords.push([a[0], b[0], 'the', ...extra[0]!]);
      targetWords.push([a[1], b[1], ...extra[1]!]);
    }
    const beads = sourceWords.map((_, i) => ({ source: [i], target: [i], score: 0.9 }));
    const links = learnLexicon(beads, sourceWords, targetWords);
    const has = (w: string, v: string) => links.some(([x, y]) => x === w && y === v);
    expect(has('src5', 'tgt5')).toBe(true);
    expect(has('src5', 'tgt6')).toBe(false);
    expect(has('parliament', 'dewan') && has('parliament', 'rakyat')).toBe(true);
    expect(links.some(([x]) => x === 'the')).toBe(false);
  });

  it('links the same pairs whichever side is read first, where one side writes more words a bead than the other', async () => {
    const { learnLexicon } = await import('../src/align/learn-lexicon.js');
    // Each concept is two words on one side (a two-word name) and one on the other: the two
    // directions of Model 1 then have tables of different sizes, and both must be read whole.
    const sourceWords: string[][] = [];
    const targetWords: string[][] = [];
    // The last beads alone name concepts 90 to 99: a table read short would lose them first.
    for (let i = 0; i < 300; i++) {
      const concepts = i < 270 ? [i % 90, (i * 7 + 3) % 90, (i * 13 + 5) % 90] : [90 + (i % 10), 90 + ((i + 3) % 10), 90 + ((i + 6) % 10)];
      sourceWords.push(concepts.flatMap((c) => [`given${c}`, `family${c}`]));
      targetWords.push(concepts.map((c) => `name${c}`));
    }
    const beads = sourceWords.map((_, i) => ({ source: [i], target: [i], score: 0.9 }));
    const links = learnLexicon(beads, sourceWords, targetWords);
    const turned = learnLexicon(beads, targetWords, sourceWords).map(([v, w]) => [w, v]);
    const sorted = (list: string[][]) => list.map((l) => l.join(' ')).sort();
    expect(sorted(links)).toEqual(sorted(turned));
    for (const c of [0, 42, 95, 99]) {
      expect(links).toContainEqual([`given${c}`, `name${c}`]);
      expect(links).toContainEqual([`family${c}`, `name${c}`]);
    }
    expect(links).not.toContainEqual(['given0', 'name42']);
  });

  it('learns nothing from beads a first pass was not sure of', async () => {
    const { learnLexicon } = await import('../src/align/learn-lexicon.js');
    const words = Array.from({ length: 50 }, (_, i) => [`w${i % 10}`]);
    const beads = words.map((_, i) => ({ source: [i], target: [i], score: 0.2 }));
    expect(learnLexicon(beads, words, words)).toEqual([]);
  });
});

describe('foreign names written in Chinese characters', () => {
  it('hears a Latin name as a transliteration would: a syllable per consonant, a nasal or liquid after a vowel swallowed or not', async () => {
    const { latinUnits, onsetForms, onsetOf } = await import('../src/align/han-onsets.js');
    const { pinyinSyllables } = await import('../src/entities/transliterate.js');
    const onsets = (han: string) => pinyinSyllables(han).map(onsetOf).join('');
    expect(onsetForms(latinUnits('cromwell'))).toContain(onsets('克伦威尔'));
    expect(onsetForms(latinUnits('trump'))).toContain(onsets('特朗普'));
    expect(onsetForms(latinUnits('willoughby'))).toContain(onsets('威洛比'));
    // A y first is one consonant, not a vowel and a consonant.
    expect(onsetForms(latinUnits('yellen'))).toContain(onsets('耶伦'));
    expect(onsetForms(latinUnits('yanukovych'))).toContain(onsets('亚努科维奇'));
    expect(onsetForms(latinUnits('merkel'))).not.toContain(onsets('特朗普'));
  });

  it('takes a run for a name where a middle dot marks a foreign name, then finds it again wherever it stands', async () => {
    const { hanNameKeys } = await import('../src/align/han-names.js');
    const latin = [['w:holly', 'w:willoughby'], ['w:willoughby'], ['w:jones']];
    // 琼斯 is two characters: too short to be taken without a dot.
    expect(hanNameKeys(latin, ['电视主持人霍莉·威洛比退出交易', '威洛比无暇打理其品牌', '琼斯搭乘飞机'])).toEqual([['w:holly', 'w:willoughby'], ['w:willoughby'], []]);
  });

  it('takes an undotted run of name characters for a name that recurs alike on both sides', async () => {
    const { hanNameKeys } = await import('../src/align/han-names.js');
    const latin = [['w:donald', 'w:trump'], [], ['w:kavanaugh'], ['w:trump']];
    const han = ['特朗普总统在集会上讲话', '参议院周五投票', '卡瓦诺否认了指控', '特朗普为他辩护'];
    expect(hanNameKeys(latin, han)).toEqual([['w:trump'], [], ['w:kavanaugh'], ['w:trump']]);
    // 总统 (president) holds characters of no transliteration: no run, no name.
    expect(hanNameKeys([['w:zongton']], ['总统'])).toEqual([[]]);
    // Two name characters sound like too many names (克里 would be Kerry, but also 克里姆林宫's start).
    expect(hanNameKeys([['w:kerry']], ['克里说'])).toEqual([[]]);
  });

  it('leaves an undotted run out where the two sides mention the name unalike: far fewer times, or far apart', async () => {
    const { hanNameKeys } = await import('../src/align/han-names.js');
    const filler = <T,>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
    // Once on the Latin side, four times on the Chinese side: fewer than half as often.
    const once = [['w:trump'], ...filler<string[]>(5, [])];
    expect(hanNameKeys(once, ['特朗普讲话', '特朗普说', '特朗普称', '特朗普表示', '投票', '投票']).flat()).toEqual([]);
    // The same counts, but the Chinese mention is 39 sentences away from the Latin one.
    const early = [['w:trump'], ...filler<string[]>(39, [])];
    expect(hanNameKeys(early, [...filler(39, '参议院投票'), '特朗普讲话']).flat()).toEqual([]);
    expect(hanNameKeys(early, ['特朗普讲话', ...filler(39, '参议院投票')])[0]).toEqual(['w:trump']);
  });

  it('ships the name characters this Node\'s Intl builds (after an ICU change, run npm run gazetteer:update)', async () => {
    const { HAN_NAME_CHARACTERS } = await import('../src/align/han-name-characters.js');
    const { buildHanNameCharacters } = await import('../src/align/han-name-characters-build.js');
    expect(HAN_NAME_CHARACTERS).toBe(buildHanNameCharacters());
    // Transliterated names give their characters; names translated for their meaning do not.
    expect([...'斯洛伐克阿塞拜疆'].every((c) => HAN_NAME_CHARACTERS.includes(c))).toBe(true);
    expect([...'南冰岛'].some((c) => HAN_NAME_CHARACTERS.includes(c))).toBe(false);
  });
});

describe('names across cased scripts', () => {
  it('keys Cyrillic and Greek names in Latin letters, so a Latin side shares them', async () => {
    const { anchorKeys, buildPairAnchors } = await import('../src/align/anchors.js');
    const russian = anchorKeys(['Президент Владимир Путин прибыл в Хельсинки.', 'Переговоры продлились два часа.'], 'rus');
    const english = anchorKeys(['President Vladimir Putin arrived in Helsinki.', 'The talks lasted two hours.'], 'eng');
    expect(russian[0]).toEqual(expect.arrayContaining(['w:vladimir', 'w:putin']));
    expect(anchorKeys(['Ο Κυριάκος Μητσοτάκης μίλησε.'], 'ell')[0]).toEqual(expect.arrayContaining(['w:kyriakos', 'w:mitsotakis']));
    // The first sentences share the two names; the second only the word for hours.
    const anchors = buildPairAnchors(russian, english);
    expect(anchors.source.ids[0]!.filter((id) => anchors.target.ids[0]!.includes(id))).toHaveLength(2);
    expect(anchors.source.ids[1]).toEqual(anchors.target.ids[1]!.filter((id) => anchors.learned[id] === 1));
  });
});

describe('words spelled alike (cognates)', () => {
  const read = async (source: string[], target: string[]) => {
    const { cognateKeys } = await import('../src/align/cognates.js');
    const { wordsOf } = await import('../src/align/learn-word-pairs.js');
    const { anchorKeys } = await import('../src/align/anchors.js');
    return cognateKeys(source.map(wordsOf), target.map(wordsOf), anchorKeys(source, 'eng'), anchorKeys(target, 'ind'));
  };

  it('links words of six letters or more that share their first five, when both documents hold them', async () => {
    const keys = await read(
      ['The military regulator met on Tuesday.', 'The partner of the commission spoke.'],
      ['Regulator militer bertemu hari Selasa.', 'Partai itu bicara kepada komisi.'],
    );
    // military / militer share five letters, regulator all; partner / partai only four. Spelled
    // alike: commission and komisi (c as k, ss as s).
    expect(keys.source[0]).toEqual(['l:~milit', 'l:~regul']);
    expect(keys.target[0]).toEqual(['l:~regul', 'l:~milit']);
    expect(keys.source[1]).toEqual(['l:~komis']);
    expect(keys.target[1]).toEqual(['l:~komis']);
  });

  it('leaves out short words, words one side lacks, and names (matched already)', async () => {
    const keys = await read(
      ['The hotel in Jakarta was closed.', 'The minister Budiman resigned.'],
      ['Hotel di Jakarta ditutup.', 'Menteri Budiman mundur.'],
    );
    expect(keys).toEqual({ source: [[], []], target: [[], []] });
  });
});

describe('buildPairAnchors', () => {
  it('weighs the learned words whose translation the other document never uses', async () => {
    const { buildPairAnchors } = await import('../src/align/anchors.js');
    const anchors = buildPairAnchors([['l:river', 'l:bridge'], ['l:forest']], [['l:river'], ['l:bridge']]);
    expect(anchors.source.unmatchedLearned[0]).toBe(0);
    expect(anchors.source.unmatchedLearned[1]).toBeGreaterThan(0);
    expect(anchors.target.unmatchedLearned).toEqual([0, 0]);
    // Unmatched words get no id: they can never be shared.
    expect(anchors.source.ids[1]).toEqual([]);
  });
});

describe('telling a translation from an independent report, with no shared source', () => {
  // The seeds without their source lines: only the text can tell.
  const withoutSources = (id: string) => {
    const s = seed(id);
    return segmentArticle({ ...s, text: s.text.split('\n').filter((line) => !/https?:|Nguồn|Sumber/u.test(line)).join('\n') });
  };
  const [ind, vie, eng] = [withoutSources('000'), withoutSources('001'), withoutSources('004')];

  it('finds the Indonesian translation of the Vietnamese original from their monotone alignment', () => {
    const [al] = alignArticles([vie, ind]);
    expect(al!.mode).toBe('translation');
    expect(al!.modeReason).toMatch(/^monotone alignment: .*: a translation$/u);
  });

  it('mines the English wire report as comparable text', () => {
    const [al] = alignArticles([ind, eng]);
    expect(al!.mode).toBe('comparable');
    expect(al!.modeReason).toMatch(/written independently$/u);
  });

  it('does not take a translation told in another order for a translation', () => {
    const shuffled = segmentArticle({ id: 'x', lang: 'ind', text: [...ind.sentences].reverse().map((s) => s.text).join('\n') });
    const [al] = alignArticles([vie, shuffled]);
    expect(al!.mode).toBe('comparable');
  });

  it('lets one signal fail but not two', async () => {
    const { judgeTranslation } = await import('../src/align/judge-translation.js');
    const n = 10;
    const keys = Array.from({ length: n }, (_, i) => [`num:${100 + i}`]);
    const lengths = Array.from({ length: n }, (_, i) => 40 + 13 * ((i * 7) % 10));
    const oneToOne = Array.from({ length: n }, (_, i) => ({ source: [i], target: [i], score: 0.9 }));
    expect(judgeTranslation(oneToOne, keys, keys, lengths, lengths).translation).toBe(true);
    // Low scores alone (a language pair with no shared anchors) do not make it a report.
    const unsure = oneToOne.map((b) => ({ ...b, score: 0.3 }));
    expect(judgeTranslation(unsure, keys, keys, lengths, lengths).translation).toBe(true);
    // Low scores and the shared numbers in other beads: a report.
    const shifted = keys.map((_, i) => keys[(i + 3) % n]!);
    expect(judgeTranslation(unsure, keys, shifted, lengths, lengths).translation).toBe(false);
    // Failing two signals, that report is one signal away from a translation: word pairs may still turn it.
    const { nearlyTranslation } = await import('../src/align/judge-translation.js');
    expect(nearlyTranslation(judgeTranslation(unsure, keys, shifted, lengths, lengths).evidence)).toBe(true);
    // Three failing (half of it left out as well): a report that word pairs are not asked to turn.
    const halfLeftOut = unsure.map((b, i) => (i % 2 ? { source: b.source, target: [], score: 0 } : b));
    const far = judgeTranslation(halfLeftOut, keys, shifted, lengths, lengths).evidence;
    expect(far.nullShare).toBeGreaterThan(0.12);
    expect(nearlyTranslation(far)).toBe(false);
  });
});
