/**
 * Names that `Intl` already knows in every locale (countries, months, weekdays)
 * plus the small alias table, as one phrase lookup from folded words to a
 * language-free key: Trung Quốc, Tiongkok, الصين and China all give `country:CN`.
 * The tables are decoded from shipped rows (see `gazetteer-table.ts`) on first use.
 */
import { distance } from 'fastest-levenshtein';
import { NAME_LOCALES } from '../language/lang-tags.js';
import { arabicStems } from './fold.js';
import { hasCodeUnitIn } from '../language/code-units.js';
import { GAZETTEER_DATA } from './gazetteer-data.js';
import { decodeGazetteer, phraseOf, type Entry, type Gazetteer, type GazetteerData } from './gazetteer-table.js';
import { spellingOf, tokenize, type Token } from './tokenize.js';
import { hashEnd, hashMore, HASH_START, stringHash } from './packed-strings.js';
import { monthForms, weekdayNames } from '../language/intl-names.js';
import { rememberWords } from '../remember.js';

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  built ??= decodeGazetteer(JSON.parse(GAZETTEER_DATA) as GazetteerData);
  return built;
}

export interface GazetteerMatch extends Entry {
  /** How many tokens the phrase spans. */
  length: number;
}

/**
 * Whether a folded run of an unspaced script (Chinese, Thai, …) contains a
 * gazetteer phrase anywhere. Runs that contain none can match nothing, so they
 * need not be cut into words.
 */
export function holdsUnspacedPhrase(folded: string): boolean {
  const index = gazetteer().unspaced;
  for (let k = 0; k < folded.length; k++) {
    const bucket = index.get(folded[k]!);
    if (bucket) for (const phrase of bucket) if (folded.startsWith(phrase, k)) return true;
  }
  return false;
}

/** Bits of each filter that rules out most words as a phrase or its start (a quarter of a million: a few in a hundred set). */
const FILTER_BITS = 2 ** 18;
let filters: { firstWords: Uint32Array; phrases: Uint32Array } | undefined;

/**
 * Filters of the gazetteer's first words and phrases by hash: matching asks
 * of every token of every article whether a phrase starts there, and the set
 * lookup each question took hashed a new string (a folded word, or the phrase
 * made of it and the words after it). A filter says no to nearly every word
 * and phrase the gazetteer lacks and yes to every one it has, so only the
 * few it lets through are looked up.
 */
function gazetteerFilters(): { firstWords: Uint32Array; phrases: Uint32Array } {
  const g = gazetteer();
  filters ??= { firstWords: filterOf(g.firstWords.keys()), phrases: filterOf(g.phrases.keys()) };
  return filters;
}

function filterOf(strings: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(FILTER_BITS / 32);
  for (const s of strings) {
    const bit = stringHash(s, 0, s.length) & (FILTER_BITS - 1);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}

function inFilter(bits: Uint32Array, hash: number): boolean {
  const bit = hash & (FILTER_BITS - 1);
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** `stringHash(phraseOf(span, firstForm))`, without making the phrase. */
export function phraseHash(span: Token[], firstForm: string): number {
  const unspaced = span.every((t) => t.unspaced);
  let h = HASH_START;
  span.forEach((t, i) => {
    if (i > 0 && !unspaced) h = hashMore(h, ' ', 0, 1);
    const word = i === 0 ? firstForm : t.folded;
    h = hashMore(h, word, 0, word.length);
  });
  return hashEnd(h);
}

/** The longest gazetteer phrase starting at `tokens[i]`, if any. */
export function matchGazetteer(tokens: Token[], i: number, locale?: string, withTerms = false): GazetteerMatch | undefined {
  const g = gazetteer();
  const first = tokens[i]!;
  const folded = first.folded;
  // Most words start no phrase: the filter settles nearly all of them, a set lookup the rest
  // (Arabic words are tried without their prefixes too).
  const firstForms = hasCodeUnitIn(folded, 0x0600, 0x06ff) ? arabicStems(folded).filter((f) => g.firstWords.has(f)) : inFilter(gazetteerFilters().firstWords, stringHash(folded, 0, folded.length)) && g.firstWords.has(folded) ? [folded] : [];
  if (firstForms.length === 0) return undefined;
  // No phrase these forms start is longer than this.
  let longest = 0;
  for (const form of firstForms) longest = Math.max(longest, g.firstWords.get(form)!);
  // A phrase never spans a sentence-like break: only adjacent words extend it.
  let max = 1;
  while (max < longest && i + max < tokens.length && tokens[i + max]!.start - tokens[i + max - 1]!.end <= 2) max++;
  const span = tokens.slice(i, i + max);
  const { phrases } = gazetteerFilters();
  for (let n = max; n >= 1; n--) {
    const head = n === max ? span : span.slice(0, n);
    for (const form of firstForms) {
      if (!inFilter(phrases, phraseHash(head, form))) continue;
      const entry = g.phrases.get(phraseOf(head, form));
      if (entry && (withTerms || entry.kind !== 'term') && acceptable(head, entry, locale) && writtenIn(entry, locale) && withArticle(folded, form, entry, locale)
        && (!entry.spellings || entry.spellings.has(spellingOf(head)))) {
        return { key: entry.key, kind: entry.kind, length: n };
      }
    }
  }
  return undefined;
}

/** Whether text of `locale` may write the entry's phrase (see `locales`). */
function writtenIn(entry: Entry, locale: string | undefined): boolean {
  return !entry.locales || (locale !== undefined && entry.locales.has(locale));
}

/**
 * Whether a folded one-word country name is another language's (German Island,
 * French Maurice in English text): neither `locale` nor English names a country
 * so. Grouping still reads it as the country (its keys are tuned that way); the
 * coverage report does not ask a translation for it.
 */
export function foreignCountryName(folded: string, locale: string | undefined): boolean {
  const entry = gazetteer().phrases.get(folded);
  if (entry?.kind !== 'country' || !entry.namedIn || locale === undefined || !NAME_LOCALES.includes(locale)) return false;
  return !entry.namedIn.has(locale) && !entry.namedIn.has('en');
}

/**
 * In cased scripts a name starts with a capital: "may" the verb is not May the
 * month. The exceptions: multi-word month phrases such as Vietnamese "tháng 7",
 * multi-word weekdays whose last word has its capital (thứ Bảy),
 * and the months and weekdays of a language that writes them in lower case
 * (French juillet, mercredi; Spanish julio), in a text of that language.
 */
function acceptable(span: Token[], entry: Entry, locale: string | undefined): boolean {
  const first = span[0]!;
  const cased = first.text.toLowerCase() !== first.text.toUpperCase();
  if (!cased) return true;
  if (first.capitalised || entry.kind === 'term') return true;
  if (entry.kind === 'month' && span.length > 1) return true;
  // Vietnamese writes a weekday "thứ Bảy" as often as "Thứ Bảy"; all in lower case, "thứ hai" is "second".
  if (entry.kind === 'weekday' && span.length > 1 && span[span.length - 1]!.capitalised) return true;
  return (entry.kind === 'month' || entry.kind === 'weekday') && locale !== undefined && lowerCaseDates(locale).has(phraseOf(span));
}

/**
 * Arabic names the days with the article (الأحد, يوم الاثنين), and the gazetteer
 * keeps them without it, as it keeps every name: without it two of them are
 * number words (أحد one, someone; اثنين two), and واحد (one) reads as و + احد.
 * So an Arabic weekday counts only where the word carried the article.
 */
function withArticle(folded: string, form: string, entry: Entry, locale: string | undefined): boolean {
  // Persian and Urdu, in the same script, write their days without an article.
  if (entry.kind !== 'weekday' || (locale !== undefined && locale !== 'ar') || !hasCodeUnitIn(folded, 0x0600, 0x06ff)) return true;
  const prefix = folded.slice(0, folded.length - form.length);
  return prefix.endsWith('ال') || prefix === 'لل';
}

const lowerCase = new Map<string, Set<string>>();

/** The month and weekday names a locale writes in lower case, folded as phrases (empty where it writes capitals). */
function lowerCaseDates(locale: string): Set<string> {
  let names = lowerCase.get(locale);
  if (!names) {
    names = new Set();
    let dates: string[] = [];
    try {
      dates = [...monthForms(locale).flat(), ...weekdayNames(locale)];
    } catch {
      // A tag Intl refuses names no dates.
    }
    for (const name of dates) {
      if (name !== name.toLowerCase()) continue;
      const tokens = tokenize(name);
      if (tokens.length > 0) names.add(phraseOf(tokens));
    }
    lowerCase.set(locale, names);
  }
  return names;
}

/** A country written with a near spelling (Kirgistan for Kirgizstan): edit distance 1 or 2. */
export function nearCountry(folded: string): Entry | undefined {
  return folded.length < 6 ? undefined : (nearCountryOf(folded) ?? undefined);
}

/**
 * Remembered per word, null for none: a name is written several times in an
 * article and in many articles, and each asked for the edit distance to every
 * country in its bucket (3.2% of reading 30,000 generated articles in one
 * profile; remembered, 1.6%).
 */
const nearCountryOf = rememberWords((folded: string): Entry | null => nearestCountry(folded) ?? null, 50_000);

function nearestCountry(folded: string): Entry | undefined {
  const bucket = gazetteer().fuzzyCountries.get(folded.slice(0, 2));
  if (!bucket) return undefined;
  const limit = folded.length >= 9 ? 2 : 1;
  let best: Entry | undefined;
  let bestDistance = limit + 1;
  for (const c of bucket) {
    if (Math.abs(c.folded.length - folded.length) > limit) continue;
    const d = distance(c.folded, folded);
    if (d < bestDistance) {
      bestDistance = d;
      best = c.entry;
    }
  }
  return best;
}

