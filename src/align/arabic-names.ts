/**
 * Names across the Arabic and Latin scripts (Trump / ترامب, Merkel / ميركل;
 * Persian and Urdu letters too).
 * Arabic has no capitals, so its names cannot be found on their own; instead
 * each name found on the Latin side is reduced to a consonant skeleton, and
 * Arabic words with the same skeleton are taken for that name. Vowels, h, w
 * and y are dropped (Arabic writes them inconsistently, or not at all), and
 * letters Arabic does not have fall together with their nearest neighbour
 * (p with b, v with f, g and j with ج).
 */
import { arabicStems } from '../entities/fold.js';
import { isKey, keyValue } from '../entities/keys.js';

const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/gh(?=$|[^aeiou])/gu, ''], [/ch(?=[lr])/gu, 'k'], [/sh|ch|tch/gu, 's'], [/th/gu, 't'], [/ph/gu, 'f'], [/kh|ck|qu/gu, 'k'],
  [/c(?=[eiy])/gu, 's'], [/x/gu, 'ks'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'b', p: 'b', t: 't', d: 'd', s: 's', z: 's', c: 'k', k: 'k', q: 'k', g: 'g', j: 'g',
  f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', r: 'r',
};
const ARABIC_CLASS: Record<string, string> = {
  ب: 'b', ت: 't', ط: 't', ث: 't', د: 'd', ض: 'd', ذ: 's', س: 's', ص: 's', ش: 's', ز: 's', ظ: 's',
  ك: 'k', ق: 'k', خ: 'k', ج: 'g', غ: 'g', ف: 'f', ل: 'l', م: 'm', ن: 'n', ر: 'r',
  // Persian and Urdu letters: پ p, چ ch, ژ zh, گ g, ک kaf, and Urdu's retroflex ٹ ڈ ڑ.
  پ: 'b', چ: 's', ژ: 's', گ: 'g', ک: 'k', ٹ: 't', ڈ: 'd', ڑ: 'r',
};

/** A skeleton is a name only when it is this long, or one letter shorter with vowels written around it. */
const MIN_SKELETON = 4;

export function latinSkeleton(word: string): string {
  let w = word;
  for (const [re, to] of LATIN_DIGRAPHS) w = w.replace(re, to);
  return collapse([...w].map((ch) => LATIN_CLASS[ch] ?? '').join(''));
}

export function arabicSkeleton(word: string): string {
  // تش is how Arabic writes ch (تشارلز, Charles).
  return collapse([...word.replace(/تش/gu, 'ش')].map((ch) => ARABIC_CLASS[ch] ?? '').join(''));
}

/**
 * A three-consonant skeleton is also most Arabic roots (فرد is a person, not
 * Ford): it counts only with vowels written, as transliterations are, and not
 * on a form that still carries the article, whose ل would join the skeleton
 * (البحيرة read as Labour).
 */
function likelyShortName(form: string, skeleton: string): boolean {
  return !/^(?:[وبفكل]?ال|لل)/u.test(form) && form.length >= skeleton.length + 2;
}

function collapse(s: string): string {
  return s.replace(/(.)\1+/gu, '$1');
}

/**
 * For each Arabic-side sentence, the `w:` keys of Latin-side names it writes.
 * `latinKeys` are the anchor keys of the Latin side (names as `w:` words);
 * `arabicWords` the folded words of each Arabic sentence.
 */
export function arabicNameKeys(latinKeys: string[][], arabicWords: string[][]): string[][] {
  const bySkeleton = new Map<string, string>();
  for (const keys of latinKeys) {
    for (const k of keys) {
      if (!isKey(k, 'w') || !/^[a-z]+$/u.test(keyValue(k, 'w'))) continue;
      const skeleton = latinSkeleton(keyValue(k, 'w'));
      if (skeleton.length >= MIN_SKELETON - 1) bySkeleton.set(skeleton, k);
    }
  }
  if (bySkeleton.size === 0) return arabicWords.map(() => []);
  return arabicWords.map((words) => {
    const found = new Set<string>();
    for (const word of words) {
      if (!/[\u0600-\u06FF]/u.test(word)) continue;
      for (const stem of arabicStems(word)) {
        const skeleton = arabicSkeleton(stem);
        const key = bySkeleton.get(skeleton);
        if (key && (skeleton.length >= MIN_SKELETON || likelyShortName(stem, skeleton))) {
          found.add(key);
          break;
        }
      }
    }
    return [...found];
  });
}
