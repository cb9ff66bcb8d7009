/**
 * Numbers of an aligned pair compared as values, the way CAT QA tools
 * (Xbench, Verifika, CheckMate) compare them, and only as far as a reviewer
 * would act. A number written with a separator may be read either way
 * (NTREX's Vietnamese writes 16,700 where Indonesian writes 16.700; 12:55 is
 * 12.55 in Indonesian), so each has every reading it allows and two numbers
 * match when any readings agree. A number the other side writes as a word
 * (sembilan, chín, nine, ketiga) is not missing. A number on one side only is
 * a warning (the other side may say "a mile", "dozens"); a value on each side
 * that the other lacks is a changed number, an error, unless its unit was
 * converted (inches to centimetres: a warning).
 */
import { toAsciiDigits } from '../entities/digits.js';

export interface NumberFinding {
  /** `changed`: each side has a value the other lacks; `unmatched`: only one side has an unmatched number. */
  kind: 'changed' | 'unmatched';
  severity: 'error' | 'warning';
  missing: string[];
  extra: string[];
}

/** A number as written, every value it may stand for, and whether a unit a translation may convert follows it. */
interface Reading {
  text: string;
  values: Set<string>;
  unit?: 'imperial' | 'metric';
}

/** Digits with their separators; French writes a time 07h55. */
const NUMBER = /\d+(?:(?:[.,:\u00a0\u202f\u066b\u066c'’]|h(?=\d\d))\d+)*/gu;
/**
 * Units a translation converts (10 inches is 25 cm, 550 pounds 250 kg, 80 °F
 * 26 °C): a value changed with its unit is a conversion to check, a warning.
 */
const IMPERIAL = /^\s?-?(?:inch(?:es)?|in\b|pounds?|lbs?\b|miles?|mph|foot|feet|ft\b|yards?|ounces?|oz\b|gallons?|°\s?F|degrees? fahrenheit|fahrenheit)/iu;
const METRIC = /^\s?-?(?:cm|mm|km|kg|m\b|g\b|l\b|°\s?C|độ\s?C|centim|kilom|kilog|mét|met\b|ki-lô)/iu;

/**
 * Number words one to twenty and the tens, and ordinals, per language: they
 * only excuse a digit on the other side, never demand one (a word such as
 * "one" is also "a"). Ambiguous words (Vietnamese năm is five and year) are left out.
 */
const WORDS: Record<string, Record<string, number>> = {
  eng: table(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'], { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12 }),
  ind: table(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'],
    ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh'], { seratus: 100, seribu: 1000 }),
  zsm: table(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan', 'sepuluh', 'sebelas'],
    ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kelapan', 'kesembilan', 'kesepuluh'], { seratus: 100, seribu: 1000 }),
  vie: table(['một', 'hai', 'ba', 'bốn', '', 'sáu', 'bảy', 'tám', 'chín', 'mười'], ['nhất'], {}),
  fra: table(['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'],
    ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'], { une: 1, première: 1, trente: 30, quarante: 40, cinquante: 50, cent: 100, mille: 1000 }),
  spa: table(['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
    ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo'], { una: 1, primera: 1, segunda: 2, tercera: 3, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100, mil: 1000 }),
  tgl: table(['isa', 'dalawa', 'tatlo', 'apat', 'lima', 'anim', 'pito', 'walo', 'siyam', 'sampu'], ['una', 'ikalawa', 'ikatlo', 'ikaapat', 'ikalima'], {}),
  arb: table(['واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'], [], { اثنين: 2, ثلاث: 3, أربع: 4, خمس: 5 }),
};

function table(cardinals: string[], ordinals: string[], more: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...more };
  cardinals.forEach((w, i) => { if (w) out[w] = i + 1; });
  ordinals.forEach((w, i) => { if (w) out[w] = i + 1; });
  return out;
}

/** Every value a digit string may stand for: grouped thousands, a decimal mark, a time. */
function readingsOf(raw: string): Set<string> {
  const values = new Set<string>();
  const parts = raw.split(/\D/u);
  if (parts.length === 1) {
    values.add(String(Number(raw)));
    return values;
  }
  // Every mark grouping thousands (all groups after the first of three digits).
  if (parts.slice(1).every((p) => p.length === 3)) values.add(String(Number(parts.join(''))));
  // The last mark a decimal one, the others grouping.
  const whole = Number(parts.slice(0, -1).join(''));
  const fraction = parts[parts.length - 1]!.replace(/0+$/u, '');
  // 12:55 and 12.55 alike: a time reads as its decimal form.
  values.add(fraction ? `${whole}.${fraction}` : String(whole));
  return values;
}

/** Words after an hour that put it after noon: 5.30pm is 17.30, 7 giờ tối is 19. */
const AFTER_NOON = /^\s?(?:p\.?\s?m\b|giờ (?:chiều|tối)|(?:chiều|tối)\b|(?:sore|malam|petang)\b)/iu;

function readNumbers(text: string): Reading[] {
  const ascii = toAsciiDigits(text);
  return [...ascii.matchAll(NUMBER)].map((m) => {
    const values = readingsOf(m[0]);
    const hour = Number(m[0].split(/[:.]/u)[0]);
    if (hour >= 1 && hour <= 12 && AFTER_NOON.test(ascii.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      for (const v of [...values]) values.add(String(Number(v) + 12));
    }
    const after = ascii.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const unit = IMPERIAL.test(after) ? 'imperial' as const : METRIC.test(after) ? 'metric' as const : undefined;
    return { text: m[0], values, ...(unit && { unit }) };
  });
}

/** Number words of a text with their values: they excuse a digit on the other side, never demand one. */
function readWords(text: string, lang: string): Reading[] {
  const words = WORDS[lang];
  if (!words) return [];
  const out: Reading[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}-]+/gu)) {
    const n = words[m[0]];
    if (n !== undefined) out.push({ text: m[0], values: new Set([String(n)]) });
  }
  return out;
}

/**
 * What the two sides of a pair say in numbers, compared; undefined when they
 * agree. `months` are the month numbers each side names (2 Juli names 7), which
 * stand for the month of a date the other side writes in digits (2/7).
 */
export function compareNumbers(
  source: string, target: string, sourceLang: string, targetLang: string, months: { source: number[]; target: number[] } = { source: [], target: [] },
): NumberFinding | undefined {
  const [s, t] = [readNumbers(source), readNumbers(target)];
  if (s.length === 0 && t.length === 0) return undefined;
  const named = (list: number[]) => list.map((m) => ({ text: String(m), values: new Set([String(m)]) }));
  // Words are read only for a side whose numbers need them: most pairs agree in digits alone.
  const words = (text: string, lang: string, list: number[]) => [...readWords(text, lang), ...named(list)];
  // A number is matched by a number of the other side, or by one of its number words.
  const unmatched = (mine: Reading[], theirs: Reading[]) => {
    const used = new Set<number>();
    return mine.filter((r) => {
      const k = theirs.findIndex((o, i) => !used.has(i) && [...r.values].some((v) => o.values.has(v)));
      if (k >= 0) used.add(k);
      return k < 0;
    });
  };
  const missing = unmatched(s, t).length ? unmatched(s, [...t, ...words(target, targetLang, months.target)]) : [];
  const extra = unmatched(t, s).length ? unmatched(t, [...s, ...words(source, sourceLang, months.source)]) : [];
  if (missing.length === 0 && extra.length === 0) return undefined;
  // Imperial on one side and metric on the other: converted, not changed.
  const units = new Set([...missing, ...extra].map((r) => r.unit));
  const changed = missing.length > 0 && extra.length > 0 && !(units.has('imperial') && units.has('metric'));
  const texts = (list: Reading[]) => list.map((r) => r.text);
  return { kind: changed ? 'changed' : 'unmatched', severity: changed ? 'error' : 'warning', missing: texts(missing), extra: texts(extra) };
}
