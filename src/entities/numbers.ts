/**
 * Numbers as language-free keys: digits of every script, the local decimal and
 * grouping separators (1.234,5 in Indonesian is 1,234.5 in English), day/month
 * dates such as Vietnamese `3-4/7`, months in Chinese, Japanese and Korean
 * digits (10月), and the cheap number words (sembilan, chín, nine; up to 99 in
 * English, Indonesian, Malay and Vietnamese) that translations use in place of
 * digits.
 */
import { toAsciiDigits } from './digits.js';
import { makeKey } from './keys.js';
import { scaleAround, scaledValue } from './number-scales.js';

/** The longest scale word and the space before it ("mil millones", "nghìn tỷ") fit in this many characters. */
const SCALE_REACH = 16;

export interface NumberMention {
  /** `num:24`, `num:1234.5`, or `month:7` for the month of a numeric date. */
  key: string;
  text: string;
  start: number;
  end: number;
  /** Written as a word rather than digits. */
  word: boolean;
}

/** A day/month date, with an optional day range and year: 2/7, 3-4/7, 18/5/2023. */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})(?:[-–](\d{1,2}))?\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/gu;
/** A month in Chinese, Japanese or Korean digits: 10月, 10月份, 10월 (a span of months is 10个月, 10ヶ月, 10개월). */
const CJK_MONTH = /(?<!\d)(\d{1,2})\s?(?:月份?|월)/gu;
const NUMBER = /\d+(?:[.,\u00a0\u202f\u066b\u066c'’]\d+)*/gu;

/** Number words 2 to 10 (one is left out: it is also "a"). Ambiguous words (Vietnamese năm = five/year) are left out. */
const NUMBER_WORDS: Record<string, string[]> = {
  ind: ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
  zsm: ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan', 'sepuluh'],
  vie: ['hai', 'ba', 'bốn', '', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  eng: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  fra: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
  spa: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  deu: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
  tgl: ['dalawa', 'tatlo', 'apat', 'lima', 'anim', 'pito', 'walo', 'siyam', 'sampu'],
  arb: ['اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'],
};

/**
 * Other forms of the number words: Arabic counts with the feminine form before
 * a masculine noun (ثماني نقاط, eight points; ثلاث سنوات, three years).
 */
const OTHER_FORMS: Record<string, Record<string, number>> = {
  arb: { اثنتان: 2, اثنين: 2, ثلاث: 3, أربع: 4, خمس: 5, سبع: 7, ثماني: 8, ثمان: 8, تسع: 9 },
};

const TEENS_AND_TENS: Record<string, number> = {
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ENGLISH_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const ENGLISH_TEENS = 'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const ENGLISH_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** A reader of numbers 11 to 99 written in words in one language. */
interface CompoundNumbers {
  pattern: RegExp;
  /** The value of a match, from its words in lower case. */
  value: (words: string[]) => number;
}

/** The value of one of a language's unit words (one to nine). */
function unitValue(lang: string, word: string | undefined): number {
  if (word === undefined) return 0;
  return wordTable(lang)!.get(word) ?? (ONE[lang] === word ? 1 : 0);
}
const ONE: Record<string, string> = { eng: 'one', ind: 'satu', zsm: 'satu' };

/**
 * Indonesian and Malay build 11 to 99 from the units: sebelas, dua belas (12),
 * dua puluh lima (25); se- is one, written joined.
 */
function malayCompound(lang: 'ind' | 'zsm'): CompoundNumbers {
  const units = `satu|${NUMBER_WORDS[lang]!.slice(0, 8).join('|')}`;
  return {
    pattern: new RegExp(`(?<!\\p{L})(?:se|(?:${units}) )(?:belas|puluh)(?: (?:${units}))?(?!\\p{L})`, 'giu'),
    value: ([first, second, third]) => {
      const joined = first === 'sebelas' || first === 'sepuluh';
      const [count, kind, unit] = joined ? [1, first!.slice(2), second] : [unitValue(lang, first), second, third];
      return kind === 'belas' ? 10 + count : 10 * count + unitValue(lang, unit);
    },
  };
}

/**
 * Vietnamese builds 11 to 99 with mười (ten) and mươi (tens): mười hai (12),
 * hai mươi (20), hai mươi lăm (25). After the tens five is lăm, one mốt and four
 * often tư, so a năm there is "year" (mười năm is ten years), not a unit.
 */
const VIETNAMESE_DIGITS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };
const VIETNAMESE: CompoundNumbers = {
  pattern: /(?<!\p{L})(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín) mươi|mười)(?: (?:một|mốt|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín))?(?!\p{L})/giu,
  value: ([first, second, third]) => (first === 'mười' ? 10 + (VIETNAMESE_DIGITS[second ?? ''] ?? 0) : 10 * VIETNAMESE_DIGITS[first!]! + (VIETNAMESE_DIGITS[third ?? ''] ?? 0)),
};

/** A compound's value as the sum of its words' values, each looked up in `values` (words it lacks, such as a joining "et", add nothing). */
const sumOf = (values: Record<string, number>) => (words: string[]): number => words.reduce((sum, w) => sum + (values[w] ?? 0), 0);

/**
 * French builds 11 to 99 from onze to seize, dix-sept and the tens, with et
 * before un and onze (vingt et un, soixante et onze), and 70 to 99 from
 * soixante and quatre-vingts (soixante-dix-sept, quatre-vingt-douze); Swiss
 * and Belgian French write septante, huitante or octante, and nonante.
 * Hyphens or spaces, as the 1990 spelling allows.
 */
const FRENCH_VALUES: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const frenchSum = sumOf(FRENCH_VALUES);
const FRENCH_TEENS = 'dix[- ](?:sept|huit|neuf)|onze|douze|treize|quatorze|quinze|seize';
const FRENCH: CompoundNumbers = {
  pattern: new RegExp(`(?<!\\p{L})(?:(?:quatre[- ]vingts?|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante)`
    + `(?:[- ](?:et[- ])?(?:${FRENCH_TEENS}|dix|une?|deux|trois|quatre|cinq|six|sept|huit|neuf))?|${FRENCH_TEENS})(?!\\p{L})`, 'giu'),
  // Quatre before vingt multiplies: quatre-vingt-dix is 4 x 20 + 10.
  value: (words) => (words[0] === 'quatre' ? 80 + frenchSum(words.slice(2)) : frenchSum(words)),
};

/**
 * Spanish writes 11 to 29 as one word (once, dieciséis, veintitrés) and the
 * tens above with y (treinta y uno).
 */
const SPANISH_UNITS: Record<string, number> = {
  uno: 1, una: 1, un: 1, ún: 1, dos: 2, dós: 2, tres: 3, trés: 3, cuatro: 4, cinco: 5, seis: 6, séis: 6, siete: 7, ocho: 8, nueve: 9,
};
const SPANISH_VALUES: Record<string, number> = {
  ...SPANISH_UNITS, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, veinte: 20,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
const spanishSum = sumOf(SPANISH_VALUES);
const SPANISH: CompoundNumbers = {
  pattern: /(?<!\p{L})(?:(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?: y (?:uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|veinti(?:uno|una|ún|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)|dieci(?:séis|seis|siete|ocho|nueve)|veinte|once|doce|trece|catorce|quince)(?!\p{L})/giu,
  value: (words) => {
    const joined = /^(dieci|veinti)(.+)$/u.exec(words[0]!);
    return joined ? (joined[1] === 'dieci' ? 10 : 20) + SPANISH_UNITS[joined[2]!]! : spanishSum(words);
  },
};

/**
 * German writes 11 to 99 as one word, the unit first: elf, zwölf, dreizehn,
 * zwanzig, dreiundzwanzig (Swiss spelling dreissig).
 */
const GERMAN_VALUES: Record<string, number> = {
  ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const GERMAN: CompoundNumbers = {
  pattern: /(?<!\p{L})(?:(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn)(?!\p{L})/giu,
  value: ([word]) => {
    const [unit, tens] = word!.includes('und') ? word!.split('und') : ['', word!];
    return (GERMAN_VALUES[unit!] ?? 0) + GERMAN_VALUES[tens!]!;
  },
};

/**
 * Arabic builds 11 to 19 as the unit and عشر or عشرة (ثلاثة عشر, 13), and 21
 * to 99 as the unit, then و joined to the tens (خمسة وعشرون, 25); the tens
 * end in -ون, or -ين after a preposition or as an object (عشرين).
 */
const ARABIC_TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
/** The units a compound reads: the number words 2 to 9 and their other forms, and the forms only a compound writes. */
const ARABIC_UNITS: Record<string, number> = {
  ...Object.fromEntries(NUMBER_WORDS.arb!.slice(0, 8).map((w, i) => [w, i + 2])),
  ...OTHER_FORMS.arb,
  واحد: 1, واحدة: 1, أحد: 1, إحدى: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2, اثنتين: 2, ست: 6,
};
const ARABIC_UNIT = Object.keys(ARABIC_UNITS).join('|');
const ARABIC_TEN = Object.keys(ARABIC_TENS).join('|');
const ARABIC: CompoundNumbers = {
  // A unit may carry و (and) itself: وإحدى عشرة.
  pattern: new RegExp(`(?<!\\p{L})(?:و?(?:${ARABIC_UNIT}) (?:عشرة?|و(?:${ARABIC_TEN}))|و?(?:${ARABIC_TEN}))(?!\\p{L})`, 'gu'),
  value: ([first, second]) => (second === undefined ? withAnd(ARABIC_TENS, first!)
    : withAnd(ARABIC_UNITS, first!) + (second.startsWith('عشر') ? 10 : withAnd(ARABIC_TENS, second))),
};

/** An Arabic number word's value, as written or after the و (and) joined to it. */
function withAnd(values: Record<string, number>, word: string): number {
  return values[word] ?? values[word.slice(1)]!;
}

/**
 * Numbers 11 to 99 in words (twelve, twenty-five, dua puluh lima), which a
 * translation may write in digits or its own numerals; read before the single
 * number words, so that the five of twenty-five is not a number of its own.
 * English leaves out the older "five and thirty": "between five and thirty" is a range.
 */
const COMPOUND_NUMBERS: Record<string, CompoundNumbers> = {
  eng: {
    pattern: new RegExp(`\\b(?:(?:${ENGLISH_TENS})(?:[- ](?:${ENGLISH_UNITS}))?|${ENGLISH_TEENS})\\b`, 'giu'),
    value: (words) => words.reduce((sum, w) => sum + (TEENS_AND_TENS[w] ?? unitValue('eng', w)), 0),
  },
  ind: malayCompound('ind'),
  zsm: malayCompound('zsm'),
  vie: VIETNAMESE,
  fra: FRENCH,
  spa: SPANISH,
  deu: GERMAN,
  arb: ARABIC,
};

const wordTables = new Map<string, Map<string, number>>();

function wordTable(lang: string): Map<string, number> | undefined {
  const words = NUMBER_WORDS[lang];
  if (!words) return undefined;
  let table = wordTables.get(lang);
  if (!table) {
    table = new Map(words.flatMap((w, i) => (w ? [[w, i + 2] as [string, number]] : [])));
    for (const [w, n] of Object.entries(OTHER_FORMS[lang] ?? {})) table.set(w, n);
    wordTables.set(lang, table);
  }
  return table;
}

const separators = new Map<string, { decimal: string; group: string }>();

/** The decimal and grouping marks of a locale, from `Intl.NumberFormat`. */
function separatorsOf(locale: string): { decimal: string; group: string } {
  let s = separators.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separators.set(locale, s);
  }
  return s;
}

/**
 * The value of a digit string with separators. The last separator is a decimal
 * mark when it is the Arabic decimal sign, when fewer or more than three digits
 * follow it, when it differs from the marks before it, or when it is the
 * locale's decimal mark; otherwise every separator groups thousands.
 */
function valueOf(raw: string, locale: string): string {
  const marks = raw.match(/\D/gu);
  if (!marks) return String(Number(raw));
  const groups = raw.split(/\D/u);
  const last = groups[groups.length - 1]!;
  const lastMark = marks[marks.length - 1]!;
  const isDecimal = lastMark === '\u066b' || last.length !== 3
    || (marks.length > 1 && marks[0] !== lastMark)
    || (marks.length === 1 && lastMark === separatorsOf(locale).decimal);
  const whole = Number((isDecimal ? groups.slice(0, -1) : groups).join(''));
  const fraction = isDecimal ? last.replace(/0+$/u, '') : '';
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export function findNumbers(text: string, locale: string, lang: string | undefined): NumberMention[] {
  const ascii = toAsciiDigits(text);
  const out: NumberMention[] = [];
  const covered: [number, number][] = [];
  const monthFirst = lang === 'eng';

  for (const m of ascii.matchAll(NUMERIC_DATE)) {
    const [whole, d1, d2, mo, year] = m;
    const [day1, month] = monthFirst && Number(mo) <= 31 && Number(d1) <= 12 ? [mo!, d1!] : [d1!, mo!];
    if (Number(month) < 1 || Number(month) > 12 || Number(day1) > 31) continue;
    const start = m.index;
    const push = (key: string) => out.push({ key, text: text.slice(start, start + whole.length), start, end: start + whole.length, word: false });
    push(makeKey('num', Number(day1)));
    if (d2) push(makeKey('num', Number(d2)));
    push(makeKey('month', Number(month)));
    if (year) push(makeKey('num', year.length === 2 ? 2000 + Number(year) : Number(year)));
    covered.push([start, start + whole.length]);
  }

  if (/[月월]/u.test(ascii)) {
    for (const m of ascii.matchAll(CJK_MONTH)) {
      const month = Number(m[1]);
      if (month < 1 || month > 12) continue;
      out.push({ key: makeKey('month', month), text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length, word: false });
      covered.push([m.index, m.index + m[0].length]);
    }
    covered.sort((a, b) => a[0] - b[0]);
  }

  let next = 0;
  for (const m of ascii.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    // Both lists run left to right, so one pointer finds the date a number sits in.
    while (next < covered.length && covered[next]![1] <= start) next++;
    if (next < covered.length && covered[next]![0] <= start) continue;
    // "2024-2025" is two numbers; the regex already stops at the dash.
    // A number is keyed by what it counts: 2.4 million, 2,4 juta, 240万 and 2,400,000 are one number.
    const value = valueOf(m[0], locale);
    const scaled = scaleAround(ascii.slice(Math.max(0, start - 2), start), ascii.slice(end, end + SCALE_REACH), lang ?? 'und');
    const to = scaled ? end + scaled.length : end;
    out.push({ key: makeKey('num', scaled ? scaledValue(value, scaled.scale) : value), text: text.slice(start, to), start, end: to, word: false });
  }

  const compound = lang ? COMPOUND_NUMBERS[lang] : undefined;
  if (compound) {
    for (const m of text.matchAll(compound.pattern)) {
      out.push({ key: makeKey('num', compound.value(m[0].toLowerCase().split(/[- ]/u))), text: m[0], start: m.index, end: m.index + m[0].length, word: true });
      covered.push([m.index, m.index + m[0].length]);
    }
  }

  const words = lang ? wordTable(lang) : undefined;
  if (words) {
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const n = words.get(m[0].toLowerCase());
      if (n !== undefined && !covered.some(([a, b]) => m.index >= a && m.index < b)) out.push({ key: makeKey('num', n), text: m[0], start: m.index, end: m.index + m[0].length, word: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
