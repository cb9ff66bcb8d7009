/**
 * Learning from the input itself (Moore 2002, in its simplest form): the beads
 * a first pass is sure of show which words translate which. A source word and
 * a target word that keep turning up in the same confident beads, and prefer
 * each other to any other word, become an anchor for the second pass.
 */
import type { Bead } from '../types.js';
import { cachedFold, tokenize } from '../entities/tokenize.js';
import { doubled, PairTable } from './pair-table.js';

/** A first-pass bead counts as evidence when it scores at least this. */
const CONFIDENT = 0.5;

/**
 * The words of each bead a first pass is sure of (both sides non-empty), each
 * word once per side: what both learners (Dice here, Model 1 in
 * learn-lexicon.ts) count. At most `limit` beads.
 */
export function confidentBeadWords(
  beads: Bead[], sourceWords: string[][], targetWords: string[][], limit = Infinity,
): [string[], string[]][] {
  const out: [string[], string[]][] = [];
  for (const b of beads) {
    if (out.length >= limit) break;
    if (b.score < CONFIDENT || b.source.length === 0 || b.target.length === 0) continue;
    out.push([wordsOfSentences(b.source, sourceWords), wordsOfSentences(b.target, targetWords)]);
  }
  return out;
}
/** The words of some sentences, each once; a sentence's own list already holds each word once (see `wordsOf`). */
function wordsOfSentences(sentences: number[], words: string[][]): string[] {
  if (sentences.length === 1) return words[sentences[0]!]!;
  return [...new Set(sentences.flatMap((i) => words[i]!))];
}

/** One side's words as integer ids (in order of first sight), with how many beads hold each. */
export interface WordIds {
  words: string[];
  beads: number[];
}

/** The words of confident beads as integer ids, per side, for the learners' typed-array counts. */
export function numberBeadWords(confident: [string[], string[]][]): { source: WordIds; target: WordIds; beadIds: [number[], number[]][] } {
  const side = () => ({ ids: new Map<string, number>(), words: [] as string[], beads: [] as number[] });
  const [source, target] = [side(), side()];
  const count = (s: ReturnType<typeof side>, w: string) => {
    let id = s.ids.get(w);
    if (id === undefined) {
      s.ids.set(w, (id = s.words.length));
      s.words.push(w);
      s.beads.push(0);
    }
    s.beads[id]!++;
    return id;
  };
  const beadIds = confident.map(([ws, vs]): [number[], number[]] => [ws.map((w) => count(source, w)), vs.map((v) => count(target, v))]);
  return { source, target, beadIds };
}

/** Beads two words must share, and their Dice coefficient over confident beads, when learning from one document. */
const EVIDENCE = { minTogether: 4, minDice: 0.8 };
/** Enough beads to learn from; more only costs time. */
const MAX_BEADS = 2_000;

/**
 * The words of a sentence that can be learned: runs of three letters or more.
 * Scripts written without spaces need cutting first: Chinese and Japanese
 * into overlapping character pairs (most words are two characters, "总统" is
 * president; pairs are far cheaper than a dictionary segmenter on long
 * documents), Thai, Lao, Khmer and Myanmar into `Intl.Segmenter`'s words.
 */
export function wordsOf(sentence: string): string[] {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/[\p{L}\p{M}]{2,}/gu)) {
    const run = m[0];
    if (HAN.test(run)) {
      for (const piece of run.split(NOT_HAN)) for (let k = 0; k + 1 < piece.length; k++) out.add(piece.slice(k, k + 2));
      // Letters of other scripts glued to the characters ("iPhone手机") are words of their own.
      for (const other of run.split(HAN_RUN)) if (other.length >= 3) out.add(cachedFold(other));
    } else if (SEGMENTED.test(run)) {
      for (const t of tokenize(run)) if (t.folded.length >= 2) out.add(t.folded);
    } else if (run.length >= 3) {
      out.add(cachedFold(run));
    }
  }
  return [...out];
}

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NOT_HAN = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
const HAN_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Target word → source word, for pairs that are each other's best partner. */
export function learnWordPairs(
  beads: Bead[], sourceWords: string[][], targetWords: string[][],
): Map<string, string> {
  const confident = confidentBeadWords(beads, sourceWords, targetWords, MAX_BEADS);
  if (confident.length < 3) return new Map();
  // Words as integer ids, and a first pass that counts them: a pair needs both
  // words in at least minTogether beads, so rarer words never enter the pair
  // counts (on long Chinese documents, most character pairs are rare).
  const { source, target, beadIds } = numberBeadWords(confident);
  const [countS, countT] = [source.beads, target.beads];
  // Beads each pair of words is in together, by the pair's id (pairs in order of first sight, as a Map would list them).
  const together = new PairTable();
  let counts: Int32Array<ArrayBuffer> = new Int32Array(256);
  for (const [ws, wt] of beadIds) {
    const frequentT = wt.filter((v) => countT[v]! >= EVIDENCE.minTogether);
    for (const w of ws) {
      if (countS[w]! < EVIDENCE.minTogether) continue;
      for (const v of frequentT) {
        const id = together.idOf(w, v);
        if (id === counts.length) counts = doubled(counts);
        counts[id]!++;
      }
    }
  }
  const bestForS = new Map<number, { v: number; dice: number }>();
  const bestForT = new Map<number, { w: number; dice: number }>();
  for (let id = 0; id < together.size; id++) {
    const c = counts[id]!;
    if (c < EVIDENCE.minTogether) continue;
    const w = together.first[id]!;
    const v = together.second[id]!;
    const dice = (2 * c) / (countS[w]! + countT[v]!);
    if (dice < EVIDENCE.minDice) continue;
    if ((bestForS.get(w)?.dice ?? 0) < dice) bestForS.set(w, { v, dice });
    if ((bestForT.get(v)?.dice ?? 0) < dice) bestForT.set(v, { w, dice });
  }
  const pairs = new Map<string, string>();
  for (const [w, { v }] of bestForS) if (bestForT.get(v)?.w === w) pairs.set(target.words[v]!, source.words[w]!);
  return pairs;
}
