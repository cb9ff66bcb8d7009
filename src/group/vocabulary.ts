/**
 * The words of a whole input, numbered once. What grouping keeps of an
 * article's words is numbers and counts in typed arrays: a Map of folded
 * word strings per article held about 26 KB of a news article's 45 KB
 * prepared form, and every article spelled its own copies of the same words.
 * Single words are numbered; a phrase of two is a number made of its two
 * words' (see `term`), never a string of its own: phrases are most of an
 * input's distinct terms, and nearly every one is written by one article only.
 * The input's grouping keys are numbered here too, as the articles are kept.
 */
import type { GroupDocument, ReadDocument, ReadWords } from './group-keys.js';
import { StringTable, withRoom } from '../entities/packed-strings.js';
import { Slabs } from './slabs.js';

/** Single words an input may have: a phrase's number holds two of them exactly in a double. */
const MAX_WORDS = 2 ** 26;

export class Vocabulary {
  private readonly table = new StringTable();
  /** The input's grouping keys, numbered in the order articles first write them (as `numberKeys` numbers them). */
  private readonly keys = new StringTable();
  /** 1 at the id of a word some article writes in lower case: a common word of a language, not a name. */
  private lowercase: Uint8Array<ArrayBuffer> = new Uint8Array(1024);
  private lowercaseWords = 0;
  /** Where the articles' terms and counts are cut from (see slabs.ts). */
  private readonly termSlabs = new Slabs((n) => new Float64Array(n));
  private readonly countSlabs = new Slabs((n) => new Int32Array(n));
  /** Where the articles' key ids are cut from: each an array of its own cost about 300 bytes besides its numbers. */
  private readonly keySlabs = new Slabs((n) => new Int32Array(n));

  /** Each word, at its id. */
  get words(): readonly string[] {
    return this.table.strings;
  }

  /** Each grouping key, at its id. */
  get keyOf(): readonly string[] {
    return this.keys.strings;
  }

  /** The word's id, numbered now if it is new. */
  idOf(word: string): number {
    return this.checked(this.table.idOf(word));
  }

  /** Whether some article writes the word in lower case. */
  isLowercase(word: string): boolean {
    const id = this.table.find(word);
    return id >= 0 && this.lowercase[id] === 1;
  }

  /** Whether any article writes any word in lower case. */
  hasLowercase(): boolean {
    return this.lowercaseWords > 0;
  }

  /** A single word's term is its id; a phrase's is made of its two words' ids (exact: both are below MAX_WORDS). */
  static term(first: number, second: number): number {
    return second < 0 ? first : (first + 1) * MAX_WORDS + second;
  }

  /** A term written out: a phrase as its two words with a space between. */
  spell(term: number): string {
    const { words } = this;
    if (term < MAX_WORDS) return words[term]!;
    return `${words[Math.floor(term / MAX_WORDS) - 1]!} ${words[term % MAX_WORDS]!}`;
  }

  /**
   * An article's grouping view as grouping keeps it: its content words and
   * phrases as terms and counts (in the order the article first writes them,
   * so every sum over them adds up in the same order), its romanised words in
   * one string, its keys as ids, its lower-case words added to the input's.
   */
  compact(doc: ReadDocument): GroupDocument {
    const { words, lowercaseWords, scriptWords, keys, ...read } = doc;
    if (lowercaseWords) {
      const ids = this.table.idsOf(lowercaseWords);
      this.checked(this.words.length - 1);
      this.lowercase = withRoom(this.lowercase, this.words.length);
      for (const id of ids) {
        if (this.lowercase[id] === 1) continue;
        this.lowercase[id] = 1;
        this.lowercaseWords++;
      }
    }
    // Romanised words stay out of the vocabulary: nearly every one is written by one article only (a
    // Chinese article's syllable runs were most of its prepared form, and as vocabulary entries 60% of
    // the vocabulary of a generated crawl). They stay in the one string reading made of them.
    const rest: GroupDocument = { ...read, keyIds: this.keys.idsOf(keys, this.keySlabs.take(keys.ends.length)), ...(scriptWords && { scriptWords }) };
    return words ? { ...rest, words: this.terms(words) } : rest;
  }

  private terms({ words, first, second, counts }: ReadWords): { terms: Float64Array; counts: Int32Array } {
    const ids = this.table.idsOf(words);
    this.checked(this.words.length - 1);
    const terms = this.termSlabs.take(counts.length);
    for (let k = 0; k < counts.length; k++) terms[k] = Vocabulary.term(ids[first[k]!]!, second[k]! < 0 ? -1 : ids[second[k]!]!);
    return { terms, counts: this.countSlabs.copy(counts) };
  }

  /** Once every article's terms are let go (grouping has its vectors), their slabs go with them. */
  releaseTerms(): void {
    this.termSlabs.release();
    this.countSlabs.release();
  }

  /** The id, if the vocabulary has room for it. */
  private checked(id: number): number {
    if (id >= MAX_WORDS) throw new RangeError(`more than ${MAX_WORDS} distinct words in one input`);
    return id;
  }
}
