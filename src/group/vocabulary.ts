/**
 * The words of a whole input, numbered once. What grouping keeps of an
 * article's words is their ids and counts in typed arrays: a Map of folded
 * word strings per article held about 26 KB of a news article's 45 KB
 * prepared form, and every article spelled its own copies of the same words.
 */
import type { GroupDocument, ReadDocument } from './group-keys.js';

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

  /**
   * An article's grouping view as grouping keeps it: its content words as ids
   * and counts (in the order the article first writes them, so every sum over
   * them adds up in the same order), its romanised words as ids, its
   * lower-case words added to the input's.
   */
  compact(doc: ReadDocument): GroupDocument {
    const { words, lowercaseWords, scriptWords, ...read } = doc;
    for (const w of lowercaseWords ?? []) this.lowercase.add(this.idOf(w));
    // Romanised words as ids too: a Chinese article's syllable runs were most of its prepared form.
    const rest: GroupDocument = scriptWords?.length ? { ...read, scriptWords: Int32Array.from(scriptWords, (w) => this.idOf(w)) } : read;
    if (!words) return rest;
    const ids = new Int32Array(words.size);
    const counts = new Int32Array(words.size);
    let k = 0;
    for (const [w, n] of words) {
      ids[k] = this.idOf(w);
      counts[k++] = n;
    }
    return { ...rest, words: { ids, counts } };
  }
}
