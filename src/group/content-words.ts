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

/** Folded content words of a text with their counts (`tokens`: the text's, when the caller has them). */
export function contentWords(text: string, lang: string | undefined, tokens: Token[] = tokenize(text)): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  let previous: string | undefined;
  let previousEnd = -1;
  for (const t of tokens) {
    const w = t.folded;
    const content = (w.length >= 2 || t.unspaced) && !/^\p{N}+$/u.test(w) && !(lang && isFunctionWord(w, lang));
    if (!content) {
      previous = undefined;
      continue;
    }
    add(w);
    // Two content words in a row: in Vietnamese that is most often one word (máy bay, plane), elsewhere a phrase (black box).
    if (previous !== undefined && /^[ \u00a0]?$/u.test(text.slice(previousEnd, t.start))) add(`${previous} ${w}`);
    previous = w;
    previousEnd = t.end;
  }
  return counts;
}
