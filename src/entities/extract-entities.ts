/**
 * The entities stage's door: the names, numbers, dates, countries and URLs of a
 * text, each with a key that does not depend on the language or script it was
 * written in. Later stages compare keys, never surface forms.
 */
import * as z from 'zod/mini';
import { URL_PATTERN, findUrlSpans, mayHoldUrl } from '../article/urls.js';
import { langCodeSchema, parseInput, textSchema } from '../schema.js';
import { normaliseLangCode } from '../language/candidates.js';
import { toBcp47 } from '../language/lang-tags.js';
import { holdsUnspacedPhrase, matchGazetteer, nearCountry } from './gazetteer.js';
import { findNumbers } from './numbers.js';
import { toAsciiDigits } from './digits.js';
import { tokenize, type Token } from './tokenize.js';
import { startsLowerCase } from '../language/code-units.js';
import { isKey, keyValue, makeKey } from './keys.js';
import { matchShortForm, matchShortMonth } from './short-forms.js';

/** What an entity is. */
export type EntityKind = 'number' | 'number-word' | 'month' | 'weekday' | 'date' | 'country' | 'name' | 'url';

/** A name, country, month, weekday, date, number or URL found in a text, with its offsets and its language-free key. */
export interface Entity {
  kind: EntityKind;
  /** Language-free key: `num:24`, `month:7`, `country:CN`, `name:xi jinping`, `url:…`. */
  key: string;
  text: string;
  start: number;
  end: number;
}

/** Options of extractEntities: the text's language. */
export interface EntityOptions {
  /** ISO 639-3 code of the text, for number formats and number words. */
  lang?: string;
}

const optionsSchema = z.optional(z.object({ lang: z.optional(langCodeSchema) }));

/**
 * Names, countries, months, weekdays, dates, numbers (any digit system, number
 * words), URLs in a text, each with a language-free `key` that the same entity
 * has in every language and script (`Tập Cận Bình`, `Xi Jinping` and `习近平` meet).
 *
 * @param text - Any text.
 * @param options - `lang`: the text's language (ISO 639 or BCP 47), for number formats and number words.
 * @returns The entities in order of their place in the text.
 * @example
 * extractEntities('Presiden tiba di Astana pada 2 Juli 2024.', { lang: 'ind' }).map((e) => e.key);
 * // ['name:astana', 'num:2', 'date:7-2', 'month:7', 'num:2024']
 */
export function extractEntities(text: string, options?: EntityOptions): Entity[] {
  parseInput(textSchema, text, 'text');
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  return findEntities(text, opts.lang && normaliseLangCode(opts.lang));
}

/**
 * An entity, or with `withTerms` also a word for time or a unit (`term:day-1`
 * for yesterday, `term:hour`): the aligner reads those, but they name nothing,
 * so grouping, reports and `extractEntities` never see them.
 */
export interface FoundEntity extends Omit<Entity, 'kind'> {
  kind: EntityKind | 'term';
}

/**
 * The unvalidated core, for stages that already hold checked input. A caller
 * that has tokenised a text with no URL and no script written without spaces
 * passes its `tokens` (they are what this would cut).
 */
export function findEntities(text: string, lang: string | undefined): Entity[];
export function findEntities(text: string, lang: string | undefined, withTerms: boolean, tokens?: Token[]): FoundEntity[];
export function findEntities(text: string, lang: string | undefined, withTerms = false, tokens?: Token[]): FoundEntity[] {
  const out: FoundEntity[] = [];
  // URLs are blanked out (same length, so offsets hold) before numbers and names are read.
  for (const { url, start, end } of findUrlSpans(text)) out.push({ kind: 'url', key: makeKey('url', url.toLowerCase()), text: url, start, end });
  const rest = mayHoldUrl(text) ? text.replace(URL_PATTERN, (url) => ' '.repeat(url.length)) : text;
  const locale = lang ? toBcp47(lang) : undefined;
  const names = findNames(rest, locale, withTerms, rest === text ? tokens : undefined);
  // The 7 of "tháng 7" (July) is part of a month name, not a number of its own.
  const dates = names.filter((e) => e.kind === 'month' || e.kind === 'weekday');
  let next = 0;
  for (const n of findNumbers(rest, toBcp47(lang ?? 'en'), lang)) {
    // Both lists run left to right: one pointer finds the date name a number sits in.
    while (next < dates.length && dates[next]!.end <= n.start) next++;
    const date = dates[next];
    if (!isKey(n.key, 'month') && date && n.start >= date.start && n.end <= date.end) continue;
    const kind: EntityKind = isKey(n.key, 'month') ? 'month' : n.word ? 'number-word' : 'number';
    out.push({ kind, key: n.key, text: n.text, start: n.start, end: n.end });
  }
  for (const e of names) out.push(e);
  if (withTerms) for (const m of rest.matchAll(PERCENT_SIGN)) out.push({ kind: 'term', key: PERCENT, text: m[0], start: m.index, end: m.index + 1 });
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const d of findDates(out, rest, locale)) out.push(d);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The per cent sign is the word "percent" written short: English news writes
 * "20 percent" where a translation writes "20 %" (in NTREX, some 35 lines of
 * each of French, Spanish, Vietnamese and Chinese), so both are the one term.
 */
const PERCENT_SIGN = /[%％٪]/gu;
const PERCENT = makeKey('term', 'percent');

/** Languages that write a day as an ordinal with a period (30. September, 30. září). */
const ORDINAL_DOT = new Set(['de', 'da', 'nb', 'nn', 'fi', 'cs', 'sk', 'pl', 'sl', 'hr', 'bs', 'sr', 'hu', 'et', 'lv', 'is', 'lb']);

/** Chinese and Japanese dates: 9月30日. */
const HAN_DATE = /(\d{1,2})\s?月\s?(\d{1,2})\s?日/gu;

/**
 * A day next to a month is a date, the same in every language: "30 September",
 * "September 30", "30 tháng 9", "٣٠ سبتمبر", "9月30日" and "30/9" all give
 * `date:9-30`, a far rarer key than the month or the number alone.
 */
function findDates(entities: FoundEntity[], text: string, locale: string | undefined): Entity[] {
  const ordinalDot = locale !== undefined && ORDINAL_DOT.has(locale);
  const out: Entity[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.kind !== 'month') continue;
    const month = keyValue(e.key, 'month');
    for (const n of [entities[i - 1], entities[i + 1]]) {
      if (!n || n.kind !== 'number') continue;
      const day = Number(keyValue(n.key, 'num'));
      const gap = n.start < e.start ? text.slice(n.end, e.start) : text.slice(e.end, n.start);
      // "2/7" yields its month and day from one span; otherwise they must be close.
      // Spanish, Portuguese and Catalan put "de" between day and month (2 de julio); German, the
      // Nordic and most Slavic languages a period after the day (30. September).
      const close = (n.start === e.start && n.end === e.end) || /^\s{1,2}$/u.test(gap)
        || (n.start < e.start && (gap === ' de ' || (ordinalDot && /^\.\s{1,2}$/u.test(gap))));
      if (Number.isInteger(day) && day >= 1 && day <= 31 && close) {
        out.push({ kind: 'date', key: makeKey('date', `${month}-${day}`), text: text.slice(Math.min(n.start, e.start), Math.max(n.end, e.end)), start: Math.min(n.start, e.start), end: Math.max(n.end, e.end) });
        break;
      }
    }
  }
  const ascii = toAsciiDigits(text);
  for (const m of ascii.matchAll(HAN_DATE)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      out.push({ kind: 'date', key: makeKey('date', `${month}-${day}`), text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * Gazetteer phrases first (longest match), then runs of capitalised words that
 * the text never writes in lower case. A capital at the start of a sentence is
 * only a name when the same word is capitalised elsewhere too, or is an acronym.
 */
function findNames(text: string, locale: string | undefined, withTerms: boolean, given?: Token[]): FoundEntity[] {
  // Unspaced scripts have no capitals: only gazetteer phrases can be found there.
  const tokens = given ?? tokenize(text, holdsUnspacedPhrase);
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  tokens.forEach((t) => {
    if (!t.capitalised && startsLowerCase(t.text)) lower.add(t.folded);
    else if (t.capitalised && !startsSentence(text, t)) capitalisedInside.add(t.folded);
  });

  const isNamePart = (t: Token) => t.capitalised && (isAcronym(t.text) || !lower.has(t.folded));
  const out: FoundEntity[] = [];
  for (let i = 0; i < tokens.length; ) {
    const abbreviation = matchShortForm(text, tokens, i, locale) ?? matchShortMonth(text, tokens, i, locale);
    if (abbreviation) {
      out.push(abbreviation.entity);
      i += abbreviation.length;
      continue;
    }
    const hit = matchGazetteer(tokens, i, locale, withTerms);
    if (hit) {
      const first = tokens[i]!;
      const last = tokens[i + hit.length - 1]!;
      out.push({ kind: hit.kind, key: hit.key, text: text.slice(first.start, last.end), start: first.start, end: last.end });
      i += hit.length;
      continue;
    }
    const token = tokens[i]!;
    if (!isNamePart(token)) {
      i++;
      continue;
    }
    let j = i + 1;
    // Inside a run, any capitalised word belongs to the name (Mao Ninh, though "ninh" is also a word).
    while (j < tokens.length && tokens[j]!.capitalised && joinsName(text, tokens[j - 1]!, tokens[j]!, isNamePart) && !matchGazetteer(tokens, j, locale)
      && !matchShortForm(text, tokens, j, locale) && !matchShortMonth(text, tokens, j, locale)) j++;
    const run = tokens.slice(i, j);
    const single = run.length === 1;
    const sentenceInitialWord = single && startsSentence(text, token) && !isAcronym(token.text) && !capitalisedInside.has(token.folded);
    if (!sentenceInitialWord) {
      const near = single ? nearCountry(token.folded) : undefined;
      const key = near ? near.key : makeKey('name', run.map((t) => t.folded).join(' '));
      out.push({ kind: near ? 'country' : 'name', key, text: text.slice(token.start, run[run.length - 1]!.end), start: token.start, end: run[run.length - 1]!.end });
    }
    i = j;
  }
  return out;
}

/**
 * Whether two capitalised words belong to one name: a space or hyphen between
 * them, or the period of an initial or a title (John F. Kennedy, Mr. Adams,
 * M. Macron, Dr. Tedros), which would otherwise end the name there and leave
 * the surname looking like a sentence's first word.
 */
function joinsName(text: string, previous: Token, next: Token, isNamePart: (t: Token) => boolean): boolean {
  const gap = text.slice(previous.end, next.start);
  if (/^[ \u00a0-]?$/u.test(gap)) return true;
  // After a period the next word must be a name on its own too ("Plan B. The" is two sentences).
  if (!/^\.[ \u00a0]?$/u.test(gap) || !isNamePart(next)) return false;
  if (TITLES.has(previous.folded)) return true;
  // An initial, not a letter of a dotted acronym (U.S. President, E.U.).
  return previous.text.length === 1 && next.text.length > 1 && text[previous.start - 1] !== '.';
}

/** Titles written with a period before a name, in the Latin-script languages (folded). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'rev', 'fr', 'jr', 'sr',
  'mme', 'mlle', 'me', 'mgr', 'pr', 'sra', 'srta', 'dra', 'hr', 'hrn', 'dir', 'ing', 'bpk', 'sdr', 'sdri', 'tn', 'pn', 'hj',
]);

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 8 && /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word);
}

/** Is the token the first word of a sentence (text start, or after . ! ? : or a line break)? */
function startsSentence(text: string, token: Token): boolean {
  let k = token.start - 1;
  while (k >= 0 && /[\s"“‘«(*\-–—]/u.test(text[k]!) && text[k] !== '\n') k--;
  return k < 0 || /[.!?…:\n؟。]/u.test(text[k]!);
}
