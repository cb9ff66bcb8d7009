/**
 * Gale and Church's length model with the ratio learned from the document pair:
 * a Vietnamese sentence is about 1.1 times as long as its Indonesian version but
 * a Chinese one about a third as long as its English one, so a fixed ratio of 1
 * (as in the original paper and hunalign) mis-scores every other language pair.
 */
import { CodeUnitClass, hasCodeUnitIn } from '../language/code-units.js';

export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance of the length difference per character (Gale and Church's s², 6.8 for European pairs). */
  variance: number;
}

const TEXT_CHARACTER = new CodeUnitClass(/[\p{L}\p{M}\p{N}]/u);

/**
 * Characters that carry text: letters, marks, digits (no spaces or
 * punctuation), counted by code point through a table of code units: matching
 * every character to count them made an array of one-character strings per
 * sentence, and placing counts the sentences of every version it compares
 * (6 s of a worker's time at N = 100,000). In a Chinese, Japanese or Korean
 * sentence the other letters and digits count less (see below).
 */
export function textLength(sentence: string): number {
  const all = TEXT_CHARACTER.count(sentence);
  if (!hasCodeUnitIn(sentence, FIRST_CJK)) return all;
  const syllabic = CJK_CHARACTER.count(sentence);
  // The Latin names and digits a Chinese sentence carries (Sainsbury's, 3000)
  // would otherwise count as much as its characters.
  return syllabic === 0 ? all : syllabic + Math.round((all - syllabic) / LETTERS_PER_CJK_CHARACTER);
}

/** The first code unit of the scripts below (Hangul jamo); most sentences of most text have none as high. */
const FIRST_CJK = 0x1100;

/** Letters and digits of those scripts (not their radicals and symbols), a subset of TEXT_CHARACTER. */
const CJK_CHARACTER = new CodeUnitClass(/(?=[\p{L}\p{M}\p{N}])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u);
/**
 * A Chinese, Japanese or Korean character is a syllable: in the Latin letters
 * of its usual romanisation about three (any-ascii over the UDHR texts: Han
 * 2.9-3.0, Hangul 2.8, kana 1.9). In a sentence with such characters, other
 * letters and digits count a third each.
 */
const LETTERS_PER_CJK_CHARACTER = 3;

export function learnLengthModel(sourceLengths: number[], targetLengths: number[]): LengthModel {
  const s = sourceLengths.reduce((a, b) => a + b, 0);
  const t = targetLengths.reduce((a, b) => a + b, 0);
  return { ratio: s > 0 && t > 0 ? t / s : 1, variance: VARIANCE };
}

/** Gale and Church's variance per character of the length difference. */
const VARIANCE = 6.8;
const RATIO_PAIRS = 3;
const VARIANCE_PAIRS = 10;
/**
 * How far (in log ratio) a few pairs' ratio may stray from the document's by
 * chance: in NTREX's clean translations one sentence's log ratio has a
 * standard deviation of 0.15 to 0.20 around its document's (eng-ind, vie-ind,
 * eng-cmn, arb-ind, eng-tha), five pairs' 0.07 to 0.09. Only a larger
 * difference says the document's ratio is off.
 */
const FEW_PAIRS_SPREAD = 0.1;

/**
 * Ratio and variance re-estimated from pairs a first pass is sure of: a
 * Chinese character carries more than a Latin letter, so the spread of the
 * difference per character differs from the European 6.8. The variance needs
 * ten pairs. The ratio needs only RATIO_PAIRS where the first pass left
 * sentences out (`shorterSide`: the shorter document's sentences, given only
 * then) and the pairs are half of it or more: in a short version with
 * sentences the other lacks, the whole document's ratio counts them and can
 * be far off (three sentences of other stories in a 7-sentence version make it
 * half as large again), so a true pair looks too short to be one; a minority
 * of sure pairs in a long document, where most beads are unsure, is no fair
 * sample. From fewer than ten pairs the ratio is taken only when it differs
 * from the document's by more than FEW_PAIRS_SPREAD. Measured against the
 * document's ratio alone: NTREX pairs each alone 0.9487 -> 0.9518, with the
 * set model 0.9616 -> 0.9639, bench:corpus 128,848 -> 128,844 right pairs;
 * without the half-side rule NTREX 0.9551 but ParIce -0.003 and bench:corpus
 * -24 (pairs with Khmer and Burmese). Falls back to the given model otherwise.
 */
export function refineLengthModel(model: LengthModel, pairs: [number, number][], shorterSide?: number): LengthModel {
  const fewSuffice = shorterSide !== undefined && 2 * pairs.length >= shorterSide;
  if (pairs.length < (fewSuffice ? RATIO_PAIRS : VARIANCE_PAIRS)) return model;
  let s = 0;
  let t = 0;
  for (const [a, b] of pairs) {
    s += a;
    t += b;
  }
  if (s === 0 || t === 0) return model;
  const ratio = t / s;
  if (pairs.length < VARIANCE_PAIRS) return Math.abs(Math.log(ratio / model.ratio)) > FEW_PAIRS_SPREAD ? { ratio, variance: model.variance } : model;
  let squares = 0;
  let mass = 0;
  for (const [a, b] of pairs) {
    squares += (b - ratio * a) ** 2;
    mass += (ratio * a + b) / 2;
  }
  // Never below the published 6.8: a first pass keeps the pairs whose lengths agree, so its spread is too small.
  const variance = Math.min(40, Math.max(6.8, squares / Math.max(mass, 1)));
  return { ratio, variance };
}

/** Two-sided probability that lengths this far apart are translations of each other. */
export function lengthProbability(model: LengthModel, sourceLength: number, targetLength: number): number {
  const length = new LengthCost(model);
  length.measure(sourceLength, targetLength);
  return length.probability();
}

/**
 * The length term of one model, for a search that asks it of every cell and
 * bead shape: -log of `lengthProbability` (floored at 1e-12), from a table
 * over the standardised difference, since exp and log there cost more than
 * the rest of a bead's score. Its answers are left in fields, not returned: a
 * number returned from a call the optimiser does not take into its caller is
 * a new heap object each time (about half a gigabyte of them on
 * bench:corpus's 66 pair jobs, inside the search's bead cost).
 */
export class LengthCost {
  /** Gale and Church's |delta| of the last lengths measured: their difference in standard deviations (0 for two empty sides). */
  delta = NaN;
  /** The cost of the last lengths measured. */
  value = NaN;
  private readonly ratio: number;
  private readonly variance: number;

  constructor(model: LengthModel) {
    this.ratio = model.ratio;
    this.variance = model.variance;
  }

  measure(sourceLength: number, targetLength: number): void {
    // No calls inside: one the optimiser left out would return its number as a heap object again.
    const expected = sourceLength * this.ratio;
    const mean = (expected + targetLength) / 2;
    const delta = mean === 0 ? 0 : Math.abs(targetLength - expected) / Math.sqrt(this.variance * Math.max(mean, 1));
    this.delta = delta;
    const x = delta * COST_STEPS;
    if (x >= COST_TABLE.length - 1) {
      this.value = MAX_LENGTH_COST;
      return;
    }
    const k = Math.floor(x);
    this.value = COST_TABLE[k]! + (x - k) * (COST_TABLE[k + 1]! - COST_TABLE[k]!);
  }

  /** `lengthProbability` of the last lengths measured. */
  probability(): number {
    return 2 * (1 - normalCdf(this.delta));
  }
}

const COST_STEPS = 64;
const MAX_LENGTH_COST = -Math.log(1e-12);
const COST_TABLE = Float64Array.from({ length: 8 * COST_STEPS + 1 }, (_, k) => Math.min(MAX_LENGTH_COST, -Math.log(Math.max(1e-12, 2 * (1 - normalCdf(k / COST_STEPS))))));

/** Abramowitz and Stegun 26.2.17, accurate to 7.5e-8. */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 1 - (Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI)) * poly;
}
