/**
 * A bead's score as the probability that the bead is exactly right. The
 * aligner's own score weighs anchors and lengths; on the benchmark sets beads
 * it scored 0.3 to 0.9 were all right about nine times in ten, so a threshold
 * on it bought little. The table (calibration-table.ts, fitted by
 * `npm run calibrate` on development data and checked by bench:align on the
 * test sets) maps it, per bead shape, to the share of such beads that were
 * right: `minScore: 0.9` then keeps pairs that are right about nine times in ten.
 */
import type { Bead } from '../types.js';
import { CALIBRATION } from './calibration-table.js';

/** Bead shapes the table tells apart: a merge is right less often than a 1-1 bead of the same raw score. */
export const SHAPES = ['1-1', '2-1 or 1-2', 'larger'] as const;
/** Raw scores are read in tenths. */
export const BINS = 10;

export function shapeOf(sources: number, targets: number): number {
  if (sources === 1 && targets === 1) return 0;
  return sources + targets === 3 ? 1 : 2;
}

/**
 * The probability for a raw score: the table's values sit at the middle of
 * their bins, with straight lines between them, so that a small change of the
 * raw score never jumps. A null bead (a sentence with no counterpart) keeps 0.
 */
export function calibratedScore(raw: number, sources: number, targets: number): number {
  if (sources === 0 || targets === 0) return 0;
  const row = CALIBRATION[shapeOf(sources, targets)]!;
  const x = Math.min(BINS - 0.5, Math.max(0.5, raw * BINS)) - 0.5;
  const lo = Math.floor(x);
  const hi = Math.min(BINS - 1, lo + 1);
  const p = row[lo]! + (row[hi]! - row[lo]!) * (x - lo);
  return Math.round(p * 1000) / 1000;
}

export function calibrateBeads(beads: Bead[]): Bead[] {
  return beads.map((b) => ({ ...b, score: calibratedScore(b.score, b.source.length, b.target.length) }));
}

/** An alignment whose beads and pairs carry calibrated scores. */
export function calibrateAlignment<T extends { beads: Bead[]; pairs: { score: number; sourceSentences: number[]; targetSentences: number[] }[] }>(al: T): T {
  return {
    ...al,
    beads: calibrateBeads(al.beads),
    pairs: al.pairs.map((p) => ({ ...p, score: calibratedScore(p.score, p.sourceSentences.length, p.targetSentences.length) })),
  };
}
