/**
 * Learning from the input itself (Moore 2002, in its simplest form): the beads
 * a first pass is sure of show which words translate which. A source word and
 * a target word that keep turning up in the same confident beads, and prefer
 * each other to any other word, become an anchor for the second pass.
 */
import type { Bead } from '../types.js';
import { foldWord } from '../entities/fold.js';
import { tokenize } from '../entities/tokenize.js';

/** A first-pass bead counts as evidence when it scores at least this. */
const CONFIDENT = 0.5;
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
      for (const other of run.split(HAN_RUN)) if (other.length >= 3) out.add(foldWord(other));
    } else if (SEGMENTED.test(run)) {
      for (const t of tokenize(run)) if (t.folded.length >= 2) out.add(t.folded);
    } else if (run.length >= 3) {
      out.add(foldWord(run));
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
  const confident = beads.filter((b) => b.score >= CONFIDENT && b.source.length > 0 && b.target.length > 0).slice(0, MAX_BEADS);
  if (confident.length < 3) return new Map();
  const countS = new Map<string, number>();
  const countT = new Map<string, number>();
  const together = new Map<string, number>();
  for (const b of confident) {
    const ws = new Set(b.source.flatMap((i) => sourceWords[i]!));
    const wt = new Set(b.target.flatMap((j) => targetWords[j]!));
    for (const w of ws) countS.set(w, (countS.get(w) ?? 0) + 1);
    for (const v of wt) countT.set(v, (countT.get(v) ?? 0) + 1);
    for (const w of ws) for (const v of wt) {
      const k = `${w}\u0000${v}`;
      together.set(k, (together.get(k) ?? 0) + 1);
    }
  }
  const bestForS = new Map<string, { v: string; dice: number }>();
  const bestForT = new Map<string, { w: string; dice: number }>();
  for (const [k, c] of together) {
    if (c < EVIDENCE.minTogether) continue;
    const [w, v] = k.split('\u0000') as [string, string];
    const dice = (2 * c) / (countS.get(w)! + countT.get(v)!);
    if (dice < EVIDENCE.minDice) continue;
    if ((bestForS.get(w)?.dice ?? 0) < dice) bestForS.set(w, { v, dice });
    if ((bestForT.get(v)?.dice ?? 0) < dice) bestForT.set(v, { w, dice });
  }
  const pairs = new Map<string, string>();
  for (const [w, { v }] of bestForS) if (bestForT.get(v)?.w === w) pairs.set(v, w);
  return pairs;
}
