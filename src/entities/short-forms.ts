/**
 * What names a country or a month by a short form, read before the gazetteer
 * and before a run of capitalised words is taken for a name: a country's
 * abbreviation written exactly as listed (US, U.S., EE. UU., Vietnamese Mỹ;
 * COUNTRY_ABBREVIATIONS), and an abbreviated month next to a day (Sept. 30).
 */
import { COUNTRY_ABBREVIATIONS } from './aliases.js';
import type { FoundEntity } from './extract-entities.js';
import { foldWord } from './fold.js';
import { makeKey } from './keys.js';
import { tokenize, type Token } from './tokenize.js';
import { shortMonths } from '../language/intl-names.js';

type ShortForm = Omit<(typeof COUNTRY_ABBREVIATIONS)[number], 'forms' | 'code'> & { form: string; key: string };

/** The short forms of COUNTRY_ABBREVIATIONS by the text of their first word, longest form first. */
const SHORT_FORMS = (() => {
  const byFirst = new Map<string, ShortForm[]>();
  for (const { code, forms, ...context } of COUNTRY_ABBREVIATIONS) {
    for (const form of forms) {
      const first = tokenize(form)[0]!.text;
      const list = byFirst.get(first) ?? [];
      list.push({ form, key: makeKey('country', code), ...context });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  return byFirst;
})();

const FORMS = new Set(COUNTRY_ABBREVIATIONS.flatMap((a) => a.forms));

/** Whether a country was named by one of its short forms (US, EU, Mỹ), not by its name. */
export function isShortForm(text: string): boolean {
  return FORMS.has(text);
}

/** A country's short form written exactly as listed (US, U.S., EE. UU.) starting at `tokens[i]`, and how many tokens it spans. */
export function matchShortForm(text: string, tokens: Token[], i: number, locale: string | undefined): { entity: FoundEntity; length: number } | undefined {
  const token = tokens[i]!;
  const candidates = SHORT_FORMS.get(token.text);
  if (!candidates) return undefined;
  for (const { form, key, locales, notAfter, notBefore } of candidates) {
    if (locales && (locale === undefined || !locales.includes(locale))) continue;
    const end = token.start + form.length;
    // The form ends the word: "US" is not the start of "USB" (a form ending in a period ends anyway).
    if (!text.startsWith(form, token.start) || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (notAfter?.test(text.slice(Math.max(0, token.start - 8), token.start)) || notBefore?.test(text.slice(end, end + 8))) continue;
    let length = 1;
    while (i + length < tokens.length && tokens[i + length]!.start < end) length++;
    return { entity: { kind: 'country', key, text: form, start: token.start, end }, length };
  }
  return undefined;
}

const shortMonthsOf = new Map<string, Map<string, number>>();

/**
 * An abbreviated month next to a day (Sept. 30, 5 Jan, 30. Okt.): only there,
 * since alone most are also words or names (Jan, Mar, mag).
 */
export function matchShortMonth(text: string, tokens: Token[], i: number, locale: string | undefined): { entity: FoundEntity; length: number } | undefined {
  if (locale === undefined) return undefined;
  let months = shortMonthsOf.get(locale);
  if (!months) {
    try {
      months = new Map([...shortMonths(locale)].map(([name, month]) => [foldWord(name), month]));
    } catch {
      months = new Map(); // A tag Intl refuses names no months.
    }
    shortMonthsOf.set(locale, months);
  }
  const token = tokens[i]!;
  const month = months.get(token.folded);
  if (month === undefined) return undefined;
  const end = text[token.end] === '.' ? token.end + 1 : token.end;
  const isDay = (t: Token | undefined) => t !== undefined && /^\d{1,2}$/u.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  const dayAfter = isDay(next) && /^[ \u00a0]$/u.test(text.slice(end, next!.start));
  const dayBefore = isDay(previous) && /^\.?[ \u00a0]$/u.test(text.slice(previous!.end, token.start));
  if (!dayAfter && !dayBefore) return undefined;
  return { entity: { kind: 'month', key: makeKey('month', month), text: text.slice(token.start, end), start: token.start, end }, length: 1 };
}
