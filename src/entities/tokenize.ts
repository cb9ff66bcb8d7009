/**
 * Words with their offsets. Scripts written without spaces (Chinese, Japanese,
 * Thai, Lao, Khmer, Myanmar) go through `Intl.Segmenter`, which carries ICU's
 * word dictionaries for them; everything else is cut by a linear regex.
 */
import { foldsToItself, foldWord } from './fold.js';
import { rememberWords } from '../remember.js';
import { hasCodeUnitIn, startsUpperCase } from '../language/code-units.js';

export interface Token {
  text: string;
  /** Language-free form: lower case, no diacritics. */
  folded: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (only cased scripts can). */
  capitalised: boolean;
  /** Written in a script that does not separate words with spaces. */
  unspaced: boolean;
}

/** A hyphen joins "ke-24" and "negara-negara" but not "Á-Trung", where a new name begins. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:'|’|-(?!\p{Lu}))[\p{L}\p{M}\p{N}]+)*/gu;
/** The scripts, and the marks of Japanese that Unicode files under no script (ー, ﾞ, ﾟ: a word is not cut there). */
const UNSPACED_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30fc\\uff70\\uff9e\\uff9f\\u309b\\u309c';
/** A run cut where it changes between an unspaced script and any other (marks stay with their letter). */
const SCRIPT_PART = new RegExp(`[${UNSPACED_CHARS}][${UNSPACED_CHARS}\\p{M}]*|[^${UNSPACED_CHARS}]+`, 'gu');
const UNSPACED = new RegExp(`[${UNSPACED_CHARS}]`, 'u');

let segmenter: Intl.Segmenter | undefined;

/**
 * `segmentRun`, when given, says which runs of an unspaced script are worth
 * cutting into words; the others come back whole, as one token. ICU's word
 * segmentation costs about a microsecond a character (a second for a Chinese
 * Bible), and a caller that only looks words up in a phrase list can first ask
 * whether the run holds any of its phrases at all.
 */
export function tokenize(text: string, segmentRun?: (folded: string) => boolean): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (hasCodeUnitIn(word, FIRST_UNSPACED) && UNSPACED.test(word)) {
      // A Latin name glued to Thai or Chinese ("CNBCใน", "据CNN报道") is a word of its own
      // (ICU's Thai dictionary would keep "CNBCใน" whole).
      const whole = segmentRun && !segmentRun(foldWord(word));
      for (const part of word.matchAll(SCRIPT_PART)) {
        const start = m.index + part.index;
        // The part between two runs may begin or end with the hyphen or apostrophe that joined it to them ("20-ธันวาคม").
        if (!UNSPACED.test(part[0])) for (const w of part[0].matchAll(WORD)) tokens.push(makeToken(w[0], start + w.index, true));
        else if (whole) tokens.push({ text: part[0], folded: foldWord(part[0]), start, end: start + part[0].length, capitalised: false, unspaced: true });
        else for (const [segment, index] of segmentWords(part[0])) tokens.push(makeToken(segment, start + index, true));
      }
    } else {
      tokens.push(makeToken(word, m.index, false));
    }
  }
  return tokens;
}

/** Longest piece of one unspaced run handed to the segmenter at a time: ICU's dictionary segmentation slows down more than linearly on a long run (a 80,000-character run of Chinese took 10 s, 40,000 half a second). */
const SEGMENT_WINDOW = 2_000;
/** Words are taken from a window only up to this far from its end: a word is never as long, so none is cut where the next window starts. */
const SEGMENT_MARGIN = 100;

/** The words of one run of an unspaced script with their offsets in it, found window by window so that the time stays linear in its length. */
function* segmentWords(run: string): Generator<[string, number]> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let from = 0;
  while (from < run.length) {
    const last = run.length - from <= SEGMENT_WINDOW;
    const piece = last ? run.slice(from) : run.slice(from, from + SEGMENT_WINDOW);
    let next = from + piece.length;
    for (const seg of segmenter.segment(piece)) {
      if (!last && seg.index > 0 && seg.index + seg.segment.length > piece.length - SEGMENT_MARGIN) {
        next = from + seg.index;
        break;
      }
      if (seg.isWordLike) yield [seg.segment, from + seg.index];
    }
    from = next;
  }
}

/** Folding normalises Unicode, which is slow; news text repeats its words, so forms are remembered. */
const rememberedFold = rememberWords(foldWord, 200_000);

/**
 * `foldWord`, remembered: plain ASCII is only lowered (cheaper than finding it
 * among the remembered forms, as a map lookup hashes the word first and, in a
 * large map, misses the cache), anything else is looked up.
 */
export function cachedFold(word: string): string {
  if (plainAscii(word)) return word.toLowerCase();
  // Chinese, Korean and Thai words fold to themselves: nothing to look up among the remembered forms.
  return foldsToItself(word) ? word : rememberedFold(word);
}

/** The first code unit of the unspaced scripts (Thai); a word with none as high is cut by the word regex alone, without the script test. */
const FIRST_UNSPACED = 0x0e00;

/**
 * The articles, pronouns and prepositions French, Italian and Catalan write
 * elided onto the next word (l’, d’, qu’, dell’, all’, nell’, sull’), in
 * lower case or with the capital of a sentence's start. O’ and a capital D’
 * before a capital (O’Brien, D’Alema) belong to the name.
 */
const ELIDED = /^(?:[lLdjmnstcJMNSTC]|[qQ]u|jusqu|lorsqu|puisqu|quoiqu|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[cC]oll|[dD]egl|[aA]gl|[nN]egl|[sS]ugl|[uU]n|[qQ]uell)['’](?=\p{L})|^D['’](?=\p{Ll})/u;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const SMALL_S = 0x73;

function makeToken(word: string, start: number, unspaced: boolean): Token {
  // "China’s" is China: the possessive is grammar, not part of the name (one letter at least before it);
  // cut again while one is left ("a’s’s", which the word pattern reads as one word).
  let text = word;
  while (endsWithPossessive(text)) text = text.slice(0, -2);
  // "l’Union européenne", "d’Irak", "dell’ONU": the elided article or preposition is not part of the word.
  const elided = text.includes('’') || text.includes("'") ? ELIDED.exec(text)?.[0].length ?? 0 : 0;
  if (elided) text = text.slice(elided);
  return {
    text,
    folded: cachedFold(text),
    start: start + elided,
    end: start + elided + text.length,
    capitalised: startsUpperCase(text),
    unspaced,
  };
}

/** `'s` or `’s` at the end, after at least one other character. */
function endsWithPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== SMALL_S) return false;
  const before = word.charCodeAt(n - 2);
  return before === APOSTROPHE || before === RIGHT_QUOTE;
}

/** ASCII without an apostrophe or backtick: folding only lowers its case. */
function plainAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80 || c === APOSTROPHE || c === BACKTICK) return false;
  }
  return true;
}

const BACKTICK = 0x60;

/** Words as written, lower-cased with their accents (NFC), joined by spaces: what a term's spellings hold. */
export function spellingOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text.normalize('NFC').toLowerCase()).join(' ');
}
