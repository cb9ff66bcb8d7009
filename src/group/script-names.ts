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
import { isKey, keyValue } from '../entities/keys.js';
import { StringTable } from '../entities/packed-strings.js';

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
 * frequent of them. The keys are numbers (`lists`, numbered by `keyOf`, see
 * `numberKeys`): each list of an article with romanised words gets the numbers
 * of the name keys they spell after its own (a list without any is returned as
 * it is). Grouping asks this of every article of a large input, so no key is
 * looked up as a string.
 */
export function linkScriptNames(docs: readonly GroupDocument[], lists: readonly number[][], keyOf: readonly string[]): number[][] {
  if (!docs.some((d) => d.scriptWords?.length)) return [...lists];
  // Name words of articles in cased scripts, each counted, in the order first met.
  const nameWord = new Int8Array(keyOf.length).fill(-1);
  const count = new Int32Array(keyOf.length);
  const order: number[] = [];
  docs.forEach((d, i) => {
    if (d.scriptWords?.length) return;
    for (const id of lists[i]!) {
      if (nameWord[id] === -1) nameWord[id] = isKey(keyOf[id]!, 'w') && NAME_WORD.test(keyValue(keyOf[id]!, 'w')) ? 1 : 0;
      if (nameWord[id] === 1 && count[id]!++ === 0) order.push(id);
    }
  });
  // What a romanised word may be, as it is written in `scriptWords`: `=` and a name word, or a skeleton.
  const spelled = new StringTable();
  const spells: number[] = [];
  const spell = (written: string, id: number) => void (spells[spelled.idOf(written)] = id);
  const bySkeleton = new Map<string, number>();
  for (const id of order) {
    const word = keyValue(keyOf[id]!, 'w');
    spell(`=${word}`, id);
    const sk = consonantSkeleton(word);
    if (sk.length < MIN_SKELETON) continue;
    const held = bySkeleton.get(sk);
    if (held === undefined || count[held]! < count[id]!) bySkeleton.set(sk, id);
  }
  for (const [sk, id] of bySkeleton) spell(sk, id);
  return docs.map((d, i) => {
    const text = d.scriptWords;
    if (!text?.length) return lists[i]!;
    // Read in place, word by word: an article has hundreds of romanised words, and almost none is a name.
    const found = new Set<number>();
    for (let from = 0; from <= text.length;) {
      let to = text.indexOf(' ', from);
      if (to < 0) to = text.length;
      const at = spelled.findIn(text, from, to);
      if (at >= 0) found.add(spells[at]!);
      from = to + 1;
    }
    return found.size ? [...lists[i]!, ...found] : lists[i]!;
  });
}
