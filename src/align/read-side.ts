/**
 * What the aligner reads off one side of a pair, whatever the other side is:
 * words, lengths, repeated sentences, punctuation, script.
 */
import { countScripts } from '../language/scripts.js';
import { rememberPer, rememberWords } from '../remember.js';
import { punctuationMask } from './anchors.js';
import { wordsOf } from './learn-word-pairs.js';
import { textLength } from './length-model.js';

/** What the aligner reads off one side, whatever the other side is. */
export interface SideReading {
  words: string[][];
  lengths: number[];
  repeats: boolean[];
  punctuation: number[];
  script: string | undefined;
}

/**
 * Read once per list of sentences: an article aligned against eleven others
 * (and again with a corpus model) passes the same list each time, so its
 * words, lengths and repeats are not read twelve or twenty-four times.
 */
export const readSide = rememberPer((sentences: string[]): SideReading => ({
  words: sentences.map(wordsOf),
  lengths: sentences.map(textLength),
  repeats: findRepeats(sentences),
  punctuation: sentences.map(punctuationMask),
  script: mainScript(sentences),
}));

/** The script most of a document's letters are written in (its opening 50 sentences tell). */
function mainScript(sentences: string[]): string | undefined {
  return countScripts(sentences.slice(0, 50).join('\n'))[0]?.script;
}

/**
 * A sentence that repeats an earlier one on its side word for word (a caption
 * printed twice) may be a duplicate: it is left out cheaply rather than
 * taking a second share of its counterpart in a merge, and pairs 1-1 only
 * where the other side has a sentence for it too (text that repeats itself,
 * translated so). Very short lines ("Yes.") may repeat honestly.
 */
export function findRepeats(sentences: string[]): boolean[] {
  const seen = new Set<string>();
  return sentences.map((s) => {
    const key = repeatKey(s);
    if (key.length < 20) return false;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

/**
 * The form in which two sentences count as the same words. Remembered: the
 * coverage report asks it of every aligned pair's two sides, and an article's
 * sentences are on a side of each of its alignments (eleven for a story told
 * in twelve languages), where normalising them again was a tenth of the check.
 */
export const repeatKey = rememberWords((sentence: string): string => sentence.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase(), 50_000);
