/**
 * The align stage's door for whole articles: every pair of versions inside a
 * story group, original first, in the mode that fits the pair (see
 * `alignPair`), then aligned again with the word pairs the corpus taught (see
 * `pair-jobs.ts`).
 */
import * as z from 'zod/mini';
import { parseInput, preparedArticlesSchema } from '../schema.js';
import type { AlignMode, Article } from '../types.js';
import type { Alignment } from './align-pair.js';
import { mergePairJobs, pairJobs, runPairJobs, type CorpusModels } from './pair-jobs.js';
import { dictionarySchema, type Dictionary } from './dictionary.js';
import { calibrateAlignment } from './calibrate.js';

export type { Alignment, SentencePair } from './align-pair.js';
export type { CorpusModels } from './pair-jobs.js';

/** Options of alignArticles: the groups whose versions are aligned, and a mode to force. */
export interface AlignArticlesOptions {
  /** Groups of article ids to align within; default: all articles form one group. Pairs in one language are not aligned. */
  groups?: { articleIds: string[] }[];
  /** Force a mode instead of choosing one per pair. */
  mode?: AlignMode;
  /** Called after each pair of articles is aligned. */
  onProgress?: (done: number, total: number) => void;
  /** Bilingual dictionaries (readDictionary); a pair of articles uses the one for its two languages, either way round. */
  dictionaries?: Dictionary[];
}

const alignArticlesOptionsSchema = z.object({
  groups: z.optional(z.array(z.looseObject({ articleIds: z.array(z.string()) }))),
  mode: z.optional(z.enum(['translation', 'comparable'])),
  onProgress: z.optional(z.custom<(done: number, total: number) => void>((v) => typeof v === 'function', 'a function')),
  dictionaries: z.optional(z.array(dictionarySchema)),
});

/**
 * Every pair of versions in different languages inside each group aligned, the
 * original first, with the mode chosen for the pair and why.
 *
 * @param articles - Prepared articles, as `buildCorpus` returns them.
 * @param options - `groups` (default: all articles one group), `mode` to force one.
 * @returns The alignments: beads, sentence pairs, mode and its reason.
 * @example
 * alignArticles(buildCorpus(inputs).articles).map((al) => [al.source, al.target, al.mode]);
 */
export function alignArticles(articles: Article[], options: AlignArticlesOptions = {}): Alignment[] {
  parseInput(preparedArticlesSchema, articles, 'articles');
  parseInput(alignArticlesOptionsSchema, options, 'options');
  // Scores as probabilities only on the way out (see calibrate.ts).
  return alignGroups(articles, options).alignments.map(calibrateAlignment);
}

/** What a long step after aligning reports as it goes (the CLI's progress). */
export type StepProgress = (step: 'relearning' | 'placing', done: number, total: number) => void;

/** `alignArticles` on checked input, with the word pairs it learned across the corpus: every first look, then every second one. */
export function alignGroups(articles: Article[], options: AlignArticlesOptions, onStep?: StepProgress): { alignments: Alignment[]; models: CorpusModels } {
  const { jobs, total } = pairJobs(articles, options.groups ?? [{ articleIds: articles.map((a) => a.id) }], options.mode, options.dictionaries);
  const results = runPairJobs(jobs, options.onProgress, onStep && ((done, all) => onStep('relearning', done, all)));
  return mergePairJobs(jobs, results, total);
}
