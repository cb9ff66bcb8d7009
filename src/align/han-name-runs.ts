/**
 * Foreign names Chinese writes without a middle dot (特朗普 Trump, 卡瓦诺
 * Kavanaugh, 伊德利卜 Idlib), matched to the Latin side's names. Most runs of
 * a few characters sound like some name, so a run is looked at only where
 * every character is one Chinese writes foreign names with
 * (han-name-characters.ts), and a match is kept only where the name and its
 * characters recur alike in the two documents: about as often, and at about
 * the same places. Without those two checks the Bible (en-zh, 30,000 verses,
 * hundreds of names) fell from strict F1 0.841 to 0.778; with them it is
 * 0.842, and NTREX's eng-cmn and cmn-vie pairs rise from 0.915 to 0.923.
 */
import { HAN_NAME_CHARACTERS } from './han-name-characters.js';

const NAME_CHARACTERS = new Set(HAN_NAME_CHARACTERS);
/** Two characters sound like too many names (利亚, 克斯); three is the shortest run looked at. */
const SHORTEST = 3;
/** The fewer of the two documents' mentions must be at least this share of the more. */
const MENTIONS_SHARE = 0.5;
/** A mention is near one on the other side within this share of the document, or NEAR_SENTENCES, whichever is more. */
const NEAR_SHARE = 0.02;
const NEAR_SENTENCES = 5;

/**
 * Characters of the Han side matched to a `w:` key of the Latin side: each run
 * of name characters is tried whole and then in shorter spans (down to
 * SHORTEST), longest first, and `keyOf` says which key a span's sound is, if
 * exactly one. The first span that sounds like a name is the run's one name
 * (two names written with no other character between them give the first);
 * a span `known` already holds ends the run's search.
 */
export function undottedNames(
  hanSentences: string[], latinKeys: string[][], keyOf: (characters: string) => string | undefined,
  known: Map<string, string>, longest: number,
): Map<string, string> {
  const runs = hanSentences.map(nameRuns);
  const proposed = new Map<string, string>();
  for (const run of runs.flat()) {
    span: for (let n = Math.min(run.length, longest); n >= SHORTEST; n--) {
      for (let x = 0; x + n <= run.length; x++) {
        const characters = run.slice(x, x + n).join('');
        if (known.has(characters) || proposed.has(characters)) break span;
        const key = keyOf(characters);
        if (key) {
          proposed.set(characters, key);
          break span;
        }
      }
    }
  }
  const found = new Map<string, string>();
  if (proposed.size === 0) return found;
  const mentions = spanMentions(runs, proposed, longest);
  const latinAt = keySentences(latinKeys);
  for (const [characters, key] of proposed) {
    if (recurAlike(mentions.get(characters)!, latinAt.get(key) ?? [], hanSentences.length, latinKeys.length)) found.set(characters, key);
  }
  return found;
}

/** The runs of name characters in a sentence, as arrays of characters, SHORTEST long or more. */
function nameRuns(sentence: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const c of sentence) {
    if (NAME_CHARACTERS.has(c)) {
      run.push(c);
      continue;
    }
    if (run.length >= SHORTEST) runs.push(run);
    run = [];
  }
  if (run.length >= SHORTEST) runs.push(run);
  return runs;
}

/**
 * For each of `spans`, the sentences it stands in, in order: a span is made of
 * name characters only, so it stands only inside a run (`runs`, by sentence).
 */
function spanMentions(runs: string[][][], spans: Map<string, string>, longest: number): Map<string, number[]> {
  const at = new Map<string, number[]>();
  runs.forEach((sentenceRuns, i) => {
    for (const run of sentenceRuns) {
      for (let n = SHORTEST; n <= Math.min(run.length, longest); n++) {
        for (let x = 0; x + n <= run.length; x++) {
          const span = run.slice(x, x + n).join('');
          if (spans.has(span)) addSentence(at, span, i);
        }
      }
    }
  });
  return at;
}

/** For each key, the sentences that hold it, in order. */
function keySentences(keys: string[][]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  keys.forEach((list, i) => {
    for (const k of list) addSentence(at, k, i);
  });
  return at;
}

function addSentence(at: Map<string, number[]>, key: string, sentence: number): void {
  const list = at.get(key);
  if (!list) at.set(key, [sentence]);
  else if (list[list.length - 1] !== sentence) list.push(sentence);
}

/**
 * Whether a name's mentions on the two sides (sorted sentence indices) are
 * about as many, and most of the Han side's near one of the Latin side's once
 * positions are scaled to the Han side's length.
 */
function recurAlike(han: number[], latin: number[], hanLength: number, latinLength: number): boolean {
  if (latin.length === 0 || Math.min(han.length, latin.length) < MENTIONS_SHARE * Math.max(han.length, latin.length)) return false;
  const scale = hanLength / Math.max(1, latinLength);
  const tolerance = Math.max(NEAR_SENTENCES, NEAR_SHARE * hanLength);
  let near = 0;
  let k = 0;
  for (const h of han) {
    // Both lists rise: the nearest Latin mention is found by walking on, never back.
    while (k + 1 < latin.length && latin[k + 1]! * scale <= h) k++;
    const nearest = Math.min(Math.abs(latin[k]! * scale - h), k + 1 < latin.length ? Math.abs(latin[k + 1]! * scale - h) : Infinity);
    if (nearest <= tolerance) near++;
  }
  return 2 * near >= han.length;
}
