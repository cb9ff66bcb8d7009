/**
 * The segment stage's door: sentence-splitter's rules decide for scripts that end
 * sentences with `.`, `?`, `!` and `。` (applied in one pass where no abbreviation
 * can matter, see plain-sentences.ts; the splitter itself where one can); a few
 * rules on top cover what it does not know (Arabic, Devanagari and Urdu full
 * stops, photo credits in parentheses).
 * Offsets are kept exact: `text.slice(s.start, s.end) === s.text` for every span.
 */
import { DefaultAbbrMarkerOptions, split } from 'sentence-splitter';
import type { Span } from '../types.js';
import { plainSentenceRanges, type SentenceRange } from './plain-sentences.js';
import { parseInput, textSchema } from '../schema.js';
import { pairAt } from '../language/code-units.js';

/** Full stops sentence-splitter does not split on: Arabic `؟`, Urdu `۔`, Devanagari `।` `॥`. */
const EXTRA_STOPS = /[؟۔।॥]+(?=\s)/gu;
/** A "sentence" that is only a parenthesis, e.g. `(Sumber: Kazinform)` after a caption. */
const ONLY_PARENTHESIS = /^[(（][^()（）]{0,80}[)）]$/u;
/**
 * sentence-splitter scans a long run without spaces in quadratic time, and any
 * text more than linearly above ~12,000 characters (650 ms per 100,000 characters
 * of abbreviation-heavy text in pieces of 6,000-12,000, 1,100 ms in pieces of
 * 24,000), so text is handed to it in pieces cut at a line break, a full stop or a
 * space no longer than this.
 */
export const CHUNK = 8_000;

/**
 * A text with no sentence-ending mark before its last word is one sentence:
 * the splitter (a parser that costs most of reading an article) has nothing
 * to cut. Marks at the very end, with closing quotes or brackets, are fine.
 */
const INNER_STOP = /[.!?。！？؟۔।॥…;\n\r]/u;
const TRAILING = /[\s.!?。！？؟۔।॥…"'”’»)\]）」』]/u;

/** Where the run of closing marks and spaces at the end of `text` begins (a scan from the end: a regex anchored at `$` backtracks quadratically on long runs). */
function trailingStart(text: string): number {
  let k = text.length;
  while (k > 0 && TRAILING.test(text[k - 1]!)) k--;
  return k;
}

/**
 * The sentences of a text with exact offsets: `text.slice(s.start, s.end) === s.text`.
 * Abbreviations, decimal numbers, quotes and the full stops of many scripts are
 * handled; a long run without spaces is never cut inside a character.
 *
 * @param text - Any text.
 * @returns The sentences in order, trimmed, each with `start` and `end`.
 * @example
 * splitSentences('Dr. Budi tiba pukul 10.30. Ia disambut.').map((s) => s.text);
 * // ['Dr. Budi tiba pukul 10.30.', 'Ia disambut.']
 */
export function splitSentences(text: string): Span[] {
  parseInput(textSchema, text, 'text');
  if (!INNER_STOP.test(text.slice(0, trailingStart(text)))) {
    const span = trimSpan(text, 0, text.length);
    return span ? [span] : [];
  }
  const spans: Span[] = [];
  for (const [from, to] of chunks(text)) {
    for (const [start, end] of sentenceRanges(text.slice(from, to))) {
      for (const piece of splitExtraStops(text, from + start, from + end)) {
        const span = trimSpan(text, piece[0], piece[1]);
        if (span) spans.push(span);
      }
    }
  }
  return mergeParentheses(text, spans);
}

/** sentence-splitter's sentences in `text`, found without it when no abbreviation can move them. */
function sentenceRanges(text: string): SentenceRange[] {
  return plainSentenceRanges(text) ?? split(text, listsFor(text)).filter((node) => node.type === 'Sentence').map((node) => node.range);
}

type WordLists = Pick<typeof DefaultAbbrMarkerOptions.language, 'ABBREVIATIONS' | 'PREPOSITIVE_ABBREVIATIONS' | 'EXCLAMATION_WORDS'>;
const LIST_NAMES = ['ABBREVIATIONS', 'PREPOSITIVE_ABBREVIATIONS', 'EXCLAMATION_WORDS'] as const;
/** The splitter's word lists, each word with its lower-case form. */
const LISTS = LIST_NAMES.map((name) => DefaultAbbrMarkerOptions.language[name].map((word) => [word, word.toLowerCase()] as const));

/**
 * The splitter's options for `text`: its own word lists, cut to the words the
 * text holds. It compares every word of the text with every word of its lists
 * (235 of them), lower-casing both each time: about half of splitting's time
 * on Vietnamese news, where a sentence ending in a year sends a paragraph to it.
 * A listed word the lower-cased text does not contain can match no word of it
 * (lower-casing is letter by letter but for Greek sigma, which no list
 * holds), so the cut lists give the same sentences.
 */
export function listsFor(text: string): NonNullable<Parameters<typeof split>[1]> {
  const lower = text.toLowerCase();
  const lists = Object.fromEntries(LIST_NAMES.map((name, k) => [name, LISTS[k]!.filter(([, folded]) => lower.includes(folded)).map(([word]) => word)])) as WordLists;
  return { AbbrMarker: { language: { ...DefaultAbbrMarkerOptions.language, ...lists } } };
}

/** Cut `text` into ranges of at most CHUNK characters, at a line break or a space when there is one. */
function* chunks(text: string): Generator<[number, number]> {
  let from = 0;
  while (text.length - from > CHUNK) {
    const window = text.slice(from, from + CHUNK);
    let cut = window.lastIndexOf('\n');
    if (cut < CHUNK / 2) cut = window.lastIndexOf('. ') + 1;
    if (cut < CHUNK / 2) cut = window.lastIndexOf(' ');
    if (cut < CHUNK / 2) cut = graphemeStart(text, from + CHUNK) - from;
    yield [from, from + cut];
    from += cut;
  }
  yield [from, text.length];
}

/** How far around a cut to look for where its character (a grapheme: an emoji with its modifiers, a letter with its marks) begins. */
const GRAPHEME_REACH = 64;

/** Where the grapheme holding `at` begins: a text cut there keeps every character (and surrogate pair) whole. */
function graphemeStart(text: string, at: number): number {
  const from = Math.max(0, at - GRAPHEME_REACH);
  let start = from;
  for (const g of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.slice(from, at + GRAPHEME_REACH))) {
    if (from + g.index > at) break;
    start = from + g.index;
  }
  // A window of nothing but one 128-unit grapheme cannot be cut whole: cut between code points at least.
  if (start > from || from === 0) return start;
  return pairAt(text, at - 1) ? at - 1 : at;
}

function splitExtraStops(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const part = text.slice(start, end);
  let from = 0;
  for (const m of part.matchAll(EXTRA_STOPS)) {
    const cut = m.index + m[0].length;
    out.push([start + from, start + cut]);
    from = cut;
  }
  out.push([start + from, end]);
  return out;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (start === end) return undefined;
  return { text: text.slice(start, end), start, end };
}

/**
 * Attach a bare parenthesis, or a piece with no letter or digit (the closing
 * quote the splitter leaves after `?”` or `. »`), to the sentence before it on
 * the same line.
 */
function mergeParentheses(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const attached = ONLY_PARENTHESIS.test(span.text) || !/[\p{L}\p{N}]/u.test(span.text);
    if (prev && attached && !text.slice(prev.end, span.start).includes('\n')) {
      prev.end = span.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      out.push(span);
    }
  }
  return out;
}
