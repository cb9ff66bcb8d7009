/**
 * Names written in scripts without capitals (Arabic, Chinese, Thai, Hindi,
 * Burmese, ...) are found by matching: each content word of such an article
 * is romanised, and when it spells a name word that articles in cased
 * scripts carry (ترامب ~ Trump, 习近平 ~ Xi Jinping), the article gets that
 * name's key. Only names the input already has can be found this way, which
 * is all grouping needs.
 */
import { consonantSkeleton, MIN_SKELETON } from '../entities/transliterate.js';
import type { GroupDocument } from './group-keys.js';
import { isKey, keyValue, makeKey } from '../entities/keys.js';

/** The name words a romanised word may spell: Latin letters only, four or more. */
const NAME_WORD = /^[a-z]{4,}$/u;

/**
 * Romanised words that may spell a name word: a syllable run (marked `=`) only
 * if it has the four letters a name word needs; consonant skeletons are as
 * long as `scriptWords` lets them be. Most of a Chinese article's syllable
 * runs are shorter, and none of those could ever match.
 */
export function linkableScriptWords(words: string[]): string[] {
  return words.filter((w) => !w.startsWith('=') || NAME_WORD.test(w.slice(1)));
}

/**
 * Adds `w:` keys to articles whose romanised words spell a name word of the
 * input: by consonant skeleton, or (for syllable scripts, marked `=`) by the
 * exact romanisation. A skeleton several name words share goes to the most
 * frequent of them.
 */
export function linkScriptNames(docs: GroupDocument[]): GroupDocument[] {
  if (!docs.some((d) => d.scriptWords?.length)) return docs;
  const count = new Map<string, number>();
  for (const d of docs) {
    if (d.scriptWords?.length) continue;
    for (const k of d.keys) if (isKey(k, 'w') && NAME_WORD.test(keyValue(k, 'w'))) count.set(keyValue(k, 'w'), (count.get(keyValue(k, 'w')) ?? 0) + 1);
  }
  const bySkeleton = new Map<string, string>();
  for (const [word, c] of count) {
    const sk = consonantSkeleton(word);
    if (sk.length < MIN_SKELETON) continue;
    const held = bySkeleton.get(sk);
    if (held === undefined || count.get(held)! < c) bySkeleton.set(sk, word);
  }
  return docs.map((d) => {
    if (!d.scriptWords?.length) return d;
    const found = new Set<string>();
    for (const w of d.scriptWords.split(' ')) {
      const name = w.startsWith('=') ? (count.has(w.slice(1)) ? w.slice(1) : undefined) : bySkeleton.get(w);
      if (name) found.add(makeKey('w', name));
    }
    return found.size ? { ...d, keys: [...d.keys, ...found] } : d;
  });
}
