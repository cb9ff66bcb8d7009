/**
 * The language stage's door: franc over a realistic candidate set, plus the
 * decisions franc cannot make well (Indonesian vs Malay) and the answer `und`
 * for text that carries no signal.
 */
import { francAll } from 'franc';
import { parseInput, sentenceListSchema, textSchema } from '../schema.js';
import { z } from 'zod';
import { DEFAULT_LANGUAGES, fromFrancCode, normaliseLangCode, toFrancCode } from './candidates.js';
import { domainVote, weighIndonesianMalay } from './indonesian-malay.js';

export interface DetectOptions {
  /** ISO 639-3 codes to choose from; defaults to {@link DEFAULT_LANGUAGES}. */
  only?: string[];
  /** Where the text was published: its country domain (`.id`, `.my`) is evidence. */
  url?: string;
}

export interface LanguageGuess {
  /** ISO 639-3 code, or `und` when the text carries no signal. */
  lang: string;
  /** In [0, 1]; 0 for `und`. */
  confidence: number;
  /** Other candidates, best first, with scores in [0, 1]. */
  alternatives: { lang: string; score: number }[];
}

const optionsSchema = z.object({ only: sentenceListSchema.optional(), url: z.string().optional() }).optional();

const UNDETERMINED: LanguageGuess = { lang: 'und', confidence: 0, alternatives: [] };

/** URLs, e-mail addresses and digits say nothing about the language and confuse trigrams. */
function stripNoise(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S{1,4000}/gu, ' ')
    .replace(/\S{1,200}@\S{1,200}/gu, ' ')
    .replace(/[\p{N}\p{P}\p{S}\p{C}]+/gu, ' ');
}

export function detectLanguage(text: string, options?: DetectOptions): LanguageGuess {
  parseInput(textSchema, text, 'text');
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  const only = (opts.only ?? DEFAULT_LANGUAGES).map(normaliseLangCode);
  const clean = stripNoise(text).trim();
  if (!/\p{L}/u.test(clean)) return { ...UNDETERMINED };

  const ranked = francAll(clean, { only: only.map(toFrancCode), minLength: 1 })
    .map(([code, score]) => ({ lang: fromFrancCode(code), score }));
  if (ranked.length === 0 || ranked[0]!.lang === 'und') return { ...UNDETERMINED };

  const evidence = resolveIndonesianMalay(ranked, text, opts.url, only);
  const [best, ...rest] = ranked;
  // Between Indonesian and Malay the trigram gap is meaningless; the markers' count is the evidence.
  const confidence = evidence === undefined ? confidenceOf(ranked, clean) : round(0.5 + 0.49 * (1 - Math.exp(-Math.abs(evidence) / 3)));
  return { lang: best!.lang, confidence, alternatives: rest.slice(0, 5) };
}

/**
 * When franc's top answer is Indonesian or Malay, let the markers of the two
 * standards and the domain decide, and put the winner first.
 */
function resolveIndonesianMalay(
  ranked: { lang: string; score: number }[],
  text: string,
  url: string | undefined,
  only: string[],
): number | undefined {
  const top = ranked[0]!.lang;
  if ((top !== 'ind' && top !== 'zsm') || !only.includes('ind') || !only.includes('zsm')) return undefined;
  const evidence = weighIndonesianMalay(text).score + domainVote(url);
  // With no evidence either way, Indonesian is the better bet: it has far more
  // published text, and franc's choice between the two is a coin toss.
  const winner = evidence >= 0 ? 'ind' : 'zsm';
  const i = ranked.findIndex((r) => r.lang === winner);
  if (i > 0) {
    const [entry] = ranked.splice(i, 1);
    ranked.unshift({ lang: entry!.lang, score: ranked[0]!.score });
    ranked[1] = { ...ranked[1]!, score: Math.min(ranked[1]!.score, entry!.score) };
  }
  return evidence;
}

/**
 * franc's scores are distances normalised to the best one; the gap to the
 * runner-up, per character, tells how clear the decision was. Short texts carry
 * less evidence, so the same gap counts for less.
 */
function confidenceOf(ranked: { lang: string; score: number }[], clean: string): number {
  if (ranked.length < 2) return 1;
  const gap = (ranked[0]!.score - ranked[1]!.score) * 300;
  const lengthFactor = Math.min(1, clean.length / 80);
  return round(Math.max(0, Math.min(1, (1 - Math.exp(-gap / 1.5)) * (0.5 + 0.5 * lengthFactor))));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
