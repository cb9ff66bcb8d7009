/**
 * sentence-splitter's boundaries found in one pass, for text where its
 * abbreviation knowledge cannot matter. Its parser asks its abbreviation lists
 * about every word of the text (most of reading an article); but the answer
 * only changes a boundary when a word that holds a sentence end is one it
 * could mark (`Mr.`, `U.S.A.`, `10.`, `J.` between capitals, `Yahoo!`). Here
 * the text is scanned once with the splitter's own rules for what the lists do
 * not decide (which marks end a sentence, and the quotes and brackets inside
 * which nothing ends); when a word that could be such an abbreviation holds a
 * sentence end, the answer is `undefined` and the caller asks sentence-splitter.
 * A test holds the two to the same answer on every benchmark text and on
 * generated text.
 */
import { DefaultAbbrMarkerOptions } from 'sentence-splitter';

/** The splitter's ranges of its Sentence nodes, before trimming: `[start, end)` in `text`. */
export type SentenceRange = readonly [number, number];

/** The splitter's word lists, lower-cased (it compares them without case). */
const LISTED = ((): Set<string> => {
  const language = DefaultAbbrMarkerOptions.language as unknown as Record<string, unknown>;
  const words = new Set<string>();
  for (const list of Object.values(language)) {
    if (Array.isArray(list)) for (const word of list) if (typeof word === 'string') words.add(word.toLowerCase());
  }
  return words;
})();

/** The splitter's patterns for words it marks without a list: `U.S.A.`, `12.` (a line index or a German ordinal), `J.` (an initial). */
const MARKED_WITHOUT_LIST = /^(?:(?:[a-zA-Z]\.){3,}$|\d+\.$|\p{Lu}\.)/u;

/** Marks the splitter ends a sentence at (`.` only before white space or the end). */
const SEPARATORS = new Set(['.', '．', '。', '?', '!', '？', '！']);
/** Marks that may end a sentence inside a word (all but `.`, which needs white space after it). */
const SEPARATOR_INSIDE = /[．。?!？！]/u;

/** The splitter's pairs: nothing ends inside one. Each opening and closing mark names its pair. */
const PAIRS: [string, string][] = [['"', '"'], ['[', ']'], ['(', ')'], ['{', '}'], ['「', '」'], ['（', '）'], ['『', '』'], ['｛', '｝'], ['［', '］'], ['〚', '〛'], ['【', '】'], ['《', '》']];
const PAIR_OF = new Map<string, number>(PAIRS.flatMap(([open, close], k) => [[open, k], [close, k]]));

const WHITE = /\s/u;
const SPACE = /[^\S\n\r]/u;
/** The splitter takes CJK characters as word boundaries (tested one UTF-16 unit at a time, as it reads). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function isNewline(c: string): boolean {
  return c === '\n' || c === '\r';
}

/**
 * The Sentence ranges sentence-splitter's `split(text)` gives, or `undefined`
 * when an abbreviation could move one (then only the splitter can say).
 */
export function plainSentenceRanges(text: string): SentenceRange[] | undefined {
  const n = text.length;
  const open = new Uint8Array(PAIRS.length);
  let openCount = 0;
  const ranges: SentenceRange[] = [];
  let sentenceStart = -1;
  const ends = (i: number): boolean => {
    if (openCount > 0) return false;
    const c = text[i]!;
    if (!SEPARATORS.has(c)) return false;
    return c !== '.' || i + 1 >= n || WHITE.test(text[i + 1]!);
  };
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (isNewline(c) || SPACE.test(c)) {
      i++;
    } else if (ends(i)) {
      while (i < n && ends(i)) i++;
      if (sentenceStart >= 0) ranges.push([sentenceStart, i]);
      sentenceStart = -1;
    } else {
      if (sentenceStart < 0) sentenceStart = i;
      // One run of the splitter's "any value": up to a line break or a sentence end.
      do {
        if (startsWord(text, i) && couldBeMarked(text, i)) return undefined;
        const pair = PAIR_OF.get(text[i]!);
        if (pair !== undefined) {
          if (!open[pair]) {
            if (text[i] === PAIRS[pair]![0]) { open[pair] = 1; openCount++; }
          } else if (text[i] === PAIRS[pair]![1]) {
            open[pair] = 0;
            openCount--;
          }
        }
        i++;
      } while (i < n && !isNewline(text[i]!) && !ends(i));
    }
  }
  if (sentenceStart >= 0) ranges.push([sentenceStart, n]);
  return ranges;
}

/** The splitter looks for an abbreviation where a word starts: after white space, a CJK character, or at the start. */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1]!;
  return WHITE.test(prev) || CJK.test(prev);
}

/** Whether the word at `i` holds a sentence end and is one the splitter could take for an abbreviation. */
function couldBeMarked(text: string, i: number): boolean {
  let end = i;
  while (end < text.length && !WHITE.test(text[end]!) && !CJK.test(text[end]!)) end++;
  if (end === i) return false;
  const word = text.slice(i, end);
  const endsWithStop = word.endsWith('.') && (end === text.length || WHITE.test(text[end]!));
  if (!endsWithStop && !SEPARATOR_INSIDE.test(word)) return false;
  return LISTED.has(word.toLowerCase()) || MARKED_WITHOUT_LIST.test(word);
}
