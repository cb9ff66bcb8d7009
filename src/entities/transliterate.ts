/**
 * Names across scripts. Latin, Cyrillic and Greek mark names with capitals;
 * other scripts do not, so their words can only be matched against names
 * found elsewhere. Both sides are brought to Latin letters with any-ascii
 * (كازاخستان → kzkhstn, Трамп → Tramp, 习近平 → XiJinPing) and compared as
 * consonant skeletons, since scripts without written vowels drop them.
 */
import anyAscii from 'any-ascii';

/** Lower-case Latin letters for a word of any script. */
export function toLatin(word: string): string {
  return anyAscii(word).toLowerCase().replace(/[^a-z]/gu, '');
}

/**
 * The consonants of a romanised word, in one spelling: vowels and the weak
 * letters h, w, y dropped (Arabic writes them for long vowels), p as b and
 * v as f (Arabic has neither), c/q/g/j as k, z as s, repeats collapsed.
 * Trump, ترامب, ทรัมป์ and ट्रम्प all give `trmb`.
 */
export function consonantSkeleton(latin: string): string {
  return latin
    .replace(/ph/gu, 'f')
    .replace(/[aeiouhwy]/gu, '')
    .replace(/p/gu, 'b').replace(/v/gu, 'f').replace(/[cqgj]/gu, 'k').replace(/x/gu, 'ks').replace(/z/gu, 's')
    .replace(/(.)\1+/gu, '$1');
}

/** Scripts with capitals: names there are found by capitalisation, and romanised to a Latin key. */
const CASED_NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

/** A folded name word in a cased non-Latin script, in Latin letters (путин → putin); other words unchanged. */
export function latinNameWord(word: string): string {
  return CASED_NON_LATIN.test(word) ? toLatin(word) || word : word;
}

/** Letters of scripts without capitals, whose names only a match against other articles can find. */
export const UNCASED = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Georgian}\p{Script=Ethiopic}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Sinhala}]/u;
