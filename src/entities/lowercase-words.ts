/**
 * The folded words a text writes in lower case. Across a corpus these are the
 * common words of its languages; a capitalised word among them is not a name.
 */
import { cachedFold } from './tokenize.js';

/** Words are folded through the tokenizer's cache: the same common words come back in every article. */
export function lowercaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) out.add(cachedFold(m[0]));
  return out;
}
