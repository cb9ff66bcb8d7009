/**
 * Names that `Intl` already knows in every locale (countries, months, weekdays)
 * plus the small alias table, as one phrase lookup from folded words to a
 * language-free key: Trung Quốc, Tiongkok, الصين and China all give `country:CN`.
 */
import { distance } from 'fastest-levenshtein';
import { monthForms, timeAndUnitWords, weekdayNames } from '../language/intl-names.js';
import { NAME_LOCALES } from '../language/lang-tags.js';
import { COUNTRY_ALIASES, NAME_ALIASES } from './aliases.js';
import { arabicStems } from './fold.js';
import { tokenize, type Token } from './tokenize.js';

export type GazetteerKind = 'country' | 'month' | 'weekday' | 'name' | 'term';

interface Entry {
  key: string;
  kind: GazetteerKind;
  /**
   * For names of three letters or fewer (Vietnamese "Nga", "Anh", "Mỹ"): the
   * locales that write them. Elsewhere such a short word is more likely an
   * ordinary word, so they only count in text of those languages.
   */
  locales?: Set<string>;
  /**
   * For one-word country names in Latin letters: the locales that name a
   * country so. German Island (Iceland) and French Maurice (Mauritius) are
   * ordinary words or names in English or Indonesian text (see `foreignCountryName`).
   */
  namedIn?: Set<string>;
}

interface Gazetteer {
  phrases: Map<string, Entry>;
  maxTokens: number;
  /** The first word of every phrase: a token that is none of these starts no phrase. */
  firstWords: Set<string>;
  /** Single-word country names of six letters or more, by first two letters, for near spellings. */
  fuzzyCountries: Map<string, { folded: string; entry: Entry }[]>;
  /** Phrases written in a script without spaces, by their first character. */
  unspaced: Map<string, string[]>;
}

let built: Gazetteer | undefined;

function phraseOf(tokens: { folded: string; unspaced: boolean }[], firstForm?: string): string {
  const words = tokens.map((t, i) => (i === 0 && firstForm !== undefined ? firstForm : t.folded));
  return words.join(tokens.every((t) => t.unspaced) ? '' : ' ');
}

/** Arabic phrases are stored with the article stripped from the first word. */
function storedFirstForm(folded: string): string {
  return /^ال[\u0600-\u06FF]{3,}/u.test(folded) ? folded.slice(2) : folded;
}

function build(): Gazetteer {
  const g: Gazetteer = { phrases: new Map(), maxTokens: 1, firstWords: new Set(), fuzzyCountries: new Map(), unspaced: new Map() };
  const add = (name: string, entry: Entry, locale?: string) => {
    for (const part of name.split(/\s*[(),،]\s*/u)) {
      const tokens = tokenize(part);
      if (tokens.length === 0 || tokens.length > 6) continue;
      const phrase = phraseOf(tokens, storedFirstForm(tokens[0]!.folded));
      const short = phrase.length <= 3 && !tokens[0]!.unspaced && locale !== undefined;
      const existing = g.phrases.get(phrase);
      if (existing?.locales && short) existing.locales.add(locale!);
      if (existing?.namedIn && locale !== undefined && existing.key === entry.key) existing.namedIn.add(locale);
      if (phrase.length < 2 || existing) continue;
      if (short) entry = { ...entry, locales: new Set([locale!]) };
      else if (entry.kind === 'country' && tokens.length === 1 && locale !== undefined && /^\p{Script=Latin}+$/u.test(phrase)) entry = { ...entry, namedIn: new Set([locale]) };
      g.phrases.set(phrase, entry);
      g.firstWords.add(storedFirstForm(tokens[0]!.folded));
      g.maxTokens = Math.max(g.maxTokens, tokens.length);
      if (tokens.every((t) => t.unspaced)) {
        const bucket = g.unspaced.get(phrase[0]!) ?? [];
        bucket.push(phrase);
        g.unspaced.set(phrase[0]!, bucket);
      }
      if (entry.kind === 'country' && tokens.length === 1 && /^[a-z]{6,}$/u.test(phrase)) {
        const bucket = g.fuzzyCountries.get(phrase.slice(0, 2)) ?? [];
        bucket.push({ folded: phrase, entry });
        g.fuzzyCountries.set(phrase.slice(0, 2), bucket);
      }
    }
  };

  for (const [english, forms] of Object.entries(NAME_ALIASES)) {
    for (const form of [english, ...forms]) add(form, { key: `name:${english}`, kind: 'name' });
  }
  for (const [code, forms] of Object.entries(COUNTRY_ALIASES)) for (const form of forms) add(form, { key: `country:${code}`, kind: 'country' });
  const regions = regionCodes();
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of regions) add(names.of(code)!, { key: `country:${code}`, kind: 'country' }, locale);
    monthForms(locale).forEach((forms, month) => {
      for (const name of forms) add(name, { key: `month:${month + 1}`, kind: 'month' });
    });
    weekdayNames(locale).forEach((name, day) => add(name, { key: `weekday:${day}`, kind: 'weekday' }));
  }
  // Last, so that a word that is also a month or weekday name ("Minggu", Sunday
  // and week in Indonesian) keeps that reading.
  for (const locale of NAME_LOCALES) {
    // One Chinese or Japanese character (天, 日, 年) has too many other readings to count.
    for (const [name, key] of timeAndUnitWords(locale)) if ([...name.trim()].length > 1) add(name, { key: `term:${key}`, kind: 'term' }, locale);
  }
  return g;
}

/**
 * Every two-letter region code ICU has a name for (about 250 countries and
 * territories), deprecated ones (DD, SU, YU) left out: ICU names DD "Germany"
 * too, and a key must be the country's current code (`country:DE`).
 */
function regionCodes(): string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = english.of(code);
        const current = new Intl.Locale(Intl.getCanonicalLocales(`und-${code}`)[0]!).region;
        if (name && name !== code && code !== 'ZZ' && !/Unknown/u.test(name) && current === code) codes.push(code);
      } catch {
        // Not a region code ICU knows.
      }
    }
  }
  return codes;
}

export function gazetteer(): Gazetteer {
  built ??= build();
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

/** The longest gazetteer phrase starting at `tokens[i]`, if any. */
export function matchGazetteer(tokens: Token[], i: number, locale?: string, withTerms = false): GazetteerMatch | undefined {
  const g = gazetteer();
  const first = tokens[i]!;
  const folded = first.folded;
  // Most words start no phrase: one set lookup settles them (Arabic words are
  // tried without their prefixes too).
  const firstForms = /[\u0600-\u06FF]/u.test(folded) ? arabicStems(folded).filter((f) => g.firstWords.has(f)) : g.firstWords.has(folded) ? [folded] : [];
  if (firstForms.length === 0) return undefined;
  // A phrase never spans a sentence-like break: only adjacent words extend it.
  let max = 1;
  while (max < g.maxTokens && i + max < tokens.length && tokens[i + max]!.start - tokens[i + max - 1]!.end <= 2) max++;
  const span = tokens.slice(i, i + max);
  for (let n = max; n >= 1; n--) {
    const head = n === max ? span : span.slice(0, n);
    for (const form of firstForms) {
      const entry = g.phrases.get(phraseOf(head, form));
      if (entry && (withTerms || entry.kind !== 'term') && acceptable(head, entry) && writtenIn(entry, locale)) {
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
 * month. Multi-word month phrases such as Vietnamese "tháng 7" are the exception.
 */
function acceptable(span: Token[], entry: Entry): boolean {
  const first = span[0]!;
  const cased = first.text.toLowerCase() !== first.text.toUpperCase();
  if (!cased) return true;
  if (first.capitalised || entry.kind === 'term') return true;
  return entry.kind === 'month' && span.length > 1;
}

/** A country written with a near spelling (Kirgistan for Kirgizstan): edit distance 1 or 2. */
export function nearCountry(folded: string): Entry | undefined {
  if (folded.length < 6) return undefined;
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

