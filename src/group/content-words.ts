/**
 * What same-language articles are compared on: their words. Two outlets'
 * reports of one event name the same people, but they also share the event's
 * own vocabulary (a plane crash, a bomb, the black box), which names and
 * numbers alone miss. Words are folded and counted, the language's function
 * words and one-letter words left out, and two content words in a row count
 * as a phrase of their own as well.
 */
import { tokenize, type Token } from '../entities/tokenize.js';
import { isFunctionWord } from '../language/function-words.js';
import { Vocabulary } from './vocabulary.js';

/**
 * An article's content words and phrases with their counts, in the order it
 * first writes them. A phrase is its two words' places in `words`: phrases
 * are most of an article's distinct terms and nearly all of them are written
 * once in a whole input, so they are never spelled out as strings of their own.
 */
export interface ContentWords {
  /** The distinct single words. */
  words: string[];
  /** Per term: the place of its word in `words`, or of a phrase's first word. */
  first: Int32Array;
  /** Per term: -1 for a single word, or the place of a phrase's second word. */
  second: Int32Array;
  counts: Int32Array;
}

/** Folded content words of a text with their counts (`tokens`: the text's, when the caller has them). */
export function contentWords(text: string, lang: string | undefined, tokens: Token[] = tokenize(text)): ContentWords {
  const words: string[] = [];
  const placeOf = new Map<string, number>();
  const termOf = new Map<number, number>();
  const first: number[] = [];
  const second: number[] = [];
  const counts: number[] = [];
  const add = (a: number, b: number) => {
    // A term as one number, the way the input's vocabulary numbers them (here over the article's own places).
    const key = Vocabulary.term(a, b);
    const term = termOf.get(key);
    if (term !== undefined) counts[term]!++;
    else {
      termOf.set(key, counts.length);
      first.push(a);
      second.push(b);
      counts.push(1);
    }
  };
  let previous = -1;
  let previousEnd = -1;
  for (const t of tokens) {
    const w = t.folded;
    const content = (w.length >= 2 || t.unspaced) && !allDigits(w) && !(lang && isFunctionWord(w, lang));
    if (!content) {
      previous = -1;
      continue;
    }
    let place = placeOf.get(w);
    if (place === undefined) {
      place = words.push(w) - 1;
      placeOf.set(w, place);
    }
    add(place, -1);
    // Two content words in a row: in Vietnamese that is most often one word (máy bay, plane), elsewhere a phrase (black box).
    if (previous >= 0 && joinedBySpace(text, previousEnd, t.start)) add(previous, place);
    previous = place;
    previousEnd = t.end;
  }
  return { words, first: Int32Array.from(first), second: Int32Array.from(second), counts: Int32Array.from(counts) };
}

/** Whether a word is digits only (of any script): a word starting with an ASCII letter is settled by its first char code, as most are. */
function allDigits(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return false;
  return /^\p{N}+$/u.test(word);
}

/** Whether two words meet with nothing between them, or one space (plain or no-break). */
function joinedBySpace(text: string, end: number, start: number): boolean {
  if (start === end) return true;
  if (start !== end + 1) return false;
  const c = text.charCodeAt(end);
  return c === 0x20 || c === 0xa0;
}

/** Each term of `c` written out, a phrase as its two words with a space between, in order. */
export function* termsOf(c: ContentWords): Generator<string> {
  for (let k = 0; k < c.counts.length; k++) yield c.second[k]! < 0 ? c.words[c.first[k]!]! : `${c.words[c.first[k]!]!} ${c.words[c.second[k]!]!}`;
}
