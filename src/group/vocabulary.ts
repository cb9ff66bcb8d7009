/**
 * The words of a whole input, numbered once. What grouping keeps of an
 * article's words is numbers and counts in typed arrays: a Map of folded
 * word strings per article held about 26 KB of a news article's 45 KB
 * prepared form, and every article spelled its own copies of the same words.
 * Single words are numbered; a phrase of two is a number made of its two
 * words' (see `term`), never a string of its own: phrases are most of an
 * input's distinct terms, and nearly every one is written by one article only.
 */
import type { ContentWords } from './content-words.js';
import type { GroupDocument, ReadDocument } from './group-keys.js';

/** Single words an input may have: a phrase's number holds two of them exactly in a double. */
const MAX_WORDS = 2 ** 26;

export class Vocabulary {
  /** Each word, at its id. */
  readonly words: string[] = [];
  /** Words some article of the input writes in lower case: common words of a language, not names. */
  readonly lowercase = new Set<number>();
  private readonly ids = new Map<string, number>();

  /** The word's id, numbered now if it is new. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      if (this.words.length >= MAX_WORDS) throw new RangeError(`more than ${MAX_WORDS} distinct words in one input`);
      id = this.words.push(word) - 1;
      this.ids.set(word, id);
    }
    return id;
  }

  /** Whether some article writes the word in lower case. */
  isLowercase(word: string): boolean {
    const id = this.ids.get(word);
    return id !== undefined && this.lowercase.has(id);
  }

  /** A single word's term is its id; a phrase's is made of its two words' ids (exact: both are below MAX_WORDS). */
  static term(first: number, second: number): number {
    return second < 0 ? first : (first + 1) * MAX_WORDS + second;
  }

  /** A term written out: a phrase as its two words with a space between. */
  spell(term: number): string {
    if (term < MAX_WORDS) return this.words[term]!;
    return `${this.words[Math.floor(term / MAX_WORDS) - 1]!} ${this.words[term % MAX_WORDS]!}`;
  }

  /**
   * An article's grouping view as grouping keeps it: its content words and
   * phrases as terms and counts (in the order the article first writes them,
   * so every sum over them adds up in the same order), its romanised words in
   * one string, its lower-case words added to the input's.
   */
  compact(doc: ReadDocument): GroupDocument {
    const { words, lowercaseWords, scriptWords, ...read } = doc;
    for (const w of lowercaseWords ?? []) this.lowercase.add(this.idOf(w));
    // Romanised words stay out of the vocabulary: nearly every one is written by one article only (a
    // Chinese article's syllable runs were most of its prepared form, and as vocabulary entries 60% of
    // the vocabulary of a generated crawl). They stay in the one string reading made of them.
    const rest: GroupDocument = scriptWords ? { ...read, scriptWords } : read;
    return words ? { ...rest, words: this.terms(words) } : rest;
  }

  private terms({ words, first, second, counts }: ContentWords): { terms: Float64Array; counts: Int32Array } {
    const ids = words.map((w) => this.idOf(w));
    const terms = new Float64Array(counts.length);
    for (let k = 0; k < counts.length; k++) terms[k] = Vocabulary.term(ids[first[k]!]!, second[k]! < 0 ? -1 : ids[second[k]!]!);
    return { terms, counts };
  }
}
