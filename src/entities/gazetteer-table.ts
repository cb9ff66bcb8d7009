/**
 * The gazetteer's two forms: the lookup tables matching reads, and the compact
 * rows they are shipped as (`gazetteer-data.ts`, written at development time by
 * `npm run gazetteer:update` from `gazetteer-build.ts`). Building the tables
 * from `Intl` costs most of a second per process; decoding the rows, a few
 * tens of milliseconds. Shipping the rows also keeps keys the same on every Node
 * version, whatever ICU data it carries.
 */

export type GazetteerKind = 'country' | 'month' | 'weekday' | 'name' | 'term';

export interface Entry {
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
  /**
   * For time and unit words in Latin letters: their spellings, lower-cased
   * with their accents. Folding makes Vietnamese thắng (won) tháng (month) and
   * gió (wind) giờ (hour); only the word as written is the term.
   */
  spellings?: Set<string>;
}

export interface Gazetteer {
  phrases: Map<string, Entry>;
  maxTokens: number;
  /**
   * The first word of every phrase, with the most words a phrase it starts has
   * (the most of any when one is written without spaces): a token that is none
   * of these starts no phrase, and one that starts only one-word names (most
   * countries) is looked up alone, not with the five words after it too.
   */
  firstWords: Map<string, number>;
  /** Single-word country names of six letters or more, by first two letters, for near spellings. */
  fuzzyCountries: Map<string, { folded: string; entry: Entry }[]>;
  /** Phrases written in a script without spaces, by their first character. */
  unspaced: Map<string, string[]>;
}

/** One phrase as the builder found it, in the order it was added (near-spelling ties go to the first). */
export interface PhraseRow {
  phrase: string;
  entry: Entry;
  /** The phrase's first word, as a token lookup meets it. */
  first: string;
  /** Every word is in a script written without spaces: the words are joined with nothing. */
  unspaced: boolean;
}

/**
 * The shipped form, in columns (one JSON string of phrases parses far faster
 * than 19,000 small arrays): `phrases` joined with newlines, and for phrase `i`
 * its key index `key[i]`; the rest only where it applies: `first[i]` when its
 * first word is not the phrase up to its first space, `unspaced` listing the
 * phrases written without spaces, `locales[i]` and `namedIn[i]` as indexes into
 * `localeNames`, `spellings[i]` as they are.
 */
export interface GazetteerData {
  maxTokens: number;
  keys: string[];
  localeNames: string[];
  phrases: string;
  key: number[];
  first: Record<number, string>;
  unspaced: number[];
  locales: Record<number, number[]>;
  namedIn: Record<number, number[]>;
  /** `spellings[i]`: the spellings of a Latin term whose spellings are not its folded phrase alone. */
  spellings: Record<number, string[]>;
}

export function phraseOf(tokens: { folded: string; unspaced: boolean }[], firstForm?: string): string {
  const words = tokens.map((t, i) => (i === 0 && firstForm !== undefined ? firstForm : t.folded));
  return words.join(tokens.every((t) => t.unspaced) ? '' : ' ');
}

/** Arabic phrases are stored with the article stripped from the first word. */
export function storedFirstForm(folded: string): string {
  return /^ال[\u0600-\u06FF]{3,}/u.test(folded) ? folded.slice(2) : folded;
}

function impliedFirst(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}

export function encodeGazetteer(rows: readonly PhraseRow[], maxTokens: number): GazetteerData {
  const keys = new Map<string, number>();
  const localeNames = new Map<string, number>();
  const indexOf = (table: Map<string, number>, value: string) => {
    let i = table.get(value);
    if (i === undefined) table.set(value, (i = table.size));
    return i;
  };
  const data: GazetteerData = { maxTokens, keys: [], localeNames: [], phrases: rows.map((r) => r.phrase).join('\n'), key: [], first: {}, unspaced: [], locales: {}, namedIn: {}, spellings: {} };
  rows.forEach((r, i) => {
    data.key.push(indexOf(keys, r.entry.key));
    if (r.first !== impliedFirst(r.phrase)) data.first[i] = r.first;
    if (r.unspaced) data.unspaced.push(i);
    if (r.entry.locales) data.locales[i] = [...r.entry.locales].map((l) => indexOf(localeNames, l));
    if (r.entry.namedIn) data.namedIn[i] = [...r.entry.namedIn].map((l) => indexOf(localeNames, l));
    if (r.entry.spellings && (r.entry.spellings.size > 1 || !r.entry.spellings.has(r.phrase))) data.spellings[i] = [...r.entry.spellings];
  });
  data.keys = [...keys.keys()];
  data.localeNames = [...localeNames.keys()];
  return data;
}

export function decodeGazetteer(data: GazetteerData): Gazetteer {
  const g: Gazetteer = { phrases: new Map(), maxTokens: data.maxTokens, firstWords: new Map(), fuzzyCountries: new Map(), unspaced: new Map() };
  const entries = data.keys.map((key): Entry => ({ key, kind: key.slice(0, key.indexOf(':')) as GazetteerKind }));
  const localeSet = (indexes: number[]) => new Set(indexes.map((i) => data.localeNames[i]!));
  const unspaced = new Set(data.unspaced);
  const phrases = data.phrases.split('\n');
  for (let i = 0; i < phrases.length; i++) {
    const phrase = phrases[i]!;
    const locales = data.locales[i];
    const namedIn = data.namedIn[i];
    const spellings = data.spellings[i];
    // Entries are read, never changed: phrases that need no locales share their key's.
    let entry = entries[data.key[i]!]!;
    if (locales || namedIn || spellings) {
      entry = { ...entry };
      if (locales) entry.locales = localeSet(locales);
      if (namedIn) entry.namedIn = localeSet(namedIn);
      if (spellings) entry.spellings = new Set(spellings);
    }
    g.phrases.set(phrase, entry);
    const first = data.first[i] ?? impliedFirst(phrase);
    // A spaced phrase's words are its tokens' folded forms (none holds a space); an unspaced one's are not told apart.
    const words = unspaced.has(i) ? data.maxTokens : phrase.split(' ').length;
    g.firstWords.set(first, Math.max(g.firstWords.get(first) ?? 0, words));
    if (unspaced.has(i)) pushTo(g.unspaced, phrase[0]!, phrase);
    // One Latin word of six letters or more: a spelling of it one or two edits away is still the country.
    if (entry.kind === 'country' && /^[a-z]{6,}$/u.test(phrase)) pushTo(g.fuzzyCountries, phrase.slice(0, 2), { folded: phrase, entry });
  }
  return g;
}

function pushTo<T>(index: Map<string, T[]>, key: string, value: T): void {
  const bucket = index.get(key);
  if (bucket) bucket.push(value);
  else index.set(key, [value]);
}
