/**
 * Gale and Church's length model with the ratio learned from the document pair:
 * a Vietnamese sentence is about 1.1 times as long as its Indonesian version but
 * a Chinese one about a third as long as its English one, so a fixed ratio of 1
 * (as in the original paper and hunalign) mis-scores every other language pair.
 */
export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
}

/** Characters that carry text: letters, marks, digits (no spaces or punctuation). */
export function textLength(sentence: string): number {
  return sentence.match(/[\p{L}\p{M}\p{N}]/gu)?.length ?? 0;
}

export function learnLengthModel(sourceLengths: number[], targetLengths: number[]): LengthModel {
  const s = sourceLengths.reduce((a, b) => a + b, 0);
  const t = targetLengths.reduce((a, b) => a + b, 0);
  return { ratio: s > 0 && t > 0 ? t / s : 1 };
}

/** Variance per character of the length difference (Gale and Church's s²). */
const VARIANCE = 6.8;

/** Two-sided probability that lengths this far apart are translations of each other. */
export function lengthProbability(model: LengthModel, sourceLength: number, targetLength: number): number {
  const expected = sourceLength * model.ratio;
  const mean = (expected + targetLength) / 2;
  if (mean === 0) return 1;
  const delta = (targetLength - expected) / Math.sqrt(VARIANCE * Math.max(mean, 1));
  return 2 * (1 - normalCdf(Math.abs(delta)));
}

/** Abramowitz and Stegun 26.2.17, accurate to 7.5e-8. */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 1 - (Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI)) * poly;
}
