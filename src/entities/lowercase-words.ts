/**
 * The folded words a text writes in lower case. Across a corpus these are the
 * common words of its languages; a capitalised word among them is not a name.
 */
import { foldWord } from './fold.js';

export function lowercaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) out.add(foldWord(m[0]));
  return out;
}
