/**
 * Every value a number as written may stand for, for the number check. A
 * separator may be read either way (NTREX's Vietnamese writes 16,700 where
 * Indonesian writes 16.700; 12:55 is 12.55 in Indonesian); a scale word
 * multiplies (1.25 亿 is 125 million); an hour before "pm" is twelve more; a
 * year may be written in the other side's calendar (2018 is 2561 in Thai), by
 * its last two digits (the 1950-53 war), or by its century (20 世纪 30 年代).
 */
import { toAsciiDigits } from '../entities/digits.js';
import { CENTURY, numberWords } from './number-words.js';
import { scaleAround, scaledValue } from '../entities/number-scales.js';
import { unitAfter, type UnitClass } from './number-units.js';

/** A number as written and every value it may stand for. */
export interface Reading {
  text: string;
  /** What its digits say, each reading of a separator. */
  values: Set<string>;
  /** What it may also stand for: scaled, an hour after noon, a year by its last two digits or in another calendar. */
  alt: Set<string>;
  /** The integer parts of a number written with separators (3:35 is 3 and 35). */
  parts: string[];
  unit?: UnitClass;
  /** A number named as a century. */
  century?: number;
  /** The century of a four-digit year. */
  yearCentury?: number;
}

/** Digits with their separators; French writes a time 07h55 or 11 h 15. */
const NUMBER = /\d+(?:(?:[.,:\uff1a\u00a0\u202f\u066b\u066c'’]|\s?h\s?(?=\d\d))\d+)*/gu;
/** Words after an hour that put it after noon: 5.30pm is 17.30, 7 giờ tối is 19, 3 مساءً is 15. */
const AFTER_NOON = /^\s?(?:p\.?\s?m\b|giờ (?:chiều|tối)|(?:chiều|tối)\b|(?:sore|malam|petang)\b|مساء)/iu;
/** Words before an hour that do the same: 下午5点. */
const BEFORE_NOON_ENDS = /(?:下午|晚上|傍晚|บ่าย)\s?$/u;
/** Years of other calendars, by the language that writes them: the Buddhist era (Thai, Lao, Khmer), the Burmese era. */
const CALENDARS: Record<string, number[]> = { tha: [543], lao: [543], khm: [543, 544], mya: [-638] };

/** The numbers written in `text` in digits (any script), read for comparison with a text in `otherLang`. */
export function readNumbers(text: string, lang: string, otherLang: string): Reading[] {
  const ascii = toAsciiDigits(text);
  const calendars = CALENDARS[otherLang] ?? [];
  return [...ascii.matchAll(NUMBER)].map((m) => {
    const raw = m[0];
    const end = m.index + raw.length;
    const after = ascii.slice(end, end + 24);
    const before = ascii.slice(Math.max(0, m.index - 4), m.index);
    const values = valuesOf(raw);
    const parts = raw.split(/\D+/u);
    const reading: Reading = { text: raw, values, alt: new Set(), parts: parts.length > 1 ? parts.map((p) => String(Number(p))) : [] };
    const hour = Number(parts[0]);
    if (hour >= 1 && hour <= 12 && (AFTER_NOON.test(after.slice(0, 12)) || BEFORE_NOON_ENDS.test(before))) {
      for (const v of values) reading.alt.add(String(Number(v) + 12));
    }
    const scale = scaleAround(before, after, lang)?.scale;
    if (scale) for (const v of values) reading.alt.add(scaledValue(v, scale));
    if (/^\d{4}$/u.test(raw)) addYear(reading, Number(raw), calendars);
    if (CENTURY.test(after)) reading.century = Number(raw);
    const unit = unitAfter(after);
    if (unit) reading.unit = unit;
    return reading;
  });
}

function addYear(reading: Reading, year: number, calendars: number[]): void {
  if (year < 1000 || year > 2999) return;
  reading.yearCentury = Math.floor((year - 1) / 100) + 1;
  // The 1950-53 war, les années 30: a decade or a year by its last two digits.
  if (year >= 1900 && year < 2100 && year % 100 >= 10) reading.alt.add(String(year % 100));
  for (const offset of calendars) reading.alt.add(String(year + offset));
}

/** Every value a digit string may stand for: grouped thousands, a decimal mark, a time. */
function valuesOf(raw: string): Set<string> {
  const values = new Set<string>();
  const parts = raw.split(/\D+/u);
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

/** A value said in words (a number word, a month's name): it excuses a digit on the other side, never demands one. */
export function wordReading(text: string, value: number): Reading {
  return { text, values: new Set([String(value)]), alt: new Set(), parts: [] };
}

/** Number words of a text as readings. */
export function readWords(text: string, lang: string): Reading[] {
  return numberWords(text, lang).map((w) => wordReading(w.text, w.value));
}
