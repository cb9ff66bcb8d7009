/**
 * The per-segment checks of CAT-tool QA (Xbench, Verifika, Okapi CheckMate),
 * run on the aligned pairs: a target identical to its source, URLs the target
 * lost, and pairs whose length ratio is far from the document's own.
 */
import type { Alignment } from '../align/align-pair.js';
import { textLength } from '../align/length-model.js';
import { repeatKey } from '../align/align-sentences.js';
import { findUrls } from '../article/urls.js';

/** Where a finding on an aligned pair is: the sentence numbers on each side. */
export interface PairRef {
  source: number[];
  target: number[];
}

/** A pair's length ratio this many times above or below the document's is an outlier. */
const OUTLIER_FACTOR = 2.5;
/** Pairs shorter than this (letters, on both sides) are too short to judge by length. */
const MIN_LETTERS = 20;

export function identicalPairs(alignment: Alignment): PairRef[] {
  return alignment.pairs
    .filter((p) => /\p{L}/u.test(p.source) && repeatKey(p.source) === repeatKey(p.target))
    .map((p) => ({ source: p.sourceSentences, target: p.targetSentences }));
}

export function urlMismatches(alignment: Alignment): (PairRef & { missing: string[] })[] {
  const out: (PairRef & { missing: string[] })[] = [];
  for (const p of alignment.pairs) {
    const target = new Set(findUrls(p.target).map((u) => u.toLowerCase()));
    const missing = findUrls(p.source).filter((u) => !target.has(u.toLowerCase()));
    if (missing.length) out.push({ source: p.sourceSentences, target: p.targetSentences, missing });
  }
  return out;
}

export function lengthOutliers(alignment: Alignment): (PairRef & { ratio: number; expected: number })[] {
  const lengths = alignment.pairs.map((p) => [textLength(p.source), textLength(p.target)] as const);
  const s = lengths.reduce((a, [x]) => a + x, 0);
  const t = lengths.reduce((a, [, y]) => a + y, 0);
  if (s === 0 || t === 0) return [];
  const expected = t / s;
  const out: (PairRef & { ratio: number; expected: number })[] = [];
  alignment.pairs.forEach((p, i) => {
    const [a, b] = lengths[i]!;
    if (a < MIN_LETTERS && b < MIN_LETTERS) return;
    const ratio = b / Math.max(a, 1);
    if (ratio > expected * OUTLIER_FACTOR || ratio < expected / OUTLIER_FACTOR) {
      out.push({ source: p.sourceSentences, target: p.targetSentences, ratio: Math.round(ratio * 100) / 100, expected: Math.round(expected * 100) / 100 });
    }
  });
  return out;
}
