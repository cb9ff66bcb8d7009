/**
 * Names written in scripts without capitals (Arabic, Chinese, Thai, Hindi,
 * Burmese, ...) are found by matching: each content word of such an article
 * is romanised, and when it spells a name word that articles in cased
 * scripts carry (ترامب ~ Trump, 习近平 ~ Xi Jinping), the article gets that
 * name's key. Only names the input already has can be found this way, which
 * is all grouping needs.
 */
import { arabicStems } from '../entities/fold.js';
import { consonantSkeleton, toLatin, UNCASED } from '../entities/transliterate.js';
import anyAscii from 'any-ascii';
import type { GroupDocument } from './group-keys.js';

/** Skeletons shorter than this (ktb, mn, trk) are common words in too many languages to name anyone. */
const MIN_SKELETON = 4;
/**
 * Scripts whose romanisation keeps a name's consonants (Arabic, Hebrew, the
 * Indic abugidas). Thai, Lao, Khmer and Burmese are left out: their
 * romanised word fragments matched random Latin names (Burmese NTREX gave
 * Burnley, Amazon and Newman to an article about Macedonia).
 */
const SKELETON_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Ethiopic}]/u;
/** Chinese and Japanese names romanise syllable by syllable: a name is at most this many syllables. */
const MAX_SYLLABLES = 3;

/** Romanised forms of an article's words in scripts without capitals: the candidates for names. */
export function scriptWords(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const word of words) {
    if (!UNCASED.test(word)) continue;
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word)) {
      // 习近平 → Xi Jin Ping: every run of up to three syllables may be a name word (xi, jinping).
      const syllables = anyAscii(word).split(/(?=[A-Z])/u).map((x) => x.toLowerCase().replace(/[^a-z]/gu, '')).filter(Boolean);
      for (let i = 0; i < syllables.length; i++) {
        for (let j = i + 1; j <= Math.min(syllables.length, i + MAX_SYLLABLES); j++) out.add(`=${syllables.slice(i, j).join('')}`);
      }
      continue;
    }
    if (!SKELETON_SCRIPTS.test(word)) continue;
    for (const stem of /[\u0600-\u06FF]/u.test(word) ? arabicStems(word) : [word]) {
      const skeleton = consonantSkeleton(toLatin(stem));
      if (skeleton.length >= MIN_SKELETON) out.add(skeleton);
    }
  }
  return [...out];
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
    for (const k of d.keys) if (k.startsWith('w:') && /^[a-z]{4,}$/u.test(k.slice(2))) count.set(k.slice(2), (count.get(k.slice(2)) ?? 0) + 1);
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
    for (const w of d.scriptWords) {
      const name = w.startsWith('=') ? (count.has(w.slice(1)) ? w.slice(1) : undefined) : bySkeleton.get(w);
      if (name) found.add(`w:${name}`);
    }
    return found.size ? { ...d, keys: [...d.keys, ...found] } : d;
  });
}
