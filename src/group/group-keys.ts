/**
 * What an article is about, as language-free keys for grouping: names (word by
 * word, so "President Xi Jinping" and "Xi Jinping" share two keys), countries,
 * places from the alias table, and numbers of two digits or more (small numbers
 * are everywhere and say nothing about the story).
 */
import { findEntities, type FoundEntity } from '../entities/extract-entities.js';
import { lowercaseWords } from '../entities/lowercase-words.js';
import { tokenize, type Token } from '../entities/tokenize.js';
import { readableText } from '../language/zawgyi.js';
import { contentWords, type ContentWords } from './content-words.js';
import { latinNameWord, mayBeUncased, termScriptWords } from '../entities/transliterate.js';
import { keyValue, makeKey, nameWords } from '../entities/keys.js';
import { linkableScriptWords } from './script-names.js';
import { packStrings, type PackedStrings } from '../entities/packed-strings.js';

export function groupKeys(entities: FoundEntity[]): string[] {
  const keys = new Set<string>();
  for (const e of entities) {
    if (e.kind === 'name') {
      for (const word of nameWords(e.key)) if (word.length >= 3) keys.add(makeKey('w', latinNameWord(word)));
    } else if (e.kind === 'country' || e.kind === 'date') {
      keys.add(e.key);
    } else if (e.kind === 'number') {
      const value = Number(keyValue(e.key, 'num'));
      if (value >= 10) keys.add(e.key);
    }
  }
  return [...keys];
}

/**
 * The days an article dates its events to, as month * 31 + day: dates written
 * with a month's name (2 July, tháng 7, 7月) or a slash (31/5, read in the
 * order of the article's language), not with a dash, since 3-2 is as often a
 * score.
 */
export function eventDays(entities: FoundEntity[]): number[] {
  const days = new Set<number>();
  for (const e of entities) {
    if (e.kind !== 'date' || !/[\p{L}/]/u.test(e.text)) continue;
    const [month, day] = keyValue(e.key, 'date').split('-').map(Number);
    days.add(month! * 31 + day!);
  }
  return [...days];
}

/** What grouping needs to know of an article, as reading finds it (see `Vocabulary.compact` for what grouping keeps). */
export interface ReadDocument {
  id: string;
  urls: string[];
  /** Its grouping keys (see `groupKeys`), packed. */
  keys: PackedStrings;
  publishedAt?: string;
  /** Folded words the article writes in lower case: common words, not names. */
  lowercaseWords?: PackedStrings;
  /** ISO 639-3; articles in different languages are compared on keys both languages can have. */
  lang?: string;
  /** Folded content words and phrases and their counts: articles in one language are compared on them. */
  words?: ReadWords;
  /** Days the article dates its events to (see `eventDays`): articles that date different days tell different events. */
  days?: number[];
  /**
   * Romanised words in scripts without capitals, matched against the input's
   * names (see `linkScriptNames`), in one string with a space between two (none
   * has a space): a Chinese article has hundreds, and each string on its own
   * was one more to copy to the main thread and join there.
   */
  scriptWords?: string;
}

/** An article's content words (see `ContentWords`) with its distinct words packed, as reading hands them over. */
export interface ReadWords extends Omit<ContentWords, 'words'> {
  words: PackedStrings;
}

/**
 * An article's content words and phrases as terms of the input's `Vocabulary`
 * (see `Vocabulary.term`), with their counts, in the order the article first
 * writes them.
 */
export interface WordCounts {
  terms: Float64Array;
  counts: Int32Array;
}

/** What grouping keeps of an article: its lower-case words are the vocabulary's, its content words and keys ids. */
export interface GroupDocument extends Omit<ReadDocument, 'words' | 'lowercaseWords' | 'keys'> {
  words?: WordCounts;
  /** Its keys as ids of the input's key table (`Vocabulary.keyOf`), in the order it writes them. */
  keyIds: Int32Array;
}

/** The grouping view of an article's body text (boilerplate already removed). */
export function toGroupDocument(a: GroupedArticle): ReadDocument {
  const body = readableText(a.body);
  return groupDocumentOf({ ...a, body }, readBody(body, a.lang));
}

/** An article as grouping reads it: its body is its sentences (or blocks) joined by line breaks. */
export interface GroupedArticle {
  id: string;
  urls: string[];
  body: string;
  lang?: string | undefined;
  publishedAt?: string | undefined;
}

/** A body read once for grouping and alignment alike: its tokens (cut once for names and content words) and its entities. */
export interface ReadBody {
  tokens: Token[];
  entities: FoundEntity[];
}

/**
 * The tokens and entities of a readable body, with the words for time and
 * units the aligner reads: a word such as "Chinese" (a language) is one of
 * them, and is no name for grouping whichever stage reads the body.
 */
export function readBody(body: string, lang: string | undefined): ReadBody {
  // Cut once for words and names alike (the entity finder checks that no URL was blanked). Names
  // in an unspaced script are gazetteer phrases only, found alike in a run cut into words and in
  // one its finder would have left whole for holding none.
  const tokens = tokenize(body);
  return { tokens, entities: findEntities(body, lang, true, tokens) };
}

/** The grouping view of a readable body already read (`readBody`); terms among its entities are not keys. */
export function groupDocumentOf(a: GroupedArticle, { tokens, entities }: ReadBody): ReadDocument {
  const words = contentWords(a.body, a.lang, tokens);
  return {
    id: a.id,
    urls: a.urls,
    keys: packStrings(groupKeys(entities)),
    days: eventDays(entities),
    lowercaseWords: packStrings(lowercaseWords(a.body)),
    words: { ...words, words: packStrings(words.words) },
    // Terms are its words and pairs of them: when no word may be in an uncased script, no term is (most articles).
    scriptWords: words.words.some(mayBeUncased) ? linkableScriptWords(termScriptWords(words.words, words.first, words.second)).join(' ') : '',
    ...(a.lang !== undefined && { lang: a.lang }),
    ...(a.publishedAt !== undefined && { publishedAt: a.publishedAt }),
  };
}
