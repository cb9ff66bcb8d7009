/**
 * Names across scripts. Latin, Cyrillic and Greek mark names with capitals;
 * other scripts do not, so their words can only be matched against names
 * found elsewhere. Both sides are brought to Latin letters with any-ascii
 * (كازاخستان → kzkhstn, Трамп → Tramp, 习近平 → XiJinPing) and compared as
 * consonant skeletons, since scripts without written vowels drop them.
 */
import * as anyAsciiModule from 'any-ascii';
import { arabicStems } from './fold.js';
import { hasCodeUnitIn } from '../language/code-units.js';

/**
 * any-ascii is ESM with a default export only: the CJS build requires it as a
 * namespace whose own default is the function.
 */
const anyAscii: (text: string) => string = typeof anyAsciiModule.default === 'function'
  ? anyAsciiModule.default
  : (anyAsciiModule.default as unknown as { default: (text: string) => string }).default;

/** Lower-case Latin letters for a word of any script. */
export function toLatin(word: string): string {
  return asciiLetters(anyAscii(word));
}

/** The letters of a romanisation, lower-cased, nothing else: one pass over ASCII (all any-ascii writes), the patterns otherwise. */
export function asciiLetters(ascii: string): string {
  let out = '';
  for (let i = 0; i < ascii.length; i++) {
    const c = ascii.charCodeAt(i);
    if (c > 0x7f) return ascii.toLowerCase().replace(/[^a-z]/gu, '');
    if (c >= A && c <= Z) out += ascii[i];
    else if (c >= UPPER_A && c <= UPPER_Z) out += String.fromCharCode(c + TO_LOWER);
  }
  return out;
}

/**
 * The consonants of a romanised word, in one spelling: vowels and the weak
 * letters h, w, y dropped (Arabic writes them for long vowels), p as b and
 * v as f (Arabic has neither), c/q/g/j as k, z as s, repeats collapsed.
 * Trump, ترامب, ทรัมป์ and ट्रम्प all give `trmb`.
 *
 * Grouping asks this of every word of every Arabic or Hindi article (a third
 * of reading one, as a chain of regular expressions): a word of lower-case
 * ASCII letters, what romanising gives, is read in one pass; anything else
 * goes through the chain (`skeletonByPatterns`, which the pass must equal).
 */
export function consonantSkeleton(latin: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < latin.length; i++) {
    let c = latin.charCodeAt(i);
    if (c < A || c > Z) return skeletonByPatterns(latin);
    if (c === P && latin.charCodeAt(i + 1) === H) {
      c = F;
      i++;
    } else if (WEAK[c - A]) {
      continue;
    }
    const mapped = SKELETON_LETTER[c - A]!;
    if (mapped === X) {
      // x is ks: two letters, each collapsed against the one before.
      if (last !== K) out += 'k';
      out += 's';
      last = S;
    } else if (mapped !== last) {
      out += String.fromCharCode(mapped);
      last = mapped;
    }
  }
  return out;
}

/** `consonantSkeleton` as its rules are written, for any string. */
export function skeletonByPatterns(latin: string): string {
  return latin
    .replace(/ph/gu, 'f')
    .replace(/[aeiouhwy]/gu, '')
    .replace(/p/gu, 'b').replace(/v/gu, 'f').replace(/[cqgj]/gu, 'k').replace(/x/gu, 'ks').replace(/z/gu, 's')
    .replace(/(.)\1+/gu, '$1');
}

/** Char codes of the letters the one-pass readers test for: A-Z, a-z, those a skeleton treats apart, and how far a capital is from its small letter. */
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const TO_LOWER = 0x20;
const A = 0x61;
const Z = 0x7a;
const F = 0x66;
const H = 0x68;
const K = 0x6b;
const P = 0x70;
const S = 0x73;
const X = 0x78;
/** By letter a-z: 1 for the vowels and weak letters a skeleton drops. */
const WEAK = Uint8Array.from('abcdefghijklmnopqrstuvwxyz', (c) => ('aeiouhwy'.includes(c) ? 1 : 0));
/** By letter a-z: the letter a skeleton writes for it (x stands for ks). */
const SKELETON_LETTER = Uint16Array.from('abcdefghijklmnopqrstuvwxyz', (c) => ({ p: 'b', v: 'f', c: 'k', q: 'k', g: 'k', j: 'k', z: 's' }[c] ?? c).charCodeAt(0));

/** Scripts with capitals: names there are found by capitalisation, and romanised to a Latin key. */
const CASED_NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

/** A folded name word in a cased non-Latin script, in Latin letters (путин → putin); other words unchanged. */
export function latinNameWord(word: string): string {
  return CASED_NON_LATIN.test(word) ? toLatin(word) || word : word;
}

/** Letters of scripts without capitals, whose names only a match against other articles can find. */
export const UNCASED = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Georgian}\p{Script=Ethiopic}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Sinhala}]/u;

/** The first code unit of any script in UNCASED (Hebrew); most words of most text are below it. */
const FIRST_UNCASED = 0x0590;

/** Whether `word` may hold a letter of UNCASED: a loop over char codes settles most words before the script regex. */
export function mayBeUncased(word: string): boolean {
  return hasCodeUnitIn(word, FIRST_UNCASED);
}

/** Skeletons shorter than this (ktb, mn, trk) are common words in too many languages to name anyone. */
export const MIN_SKELETON = 4;
/**
 * Scripts whose romanisation keeps a name's consonants (Arabic, Hebrew, the
 * Indic abugidas). Thai, Lao, Khmer and Burmese are left out: their
 * romanised word fragments matched random Latin names (Burmese NTREX gave
 * Burnley, Amazon and Newman to an article about Macedonia).
 */
const SKELETON_SCRIPTS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Ethiopic}]/u;
/** Chinese and Japanese names romanise syllable by syllable: a name is at most this many syllables. */
const MAX_SYLLABLES = 3;

/**
 * Romanised forms of an article's words in scripts without capitals, the
 * candidates for names: consonant skeletons (Arabic, Hebrew, Indic), and for
 * Chinese and Japanese every run of up to three syllables, marked `=`.
 */
export function scriptWords(words: Iterable<string>): string[] {
  const list = [...words];
  return termScriptWords(list, Int32Array.from(list.keys()), new Int32Array(list.length).fill(-1));
}

/**
 * `scriptWords` of an article's terms: its distinct `words`, and pairs of them
 * (term k is word `first[k]`, with word `second[k]` after a space unless that
 * is -1), in term order, each word romanised once however many pairs it is in.
 * any-ascii reads text code point by code point, so a pair's romanisation is
 * its two words' with a space between; only an Arabic pair, whose prefixes are
 * read off the pair as a whole, is romanised as written.
 */
export function termScriptWords(words: readonly string[], first: Int32Array, second: Int32Array): string[] {
  const out = new Set<string>();
  const seen = words.map((w) => (mayBeUncased(w) ? WordScripts.of(w) : NO_SCRIPTS));
  const ascii: (string | undefined)[] = [];
  const latin: (string | undefined)[] = [];
  const asciiOf = (i: number) => (ascii[i] ??= anyAscii(words[i]!));
  const latinOf = (i: number) => (latin[i] ??= toLatin(words[i]!));
  for (let k = 0; k < first.length; k++) {
    const a = first[k]!;
    const b = second[k]!;
    const sa = seen[a]!;
    const sb = b < 0 ? NO_SCRIPTS : seen[b]!;
    if (!sa.uncased && !sb.uncased) continue;
    if (sa.syllabic || sb.syllabic) {
      addSyllableRuns(b < 0 ? asciiOf(a) : `${asciiOf(a)} ${asciiOf(b)}`, out);
      continue;
    }
    if (!sa.skeleton && !sb.skeleton) continue;
    if (sa.arabic || sb.arabic) {
      for (const stem of arabicStems(b < 0 ? words[a]! : `${words[a]!} ${words[b]!}`)) addSkeleton(toLatin(stem), out);
    } else {
      addSkeleton(b < 0 ? latinOf(a) : latinOf(a) + latinOf(b), out);
    }
  }
  return [...out];
}

/** Which of scriptWords' tests a word passes (a pair passes one when either of its words does). */
class WordScripts {
  constructor(readonly uncased: boolean, readonly syllabic: boolean, readonly skeleton: boolean, readonly arabic: boolean) {}

  static of(word: string): WordScripts {
    return UNCASED.test(word) ? new WordScripts(true, SYLLABIC.test(word), SKELETON_SCRIPTS.test(word), ARABIC_LETTER.test(word)) : NO_SCRIPTS;
  }
}

const NO_SCRIPTS = new WordScripts(false, false, false, false);
const SYLLABIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ARABIC_LETTER = /[\u0600-\u06FF]/u;

/**
 * 习近平 → Xi Jin Ping: every run of up to three syllables may be a name word
 * (xi, jinping). A syllable starts at each capital of any-ascii's output and
 * keeps its letters lower-cased; read in one pass for ASCII (all any-ascii
 * writes), through `syllablesByPatterns` otherwise.
 */
function addSyllableRuns(ascii: string, out: Set<string>): void {
  const syllables = asciiSyllables(ascii) ?? syllablesByPatterns(ascii);
  for (let i = 0; i < syllables.length; i++) {
    let run = '=';
    for (let j = i; j < Math.min(syllables.length, i + MAX_SYLLABLES); j++) out.add((run += syllables[j]!));
  }
}

/** The syllables of an ASCII romanisation (undefined for any other text). */
export function asciiSyllables(ascii: string): string[] | undefined {
  const syllables: string[] = [];
  let piece = '';
  for (let i = 0; i < ascii.length; i++) {
    const c = ascii.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if (c >= UPPER_A && c <= UPPER_Z) {
      if (piece) syllables.push(piece);
      piece = String.fromCharCode(c + TO_LOWER);
    } else if (c >= A && c <= Z) {
      piece += ascii[i];
    }
  }
  if (piece) syllables.push(piece);
  return syllables;
}

/** The syllables of a romanisation as the rule is written: cut before each capital, lower-cased, letters only, none empty. */
export function syllablesByPatterns(ascii: string): string[] {
  return ascii.split(/(?=[A-Z])/u).map((x) => x.toLowerCase().replace(/[^a-z]/gu, '')).filter(Boolean);
}

function addSkeleton(latin: string, out: Set<string>): void {
  const skeleton = consonantSkeleton(latin);
  if (skeleton.length >= MIN_SKELETON) out.add(skeleton);
}

/** The pinyin syllable of each character of a run of Chinese characters, lower case (克伦威尔 → ke, lun, wei, er). */
export function pinyinSyllables(run: string): string[] {
  return [...run].map((ch) => asciiLetters(anyAscii(ch)));
}
