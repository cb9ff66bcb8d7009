/**
 * Builds the gazetteer from what `Intl` knows in every locale (countries,
 * months, weekdays, words for time and units) plus the small alias table. Run
 * at development time only (`npm run gazetteer:update` writes
 * `gazetteer-data.ts`); a test checks the shipped rows still equal what this
 * builds, so an alias edited here cannot be forgotten there.
 */
import { monthForms, timeAndUnitWords, UNIT_WORDS, weekdayNames } from '../language/intl-names.js';
import { NAME_LOCALES } from '../language/lang-tags.js';
import { COUNTRY_ALIASES, NAME_ALIASES, TERM_ALIASES } from './aliases.js';
import { encodeGazetteer, phraseOf, storedFirstForm, type Entry, type GazetteerData, type PhraseRow } from './gazetteer-table.js';
import { spellingOf, tokenize } from './tokenize.js';
import { makeKey } from './keys.js';

/**
 * The syllables of a Burmese word: its consonants and vowel letters that start
 * one (not a final, marked with asat, nor one stacked under the next). Burmese
 * writes a month with လ after it (မေလ, May); a bare month of one syllable (မေ,
 * မတ်, ဇွန်) is more often a syllable of another word (မေးခွန်း, question;
 * မတ်တပ်, standing) or of a name (Theresa May): NTREX's Burmese had 135 such
 * "May"s and 2 of မေလ. Those are read only with the လ.
 */
function burmeseSyllables(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const next = word.charCodeAt(i + 1);
    if (((c >= 0x1000 && c <= 0x1021) || (c >= 0x1023 && c <= 0x102a)) && next !== 0x103a && next !== 0x1039) n++;
  }
  return n;
}

/** A parenthesis in a region's name, and a parenthesized part with the space before it. */
const PARENTHESIS = /[(（]/u;
const PARENTHESIZED = /\s*[(（][^)）]*[)）]/gu;

/** Terms for units of measure (see `add`). */
const UNIT_TERMS = new Set(UNIT_WORDS.map((unit) => makeKey('term', unit)));

/** Regional spellings of time and unit words, counted in text of their language. */
const TERM_VARIANTS = ['en-GB'];

/** Chinese in simplified and traditional characters. */
const HAN_LOCALES = ['zh', 'zh-Hant'];

/**
 * Khmer writes the words for day and month before a weekday's or month's name
 * (ថ្ងៃអង្គារ, ខែកញ្ញា), Burmese after them (အင်္ဂါနေ့, စက်တင်ဘာလ), and the
 * word segmenter often keeps the two as one word, which the bare name (`Intl`'s
 * form) then never matches: NTREX's Khmer and Burmese dates went unread.
 * [before, after] the name.
 */
const CALENDAR_WORDS: Record<string, { weekday: [string, string]; month: [string, string]; bareMonth?: (name: string) => boolean }> = {
  km: { weekday: ['ថ្ងៃ', ''], month: ['ខែ', ''] },
  // A bare month of one syllable is read only with its လ (see burmeseSyllables).
  my: { weekday: ['', 'နေ့'], month: ['', 'လ'], bareMonth: (name) => burmeseSyllables(name) >= 2 },
};

export function buildGazetteer(): GazetteerData {
  const rows: PhraseRow[] = [];
  const phrases = new Map<string, Entry>();
  let maxTokens = 1;
  // Phrases of unspaced scripts by their first word: a phrase is found from each first word it has a row for.
  const firstsOf = new Map<string, Set<string>>();
  /**
   * `Intl` marks word breaks in Khmer names with zero-width spaces (កូរ៉េ​ខាង​ជើង,
   * North Korea), which running text mostly leaves out; the segmenter then cuts
   * the name elsewhere (កូរ៉េខាងជើង as one word) and no phrase starts at its
   * first word. The same phrase gets a row for the first word the text without
   * the marks gives.
   */
  const addUnmarkedFirst = (part: string, phrase: string) => {
    const tokens = tokenize(part.replace(/\u200b/gu, ''));
    const entry = phrases.get(phrase);
    if (!entry || tokens.length === 0 || !tokens.every((t) => t.unspaced) || phraseOf(tokens) !== phrase) return;
    const first = tokens[0]!.folded;
    const firsts = firstsOf.get(phrase) ?? new Set<string>();
    if (firsts.has(first)) return;
    firsts.add(first);
    firstsOf.set(phrase, firsts);
    rows.push({ phrase, entry, first, unspaced: true });
  };
  /** One name's part as a phrase row (or as more locales of the row already there); its phrase, if it has one. */
  const addPart = (part: string, entry: Entry, locale: string | undefined): string | undefined => {
    const tokens = tokenize(part);
    if (tokens.length === 0 || tokens.length > 6) return undefined;
    const first = storedFirstForm(tokens[0]!.folded);
    const phrase = phraseOf(tokens, first);
    const term = entry.kind === 'term';
    // A word for time counts only in a language that writes it: Afrikaans môre (tomorrow) folds
    // to English "more", Norwegian time (hour) is English "time", Turkish saat Indonesian "saat".
    // Units are international words, and another language's form is often this one's inflection
    // (Icelandic "5000 metra"): they count in any language, in the spellings `Intl` gives.
    const short = (phrase.length <= 3 || (term && !UNIT_TERMS.has(entry.key))) && !tokens[0]!.unspaced && locale !== undefined;
    const spelling = term && /\p{Script=Latin}/u.test(phrase) ? spellingOf(tokens) : undefined;
    const existing = phrases.get(phrase);
    if (existing?.locales && short && (!term || existing.key === entry.key)) existing.locales.add(locale!);
    if (existing?.namedIn && locale !== undefined && existing.key === entry.key) existing.namedIn.add(locale);
    if (existing?.spellings && spelling && existing.key === entry.key) existing.spellings.add(spelling);
    if (phrase.length < 2 || existing) return existing ? phrase : undefined;
    if (short) entry = { ...entry, locales: new Set([locale!]), ...(spelling && { spellings: new Set([spelling]) }) };
    else if (entry.kind === 'country' && tokens.length === 1 && locale !== undefined && /^\p{Script=Latin}+$/u.test(phrase)) entry = { ...entry, namedIn: new Set([locale]) };
    phrases.set(phrase, entry);
    rows.push({ phrase, entry, first, unspaced: tokens.every((t) => t.unspaced) });
    firstsOf.set(phrase, new Set([first]));
    maxTokens = Math.max(maxTokens, tokens.length);
    return phrase;
  };
  const add = (name: string, entry: Entry, locale?: string) => {
    for (const part of name.split(/\s*[(),،]\s*/u)) {
      const phrase = addPart(part, entry, locale);
      if (phrase !== undefined && part.includes('\u200b')) addUnmarkedFirst(part, phrase);
    }
  };

  for (const [english, forms] of Object.entries(NAME_ALIASES)) {
    for (const form of [english, ...forms]) add(form, { key: makeKey('name', english), kind: 'name' });
  }
  for (const [code, forms] of Object.entries(COUNTRY_ALIASES)) for (const form of forms) add(form, { key: makeKey('country', code), kind: 'country' });
  const regions = regionCodes();
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const alternates = new Set(regions.filter((code) => PARENTHESIS.test(english.of(code)!)));
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of regions) {
      // Myanmar (Burma) names the country twice; Hong Kong (China), Британия in Виргинские о-ва
      // (Великобритания) or Russian САР (SAR) name another place or none: only the part outside counts.
      const name = names.of(code)!;
      add(alternates.has(code) ? name : name.replace(PARENTHESIZED, ' '), { key: makeKey('country', code), kind: 'country' }, locale);
    }
    monthForms(locale).forEach((forms, month) => {
      const bare = CALENDAR_WORDS[locale]?.bareMonth;
      if (bare) forms = forms.filter(bare);
      // Months in digits (Japanese and Traditional Chinese 10月, Korean 10월) are read with the numbers (findNumbers).
      // With its locale, so a short one counts only in its language: Urdu جون (June) is John in Arabic text.
      for (const name of forms) if (!/\p{N}\s?[月월]/u.test(name)) add(name, { key: makeKey('month', month + 1), kind: 'month' }, locale);
    });
    weekdayNames(locale).forEach((name, day) => add(name, { key: makeKey('weekday', day), kind: 'weekday' }, locale));
  }
  // Chinese news writes the short weekday (周六) more often than the long one
  // (星期六), and a month as 十月份 beside 十月. Other locales' short weekdays
  // are abbreviations (Sat) or one character with other readings (日, sun).
  for (const locale of HAN_LOCALES) {
    weekdayNames(locale, 'short').forEach((name, day) => add(name, { key: makeKey('weekday', day), kind: 'weekday' }));
    monthForms(locale).forEach((forms, month) => {
      // 10月 and 10月份 are read with the numbers (findNumbers); here the months written in characters.
      for (const name of forms) if (!/\p{N}/u.test(name)) add(`${name}份`, { key: makeKey('month', month + 1), kind: 'month' });
    });
  }
  for (const [locale, { weekday, month }] of Object.entries(CALENDAR_WORDS)) {
    weekdayNames(locale).forEach((name, day) => add(`${weekday[0]}${name}${weekday[1]}`, { key: makeKey('weekday', day), kind: 'weekday' }));
    monthForms(locale).forEach((forms, m) => {
      for (const name of forms) add(`${month[0]}${name}${month[1]}`, { key: makeKey('month', m + 1), kind: 'month' });
    });
  }
  // Last, so that a word that is also a month or weekday name ("Minggu", Sunday
  // and week in Indonesian) keeps that reading.
  for (const locale of NAME_LOCALES) {
    // One Chinese or Japanese character (天, 日, 年) has too many other readings to count.
    for (const [name, key] of timeAndUnitWords(locale)) if ([...name.trim()].length > 1) add(name, { key: makeKey('term', key), kind: 'term' }, locale);
  }
  for (const [locale, terms] of Object.entries(TERM_ALIASES)) {
    for (const [key, forms] of Object.entries(terms)) for (const form of forms) add(form, { key: makeKey('term', key), kind: 'term' }, locale);
  }
  // British spellings (kilometres, metres) are English too: filed under en, as the text's language is.
  for (const variant of TERM_VARIANTS) {
    const language = new Intl.Locale(variant).language;
    for (const [name, key] of timeAndUnitWords(variant)) if ([...name.trim()].length > 1) add(name, { key: makeKey('term', key), kind: 'term' }, language);
  }
  return encodeGazetteer(rows, maxTokens);
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
