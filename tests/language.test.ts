import { describe, expect, it } from 'vitest';
import { toBcp47 } from '../src/language/lang-tags.js';
import fc from 'fast-check';
import { francAll } from 'franc';
import { detectLanguage, signsOfAnotherLanguage } from '../src/language/detect-language.js';
import { foreignLetterWords } from '../src/language/alphabets.js';
import { functionWordShares } from '../src/language/function-words.js';
import { countScripts } from '../src/language/scripts.js';
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

describe('detectLanguage, scripts and mixed text', () => {
  it('decides one-language scripts without trigrams', () => {
    expect(detectLanguage('ព្រះរាជាណាចក្រកម្ពុជា').lang).toBe('khm');
    expect(detectLanguage('대통령이 오늘 서울에 도착했다').lang).toBe('kor');
    expect(detectLanguage('ראש הממשלה הגיע היום').lang).toBe('heb');
    expect(detectLanguage('საქართველოს პრეზიდენტი').lang).toBe('kat');
    expect(detectLanguage('Հայաստանի նախագահը').lang).toBe('hye');
    expect(detectLanguage('မြန်မာနိုင်ငံ သမ္မတ').lang).toBe('mya');
  });

  it('tells Japanese from Chinese by kana', () => {
    expect(detectLanguage('首相は東京で記者会見を開いた').lang).toBe('jpn');
    expect(detectLanguage('国家主席习近平抵达阿斯塔纳').lang).toBe('cmn');
  });

  it('keeps a Thai or Arabic headline with English names in its own language', () => {
    expect(detectLanguage('Europe นำ 10-6 ใน Ryder Cup วันสุดท้าย').lang).toBe('tha');
    expect(detectLanguage('شاهد: دانييل ستوريدج لاعب ليفربول يحرز هدف التعادل ضد تشيلسي').lang).toBe('arb');
  });

  it('sees Vietnamese through English names', () => {
    expect(detectLanguage('Theo dõi: Daniel Sturridge mang lại một trận hòa cho Liverpool trước Chelsea').lang).toBe('vie');
  });

  it('tells Arabic from Persian, Urdu and Pashto by their letters', () => {
    expect(detectLanguage('قال الرئيس إن الحكومة ستعقد اجتماعا مع الشركة').lang).toBe('arb');
    expect(detectLanguage('رئیس جمهور گفت که دولت با شرکت جلسه خواهد داشت').lang).toBe('pes');
    // One letter only Pashto writes (څ) is enough; with two needed, both read as Persian.
    expect(detectLanguage('هر څوک د کار حق لري').lang).toBe('pbu');
    expect(detectLanguage('دا کتاب زما دی او هغه څوک نه دی').lang).toBe('pbu');
  });

  it('does not take Romanian or Croatian letters for Vietnamese', () => {
    expect(detectLanguage('Toate ființele umane se nasc libere și egale în demnitate și în drepturi.').lang).toBe('ron');
    expect(detectLanguage('Sva ljudska bića rađaju se slobodna i jednaka u dostojanstvu i pravima.').lang).not.toBe('vie');
  });

  it('tells Cyrillic neighbours apart by the letters one of them never writes and by their function words', () => {
    // franc alone: Bulgarian for the first, Bosnian for the second.
    expect(detectLanguage('Полиция задержала двух подозреваемых.').lang).toBe('rus');
    expect(detectLanguage('Министар је рекао новинарима да ће нова правила ступити на снагу следећег месеца.').lang).toBe('srp');
    expect(detectLanguage('Министърът каза пред журналисти, че новите правила ще влязат в сила следващия месец.').lang).toBe('bul');
    expect(detectLanguage('Министерот изјави дека новите правила ќе стапат на сила следниот месец.').lang).toBe('mkd');
    expect(detectLanguage('Уряд оголосив, що нові правила набудуть чинності вже наступного місяця.').lang).toBe('ukr');
  });

  it('keeps a long article in its language when it quotes a few words with letters the language never writes', () => {
    const tagalog = 'Ayon sa mga opisyal ng lungsod, dumating ang mga bisita noong Lunes ng umaga at agad silang dinala sa isang maliit na café sa tabi ng plaza. '
      + 'Doon sila kumain ng almusal at uminom ng kapeng barako habang nakikinig sa paliwanag ng alkalde tungkol sa bagong proyekto. '
      + 'Sinabi niya na ang pondo para sa proyekto ay magmumula sa pamahalaang panlalawigan at sa ilang pribadong kompanya. '
      + 'Nagpasalamat din siya sa mga residente na tumulong sa paglilinis ng mga kalsada bago ang pagbisita. '
      + 'Pagkatapos nito, naglakad ang grupo papunta sa lumang simbahan kung saan sila sinalubong ng kura paroko at ng koro na kumanta ng isang awiting '
      + 'pinamagatang "canción de cuna" at "mañanita" bilang pagbati sa mga bisita mula sa ibang bansa.';
    // Counted per ten words; counted whole, the three words put Tagalog below Galician.
    expect(detectLanguage(tagalog).lang).toBe('tgl');
  });

  it('reads English headlines in Title Case as English, with few function words in them', () => {
    // franc alone (and the closed class alone): German, French, Afrikaans.
    expect(detectLanguage('Children Found Safe After Search Across City').lang).toBe('eng');
    expect(detectLanguage('Leader Says Party Will Back New Election').lang).toBe('eng');
    expect(detectLanguage('Judge Told Trial Could Take Weeks').lang).toBe('eng');
  });

  it('tells Galician from Portuguese by ll and lh, which one writes and the other never does', () => {
    // Without: Portuguese.
    expect(detectLanguage('Os traballadores xuntáronse diante do concello para pedir melloras.').lang).toBe('glg');
    expect(detectLanguage('Os trabalhadores juntaram-se diante da câmara para pedir melhorias.').lang).toBe('por');
  });

  it('tells Spanish from Galician by their function words', () => {
    expect(detectLanguage('Trump comentó con su voz burlona de presentador de noticias.').lang).toBe('spa');
    expect(detectLanguage('Non se sabe se o goberno vai aprobar unha nova lei este ano.').lang).toBe('glg');
  });

  it('reads short lines of speech by their pronouns, contractions and auxiliaries', () => {
    // Each was read as another language before these words were listed: Portuguese, Catalan, Galician, Portuguese, Somali.
    expect(detectLanguage("We didn't know what to do.").lang).toBe('eng');
    expect(detectLanguage("I'm not sure you can do that.").lang).toBe('eng');
    expect(detectLanguage('Tenemos que hacerlo ahora.').lang).toBe('spa');
    expect(detectLanguage('Yo no sé qué pasó.').lang).toBe('spa');
    expect(detectLanguage('Mahal ko kayo.').lang).toBe('tgl');
  });

  it('writes ISO 639-3 codes as the shortest BCP 47 tag, also those its table lacks', () => {
    expect(['eng', 'zsm', 'isl', 'gle', 'fil', 'xyz'].map(toBcp47)).toEqual(['en', 'ms', 'is', 'ga', 'fil', 'xyz']);
  });

  it('reads a short line with an English contraction as English, unless other words lead', () => {
    // Albanian and Tagalog before: franc ranks English far down on three words, and the words' weight alone did not lift it.
    expect(detectLanguage("I didn't do it.").lang).toBe('eng');
    expect(detectLanguage("It's normal.").lang).toBe('eng');
    expect(detectLanguage("Il a dit « don't worry » à la presse et il est parti.").lang).toBe('fra');
  });

  it('tells close neighbours apart by the spellings and words one of them never writes', () => {
    const lines: [string, string][] = [
      // The release before: Bulgarian, Bulgarian, Norwegian, Danish, Danish, Serbian, Serbian, Bulgarian, Hindi.
      ['Никогда не придирайтесь !', 'rus'],
      ['Жди здесь и никуда не уходи.', 'rus'],
      ['Det var säkert någon mer som jag har glömt.', 'swe'],
      ['Butikken går med et lite overskudd i år.', 'nob'],
      ['Regjeringen la fram forslaget på møtet i går.', 'nob'],
      ['Božo je res vedno boljši.', 'slv'],
      ['Vlada je tijekom tjedna raspravljala o novom zakonu.', 'hrv'],
      ['Ми смо хтели да уништимо мост.', 'srp'],
      ['हा काळ खूप कठीण होता.', 'mar'],
      // Catalan l·l, its dot typed as a full stop too (the release before: Italian for both).
      ['Un paral·lel il·lustrat.', 'cat'],
      ['Un paral.lel il.lustrat.', 'cat'],
      // Written without the diacritics, and a Norwegian line (the release before: French, Croatian, Danish).
      ['Este foarte greu sa gasesti un loc de munca acum.', 'ron'],
      ['Nevim, jestli to jeste muze fungovat.', 'ces'],
      ['Det er sannsynlig at regjeringen gjør noe med innholdet.', 'nob'],
      // And their own stay theirs.
      ['Han sagde, at regeringen vil fremlægge forslaget efter mødet.', 'dan'],
      ['Zajtra budú mať len jednu možnosť.', 'slk'],
      ['Zítra budou mít jen jednu možnost.', 'ces'],
      // A loanword's letters are no evidence against the language that borrows it.
      ['Ayrıntılar web sitemizde.', 'tur'],
      ['Hy het die cricket-wedstryd op televisie gekyk.', 'afr'],
    ];
    for (const [text, lang] of lines) expect(detectLanguage(text).lang, text).toBe(lang);
  });

  it('weighs the words of a line of a few words more than its trigrams', () => {
    // With the words weighed as in a long text: Catalan, Hausa, Portuguese.
    expect(detectLanguage('I know what you did.').lang).toBe('eng');
    expect(detectLanguage('Kumain na ba kayo?').lang).toBe('tgl');
    expect(detectLanguage("We didn't know what to do.").lang).toBe('eng');
  });
});

describe('Indonesian and Malay markers', () => {
  it('count as two words exactly where every pair looked up would count them', async () => {
    const { markerWeights, suffixWeight, weighIndonesianMalay } = await import('../src/language/indonesian-malay.js');
    const weights = markerWeights();
    // The count as it is written: every word with the next one looked up first.
    const everyPair = (text: string) => {
      const words = text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
      const found: string[] = [];
      let score = 0;
      for (let i = 0; i < words.length; i++) {
        const one = words[i]!.replace(/-/gu, ' ');
        const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : '';
        const w2 = two ? weights.get(two) : undefined;
        let w = w2 ?? weights.get(one);
        if (w === undefined) w = suffixWeight(one);
        if (w === undefined) continue;
        score += w;
        found.push(w2 !== undefined ? two : one);
        if (w2 !== undefined) i++;
      }
      return { score, found };
    };
    const phrases = [...weights.keys()].filter((k) => k.includes(' '));
    const piece = fc.oneof(
      fc.constantFrom(...phrases).chain((p) => fc.constantFrom(p, p.replace(/ /gu, '-'), p.replace(' ', '-'))),
      fc.constantFrom(...phrases.map((p) => p.split(' ')[0]!), 'dan', 'yang', 'kerana', 'bahwa', 'kualitas', 'televisyen', 'rumah'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join(' ');
      const ours = weighIndonesianMalay(text);
      const ref = everyPair(text);
      return ours.score === ref.score && JSON.stringify([...ours.indonesian, ...ours.malay].sort()) === JSON.stringify([...ref.found].sort());
    }), { numRuns: 1000 });
    expect(weighIndonesianMalay('Kanak-kanak di Amerika Serikat naik kereta api').indonesian).toEqual(['amerika serikat', 'kereta api']);
  });
});

describe('rankByTrigrams', () => {
  it('gives exactly franc\'s ranking and scores', async () => {
    const { rankByTrigrams } = await import('../src/language/trigram-distance.js');
    const { DEFAULT_LANGUAGES } = await import('../src/language/candidates.js');
    const only = DEFAULT_LANGUAGES.map((l) => (l === 'zsm' ? 'zlm' : l));
    const texts = [
      'The president arrived in the capital on Tuesday.',
      'Presiden tiba di ibu kota pada hari Selasa.',
      'El presidente llegó a la capital el martes.',
      'Tổng thống đã đến thủ đô vào thứ Ba.',
    ];
    for (const t of texts) {
      const ours = rankByTrigrams(t, 'Latin', only);
      const theirs = francAll(t, { only, minLength: 1 });
      expect(ours[0]!.lang).toBe(theirs[0]![0]);
      const theirScores = new Map(theirs);
      for (const r of ours) expect(r.score).toBeCloseTo(theirScores.get(r.lang)!, 12);
    }
  });

  it('gives franc\'s scores on any mix of words, repeats, diacritics and punctuation', async () => {
    const { rankByTrigrams } = await import('../src/language/trigram-distance.js');
    const { DEFAULT_LANGUAGES } = await import('../src/language/candidates.js');
    const only = DEFAULT_LANGUAGES.map((l) => (l === 'zsm' ? 'zlm' : l));
    const words = ['the', 'Presiden', 'tiba', 'llegó', 'thủ', 'đô', 'và', 'der', 'ñandú', 'ß', 'øl', 'a', 'e', 'ii', "l'été", '2024', '—', '!!', 'São', 'Łódź'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), fc.constantFrom(' ', '  ', '\n', ', '), (list, gap) => {
      const text = list.join(gap);
      const theirs = francAll(text, { only, minLength: 1 });
      if (theirs[0]![0] === 'und') return;
      const theirScores = new Map(theirs);
      for (const r of rankByTrigrams(text, 'Latin', only)) expect(r.score).toBeCloseTo(theirScores.get(r.lang)!, 12);
    }), { numRuns: 300 });
  });
});

describe('Indonesian and Malay markers', () => {
  it('reads Malay month names and spellings', () => {
    expect(detectLanguage('Mesyuarat itu diadakan pada bulan Ogos di pejabat kerajaan negeri.').lang).toBe('zsm');
    expect(detectLanguage('Rapat itu diadakan pada bulan Agustus di kantor pemerintah provinsi.').lang).toBe('ind');
  });

  it('reads the everyday words where the standards part (adakah / apakah, sentiasa / selalu, berjumpa / bertemu)', () => {
    // Without adakah, sentiasa and berjumpa on the Malay list: Indonesian, the answer when nothing tells.
    expect(detectLanguage('Adakah mereka sentiasa berjumpa di situ?').lang).toBe('zsm');
    expect(detectLanguage('Apakah mereka selalu bertemu di sana?').lang).toBe('ind');
  });

  it('does not count words both standards write as markers of one (Indonesian pengurus, persidangan, jabatan, lepas pantai, menyakiti)', () => {
    // Each read as Malay while these were Malay markers: Indonesian writes them too, with their own meanings.
    expect(detectLanguage('Pengurus persidangan mengesahkan jabatan baru itu.').lang).toBe('ind');
    expect(detectLanguage('Mereka tidak ingin menyakiti siapa pun di lepas pantai itu.').lang).toBe('ind');
    expect(detectLanguage('Peneliti itu meneliti kawasan hutan yang kelihatan rusak.').lang).toBe('ind');
    expect(detectLanguage('Mereka boleh pulang lebih awal hari ini.').lang).toBe('ind');
  });

  it('reads Malay words for people and things Indonesian names otherwise (jurucakap, kelab, pengadil, menangguhkan)', () => {
    expect(detectLanguage('Jurucakap kelab itu mengatakan pengadil menangguhkan perlawanan itu.').lang).toBe('zsm');
    expect(detectLanguage('Juru bicara klub itu mengatakan wasit menunda pertandingan itu.').lang).toBe('ind');
    expect(detectLanguage('Setiap orang berhak kepada perlindungan yang sama.').lang).toBe('zsm');
    expect(detectLanguage('Setiap orang berhak atas perlindungan yang sama.').lang).toBe('ind');
  });

  it('reads minggu as the week both standards mean, not as Indonesian Sunday', () => {
    expect(detectLanguage('Mesyuarat itu diadakan minggu ini.').lang).toBe('zsm');
  });

  it('is as sure between the two as their markers have been right: one weak marker 0.81, none 0.5', async () => {
    expect(detectLanguage('Mereka mempunyai rumah yang besar di tepi sungai itu.')).toMatchObject({ lang: 'zsm', confidence: 0.81 });
    expect(detectLanguage('Dia pergi ke pasar bersama ibunya pagi tadi.')).toMatchObject({ lang: 'ind', confidence: 0.5 });
    // So an Indonesian paragraph in an English article, with a weak marker (sekitar), is set apart as Indonesian.
    const { paragraphLanguages } = await import('../src/language/paragraph-language.js');
    const para = 'Tabrakan terjadi sekitar pukul sepuluh pagi di dekat pertigaan jalan yang ramai itu.';
    const texts = ['The crash happened on a busy street in the south of the city on Sunday morning.', para, 'Police said the driver stayed at the scene and was helping them with their inquiries.'];
    expect(paragraphLanguages(texts, 'eng', texts.join('\n'))).toEqual([undefined, 'ind', undefined]);
  });

  it('counts markers over the whole text, not only the first 2,048 characters', () => {
    const filler = 'Dia datang ke sana dan mereka pergi bersama. '.repeat(60);
    expect(detectLanguage(`${filler} Kerajaan berkata bahawa peratus itu naik kerana ekonomi.`).lang).toBe('zsm');
  });
});

describe('Zawgyi Burmese', () => {
  it('tells Zawgyi from Unicode and reads it as Unicode', async () => {
    const { isZawgyi, readableText } = await import('../src/language/zawgyi.js');
    expect(isZawgyi('ျမန္မာႏိုင္ငံသည္ အေရွ႕ေတာင္အာရွတြင္ ရွိသည္။')).toBe(true);
    expect(isZawgyi('မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင် ရှိသည်။')).toBe(false);
    expect(readableText('ျမန္မာႏိုင္ငံ')).toBe('မြန်မာနိုင်ငံ');
    expect(readableText('Unicode text stays as it is')).toBe('Unicode text stays as it is');
  });

  it('ships the ISO 639 tables of the installed iso-639-3 package (after upgrading it, run npm run iso639:update)', async () => {
    const { readFileSync } = await import('node:fs');
    const { iso639DataSource } = await import('../scripts/iso639-of-package.js');
    expect(readFileSync(new URL('../src/iso639-data.ts', import.meta.url), 'utf8')).toBe(iso639DataSource());
  });

  it('ships the rules of the installed myanmar-tools (after upgrading it, run npm run zawgyi:update)', async () => {
    const { ZAWGYI_TO_UNICODE } = await import('../src/language/zawgyi-rules.js');
    const { zawgyiRulesOfPackage } = await import('../scripts/zawgyi-rules-of-package.js');
    expect(ZAWGYI_TO_UNICODE).toEqual(zawgyiRulesOfPackage());
    // The converter fills $1..$9 only; another `$` form in a replacement would need reading here.
    for (const [, replacement] of ZAWGYI_TO_UNICODE.flat()) expect(replacement.replace(/\$[1-9]/gu, '')).not.toContain('$');
  });

  it('converts exactly as myanmar-tools does, a rule tried only where it can start', async () => {
    const { zawgyiToUnicode } = await import('../src/language/zawgyi-convert.js');
    // @ts-expect-error myanmar-tools ships JavaScript only
    const { default: tools } = await import('myanmar-tools');
    const converter = new (tools as { ZawgyiConverter: new () => { zawgyiToUnicode(text: string): string } }).ZawgyiConverter();
    // The Myanmar block, spaces and the invisible characters some rules read, digits, Latin, punctuation.
    const units = [...Array.from({ length: 0xa0 }, (_, k) => 0x1000 + k), 0x20, 0xa0, 0x200b, 0x200c, 0x200d, 0x2060, 0x3000, 0xfeff, 0x30, 0x35, 0x41, 0x61, 0x2e, 0x0a];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((xs) => String.fromCharCode(...xs));
    fc.assert(fc.property(text, (t) => {
      expect(zawgyiToUnicode(t)).toBe(converter.zawgyiToUnicode(t));
    }), { numRuns: 3000 });
    const sentence = 'ျမန္မာႏိုင္ငံသည္ အေရွ႕ေတာင္အာရွတြင္ ရွိသည္။ ၿမိဳ႕ေတာ္ ေနျပည္ေတာ္ ၁၉၄၈ ခုႏွစ္';
    expect(zawgyiToUnicode(sentence)).toBe(converter.zawgyiToUnicode(sentence));
  });

  it('reads from a pattern the characters a match can start with', async () => {
    const { firstUnits } = await import('../src/language/zawgyi-convert.js');
    const starts = (source: string) => [0x1000, 0x1021, 0x1031, 0x103b, 0x1040, 0x41].filter(firstUnits(source));
    // Patterns as the rules hold them: the characters themselves (a TypeScript \u escape is one).
    expect(starts('([\u1000-\u1021])\u103a')).toEqual([0x1000, 0x1021]);
    expect(starts('([^\u1040-\u1049])x')).toEqual([0x1000, 0x1021, 0x1031, 0x103b, 0x41]);
    // An optional first group lets the next atom start a match too.
    expect(starts('([\u103b]*)(\u1031+)')).toEqual([0x1031, 0x103b]);
    expect(starts('(A|\u1040)')).toEqual([0x1040, 0x41]);
    // A pattern that can match nothing, or one this reader does not follow, may start anywhere.
    expect(starts('(A)*')).toHaveLength(6);
    expect(starts('A{2}')).toHaveLength(6);
  });
});

describe('foreignLetterWords', () => {
  it('counts the words holding a letter each language never writes, in the text\'s script only', () => {
    const words = ['привет', 'мы', 'это', 'ја', 'london', 'љубав'];
    expect(foreignLetterWords(words, ['rus', 'bul', 'srp', 'ukr', 'xxx'], 'Cyrillic')).toEqual([2, 4, 2, 4, undefined]);
    expect(foreignLetterWords(['não', 'são', 'informações', 'ñandú'], ['por', 'glg', 'spa', 'eng'], 'Latin')).toEqual([1, 3, 3, 4]);
    expect(foreignLetterWords(['любовь'], ['rus'], 'Greek')).toEqual([undefined]);
  });

  it('counts the Spanish endings its neighbours never write, at the end of a word only', () => {
    // ciudad, verlo and darles end so; cidadania, dadas and carlosa hold the letters inside a word only.
    expect(foreignLetterWords(['ciudad', 'verlo', 'darles'], ['glg', 'por', 'cat', 'spa'], 'Latin')).toEqual([3, 3, 3, 0]);
    expect(foreignLetterWords(['cidadania', 'dadas', 'carlosa'], ['glg', 'por', 'cat', 'spa'], 'Latin')).toEqual([0, 0, 0, 0]);
  });

  it('counts the Danish -hed and -skab against Norwegian and Swedish, their -het and -skap against Danish', () => {
    const langs = ['dan', 'nob', 'swe'];
    expect(foreignLetterWords(['friheden', 'selskab'], langs, 'Latin')).toEqual([0, 2, 2]);
    expect(foreignLetterWords(['friheten', 'selskapet', 'heter'], langs, 'Latin')).toEqual([3, 0, 0]);
    // Inside a compound the suffix proves nothing: enhedsgruppe.
    expect(foreignLetterWords(['enhedsgruppe'], langs, 'Latin')).toEqual([0, 0, 0]);
  });

  it('counts the spellings Danish and Norwegian write for each other\'s, a compound\'s joint excepted', () => {
    const langs = ['dan', 'nob', 'swe'];
    // øj, ej before a consonant or at the end, -tion: Danish; ø is not Swedish.
    expect(foreignLetterWords(['øje', 'vej', 'arbejde', 'station'], langs, 'Latin')).toEqual([0, 4, 1]);
    // øy, ei, -sjon and a doubled final consonant: Norwegian; ä and ö are Swedish only.
    expect(foreignLetterWords(['øye', 'vei', 'arbeid', 'stasjon', 'takk', 'mitt', 'mann', 'overskudd', 'glömt'], langs, 'Latin')).toEqual([9, 1, 2]);
    // drømmejobb and pengeinstitut join e to j and in-.
    expect(foreignLetterWords(['drømmejobb', 'pengeinstitut'], langs, 'Latin')).toEqual([0, 0, 1]);
    // Norwegian gj, kj, opp-, inn- and nn before a consonant; Danish writes gjorde, kjole and skjule too.
    expect(foreignLetterWords(['gjøre', 'kjøpe', 'oppmerksom', 'innhold', 'sannsynlig'], langs, 'Latin')).toEqual([5, 0, 2]);
    expect(foreignLetterWords(['gjorde', 'kjole', 'skjule', 'oppe', 'innovation'], langs, 'Latin')).toEqual([0, 1, 0]);
  });

  it('counts where Russian, Bulgarian and Ukrainian write their signs and endings', () => {
    const langs = ['rus', 'bul', 'ukr'];
    // ь before a consonant or at the end, -гда and -ую: not Bulgarian; -гда, -ие and и-: not Ukrainian.
    expect(foreignLetterWords(['жить', 'здесь', 'когда', 'новую', 'решение', 'их'], langs, 'Cyrillic')).toEqual([0, 4, 3]);
    // ъ before a consonant or at the end: not Russian (Ukrainian writes no ъ at all); ь before о is Bulgarian's own.
    expect(foreignLetterWords(['съм', 'градът', 'шофьор'], langs, 'Cyrillic')).toEqual([2, 0, 2]);
  });

  it('counts Dutch ij, sch, z and dt against Afrikaans, q and x against Turkish, Catalan -ny, tx and -ig against Spanish, ळ against Hindi, Slovene vs- against Croatian', () => {
    expect(foreignLetterWords(['tijd', 'school', 'zee', 'wordt', 'tyd'], ['afr', 'nld'], 'Latin')).toEqual([4, 0]);
    // ə is beyond Latin Extended-B: it counts too.
    expect(foreignLetterWords(['xalq', 'yaxın', 'gənc', 'web'], ['tur', 'azj'], 'Latin')).toEqual([3, 0]);
    expect(foreignLetterWords(['any', 'anys', 'cotxe', 'maig', 'inyección', 'big'], ['spa', 'cat'], 'Latin')).toEqual([4, 0]);
    expect(foreignLetterWords(['काळ', 'काल'], ['hin', 'npi', 'mar'], 'Devanagari')).toEqual([1, 1, 0]);
    // Slovene vs- and vč- at a word's start.
    expect(foreignLetterWords(['vse', 'vsak', 'včeraj', 'sve', 'vs'], ['slv', 'hrv', 'bos', 'srp'], 'Latin')).toEqual([0, 3, 3, 3]);
  });

  it('counts a word as often as the text writes it: the sum of each word counted alone', () => {
    const pool = ['của', 'được', 'não', 'ñandú', 'juez', 'trabalho', 'the', 'straße', 'wyjście', 'ya', 'kolmas'];
    const langs = ['vie', 'por', 'glg', 'spa', 'eng', 'deu', 'pol', 'fin', 'ind'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (words) => {
      const alone = words.map((w) => foreignLetterWords([w], langs, 'Latin'));
      expect(foreignLetterWords(words, langs, 'Latin')).toEqual(langs.map((_, i) => alone.reduce((n, c) => n + c[i]!, 0)));
    }), { numRuns: 300 });
  });
});

describe('functionWordShares', () => {
  it('counts an elided article joined to its word for the languages that write one', () => {
    expect(functionWordShares(["l'enemic", 'dell’anno', 'enemic'], ['cat', 'ita', 'fra', 'spa'])).toEqual([1 / 3, 2 / 3, 1 / 3, 0]);
  });
});

describe('countScripts', () => {
  it('lists scripts by letter count, largest first, equal counts in the order the text first writes them', () => {
    expect(countScripts('abc')).toEqual([{ script: 'Latin', share: 1 }]);
    // Two Cyrillic letters, three Greek, two Latin: Greek first, then Cyrillic before Latin as the text writes them.
    const counted = countScripts('жж ab αβγ');
    expect(counted.map((c) => c.script)).toEqual(['Greek', 'Cyrillic', 'Latin']);
    expect(counted.map((c) => c.share)).toEqual([3 / 7, 2 / 7, 2 / 7]);
    expect(countScripts('ab жж')[0]!.script).toBe('Latin');
    expect(countScripts('123 !?')).toEqual([]);
  });
});

describe('signsOfAnotherLanguage', () => {
  it('names the languages whose function words lead a paragraph, and none when its own lead or only names are there', () => {
    expect(signsOfAnotherLanguage('The visit will strengthen cooperation between the two countries, the spokesperson said.', 'ind', 'Latin')).toEqual({ languages: ['eng'] });
    expect(signsOfAnotherLanguage('Pemerintah Kazakhstan menyambut kunjungan tersebut dengan upacara resmi di bandara.', 'ind', 'Latin')).toBeUndefined();
    expect(signsOfAnotherLanguage('Crystal Palace: Hennessey, Ward, Dann, Delaney, Souare, Jedinak, Cabaye, Zaha, McArthur', 'vie', 'Latin')).toBeUndefined();
    // A Tagalog sentence half of English names: its Tagalog function words lead (detection alone read it as English).
    expect(signsOfAnotherLanguage('Inilathala ng State Council ng China ang Next Generation Artificial Intelligence Development Plan.', 'tgl', 'Latin')).toBeUndefined();
    expect(signsOfAnotherLanguage('The visit will strengthen cooperation between the two countries, the spokesperson said.', 'fra', 'Latin')).toEqual({ languages: ['eng'] });
    // An Indonesian sentence of names and numbers has few function words (dari, pada: 2 of 15), enough for a sign.
    expect(signsOfAnotherLanguage('Striker asal Brasil mencetak gol spektakuler dari jarak tiga puluh meter pada menit terakhir pertandingan.', 'eng', 'Latin')).toEqual({ languages: ['ind', 'zsm'] });
    // Names with one "the" among them prove no language: too few function words.
    expect(signsOfAnotherLanguage('Real Madrid Cristiano Ronaldo Lionel Messi Barcelona Champions League final the Santiago Bernabéu Stadium tonight Paris Saint Germain Mbappé Neymar', 'fra', 'Latin')).toBeUndefined();
    // A capital I alone is a numeral or an initial, not the Catalan conjunction i, which is written small.
    expect(signsOfAnotherLanguage('Bernard Vann: el clérigo que ganó una Cruz Victoria en la I Guerra Mundial', 'spa', 'Latin')).toBeUndefined();
    expect(signsOfAnotherLanguage('El govern i els sindicats van signar un acord per a la reforma de les pensions.', 'spa', 'Latin')).toEqual({ languages: ['cat'] });
    // Indonesian and Malay share their function words: neither points away from the other.
    expect(signsOfAnotherLanguage('Pemerintah mengatakan bahwa harga beras akan turun karena panen yang baik di daerah itu.', 'zsm', 'Latin', ['ind', 'zsm'])).toBeUndefined();
  });

  it('leaves a paragraph in a script of its own to detection, and reads Arabic script by its letters', () => {
    expect(signsOfAnotherLanguage('รัฐบาลประกาศแผนใหม่สำหรับโรงเรียนทั่วประเทศในวันจันทร์', 'eng', 'Latin')).toEqual({});
    // A fifth of the letters in Arabic script makes it the paragraph's script.
    expect(signsOfAnotherLanguage('The president said that الرئيس قال إن the talks were over.', 'eng', 'Latin')).toEqual({});
    expect(signsOfAnotherLanguage('قالت الحكومة إن المدارس ستفتح أبوابها في الأسبوع المقبل', 'arb', 'Arabic')).toBeUndefined();
    expect(signsOfAnotherLanguage('حکومت نے کہا کہ اسکول اگلے ہفتے کھلیں گے اور بچے واپس آئیں گے', 'arb', 'Arabic')).toEqual({ languages: ['urd'] });
    // Han with kana is Japanese in a Chinese article; Han alone is the article's own.
    expect(signsOfAnotherLanguage('政府は月曜日に新しい学校計画を発表し、全国の教師に研修を行うと述べた。', 'cmn', 'Han')).toEqual({ languages: ['jpn'] });
    expect(signsOfAnotherLanguage('政府周一宣布了新的学校计划，并表示将为全国教师提供培训。', 'cmn', 'Han')).toBeUndefined();
    // Mostly Latin names, a few characters of the article's own script: its own language with names in it.
    expect(signsOfAnotherLanguage('BBC Scotland 的 Alasdair Lamont 在 Tony Macaroni 球场', 'cmn', 'Han')).toBeUndefined();
    expect(signsOfAnotherLanguage('The talks in Astana ended without an agreement on Monday.', 'cmn', 'Han')).toEqual({});
    // A Latin article's own script proves nothing: names in Latin letters are in every script's text.
    expect(signsOfAnotherLanguage('Президент сказал, что Tony Blair и Gordon Brown приедут.', 'eng', 'Latin')).toEqual({});
  });
});
