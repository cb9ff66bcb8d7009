/**
 * Language-free forms of words: lower case, no diacritics (Tập → tap, đ → d),
 * Arabic without vowel marks and with one form of alef, yeh and teh marbuta.
 * Only the marks on Latin, Greek and Cyrillic letters are diacritics: in
 * Devanagari, Thai, Khmer or Burmese a mark is a vowel, and dropping it
 * turns पेरू (Peru) into पर ("on").
 */
const DIACRITIC = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*)\p{M}+/gu;

export function foldLatin(word: string): string {
  return word
    .normalize('NFD')
    .replace(DIACRITIC, '')
    .replace(/[đĐ]/gu, 'd')
    .replace(/[łŁ]/gu, 'l')
    .replace(/[øØ]/gu, 'o')
    .replace(/ß/gu, 'ss')
    .replace(/[’'`]/gu, '')
    .toLowerCase();
}

export function foldArabic(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
}

const ASCII = /^[\x00-\x7f]*$/u;

/** One folded form for any word, whatever its script. */
export function foldWord(word: string): string {
  // Most words of most text are plain ASCII: lower case and no apostrophes is all folding does to them.
  if (ASCII.test(word)) return word.replace(/['`]/gu, '').toLowerCase();
  if (foldsToItself(word)) return word;
  return /[\u0600-\u06FF]/u.test(word) ? foldArabic(word) : foldLatin(word).normalize('NFC');
}

/**
 * Whether a word is written only in Chinese characters, Hangul syllables or
 * Thai, with Thai's stacked marks in canonical order: folding changes none of
 * them (no case, no canonical decomposition that composition does not undo,
 * no mark after a Latin, Greek or Cyrillic letter; normalising would only
 * reorder Thai marks that are out of order), and a run of Chinese is one long
 * word to normalise twice.
 */
export function foldsToItself(word: string): boolean {
  let before = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xac00 && c <= 0xd7a3)) {
      before = 0;
      continue;
    }
    if (c < 0x0e01 || c > 0x0e5b) return false;
    const order = thaiMarkOrder(c);
    if (order > 0 && before > order) return false;
    before = order;
  }
  return word.length > 0;
}

/** The canonical combining class of a Thai character: the vowels below 103, phinthu 9, the tone marks 107, anything else 0. */
function thaiMarkOrder(c: number): number {
  if (c === 0x0e38 || c === 0x0e39) return 103;
  if (c === 0x0e3a) return 9;
  return c >= 0x0e48 && c <= 0x0e4b ? 107 : 0;
}

/**
 * Arabic writes "and", "the", "with", "to" as prefixes: وقيرغيزستان is "and
 * Kyrgyzstan". The forms to try, longest prefix removed last.
 */
export function arabicStems(folded: string): string[] {
  const out = [folded];
  for (const p of ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل']) {
    if (folded.startsWith(p) && folded.length - p.length >= 3) out.push(folded.slice(p.length));
  }
  return out;
}
