/**
 * The align stage's door for two lists of sentences. Translation mode returns a
 * monotone path that covers every sentence of both sides exactly once;
 * comparable mode returns only the mined pairs.
 */
import { z } from 'zod';
import { parseInput, sentenceListSchema } from '../schema.js';
import type { Bead, BlockKind } from '../types.js';
import { anchorKeys, buildPairAnchors, punctuationMask } from './anchors.js';
import { learnLengthModel, refineLengthModel, textLength } from './length-model.js';
import { learnWordPairs, wordsOf } from './learn-word-pairs.js';
import { learnFromDocuments, translationModelSchema, type ModelDocument, type TranslationModel } from './translation-model.js';
import { minePairs } from './mine-pairs.js';
import { findTranslationPath } from './translation-path.js';

export interface AlignOptions {
  /** ISO 639-3 code of the source sentences (number formats, number words). */
  sourceLang?: string;
  targetLang?: string;
  /** `translation` (default): monotone beads; `comparable`: mined pairs in any order. */
  mode?: 'translation' | 'comparable';
  /** Word pairs learned from a corpus with `learnTranslationModel`; used as extra anchors. */
  model?: TranslationModel;
  /** What each sentence is (title, caption, …): beads never mix kinds. */
  sourceKinds?: BlockKind[];
  targetKinds?: BlockKind[];
}

const kinds = z.array(z.enum(['title', 'paragraph', 'caption', 'byline']));
const optionsSchema = z.object({
  sourceLang: z.string().optional(),
  targetLang: z.string().optional(),
  mode: z.enum(['translation', 'comparable']).optional(),
  sourceKinds: kinds.optional(),
  targetKinds: kinds.optional(),
  model: translationModelSchema.optional(),
}).optional();

export function alignSentences(source: string[], target: string[], options?: AlignOptions): Bead[] {
  parseInput(sentenceListSchema, source, 'source');
  parseInput(sentenceListSchema, target, 'target');
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  checkKinds(opts.sourceKinds, source.length, 'sourceKinds');
  checkKinds(opts.targetKinds, target.length, 'targetKinds');
  return alignChecked(source, target, opts);
}

function checkKinds(list: BlockKind[] | undefined, length: number, name: string): void {
  if (list && list.length !== length) {
    parseInput(z.array(z.string()).length(length), list, `options.${name}`);
  }
}

/** The unvalidated core, for callers inside the package that hold checked input. */
export function alignChecked(
  source: string[], target: string[], opts: AlignOptions,
  keys?: { source: string[][]; target: string[][] },
): Bead[] {
  // Callers that align one article against several others pass its keys in, so
  // the entities of an article are read once, not once a pair.
  const sourceKeys = keys?.source ?? anchorKeys(source, opts.sourceLang);
  const targetKeys = keys?.target ?? anchorKeys(target, opts.targetLang);
  if (opts.mode === 'comparable') {
    const kinds = opts.sourceKinds && opts.targetKinds ? { source: opts.sourceKinds, target: opts.targetKinds } : undefined;
    return minePairs(buildPairAnchors(sourceKeys, targetKeys), source.length, target.length, kinds);
  }
  const sourceWords = source.map(wordsOf);
  const targetWords = target.map(wordsOf);
  // A target word may link to several source words (a corpus model is many-to-many).
  const given = new Map<string, string[]>();
  for (const [v, w] of opts.model?.wordPairs ?? []) given.set(v, [...(given.get(v) ?? []), w]);
  const sourceLengths = source.map(textLength);
  const targetLengths = target.map(textLength);
  const input = {
    sourceLengths,
    targetLengths,
    anchors: buildPairAnchors(...withWordPairs(sourceKeys, targetKeys, sourceWords, targetWords, given)),
    model: learnLengthModel(sourceLengths, targetLengths),
    ...(opts.sourceKinds && { sourceKinds: opts.sourceKinds }),
    ...(opts.targetKinds && { targetKinds: opts.targetKinds }),
    sourceRepeats: findRepeats(source),
    targetRepeats: findRepeats(target),
    sourcePunctuation: source.map(punctuationMask),
    targetPunctuation: target.map(punctuationMask),
  };
  const first = findTranslationPath(input);
  // Second pass: the length ratio and the word pairs that the first pass's
  // confident beads show, added to what the caller's model already knew.
  const sure = first.filter((b) => b.score >= 0.5 && b.source.length === 1 && b.target.length === 1);
  const model = refineLengthModel(input.model, sure.map((b) => [sourceLengths[b.source[0]!]!, targetLengths[b.target[0]!]!]));
  const learned = new Map([...learnWordPairs(first, sourceWords, targetWords)].map(([v, w]) => [v, [w]]));
  for (const [v, ws] of given) learned.set(v, [...new Set([...(learned.get(v) ?? []), ...ws])]);
  if (learned.size === 0) {
    // Nothing new to say: a second pass would only repeat the first.
    const same = Math.abs(model.ratio - input.model.ratio) <= 0.02 * input.model.ratio && model.variance === input.model.variance;
    return same ? first : findTranslationPath({ ...input, model });
  }
  const anchors = buildPairAnchors(...withWordPairs(sourceKeys, targetKeys, sourceWords, targetWords, learned));
  return findTranslationPath({ ...input, model, anchors });
}

/** Anchor keys with one `l:` key per word of a known pair (target word → source word). */
function withWordPairs(
  sourceKeys: string[][], targetKeys: string[][], sourceWords: string[][], targetWords: string[][], pairs: Map<string, string[]>,
): [string[][], string[][]] {
  if (pairs.size === 0) return [sourceKeys, targetKeys];
  const sourceSide = new Set([...pairs.values()].flat());
  return [
    sourceKeys.map((k, i) => [...k, ...sourceWords[i]!.filter((w) => sourceSide.has(w)).map((w) => `l:${w}`)]),
    targetKeys.map((k, j) => [...k, ...new Set(targetWords[j]!.flatMap((v) => (pairs.get(v) ?? []).map((w) => `l:${w}`)))]),
  ];
}

/**
 * Learn which words translate which from many document pairs of one language
 * pair (no dictionary needed), for `alignSentences(…, { model })`. The more
 * text, the better: learn once from the whole corpus.
 */
export function learnTranslationModel(documents: ModelDocument[]): TranslationModel {
  return learnFromDocuments(documents, (d) => alignChecked(d.source, d.target, {
    ...(d.sourceLang && { sourceLang: d.sourceLang }),
    ...(d.targetLang && { targetLang: d.targetLang }),
  }));
}

/**
 * A sentence that repeats an earlier one on its side word for word (a caption
 * printed twice) is a duplicate: it gets a null bead of its own rather than a
 * second share of the counterpart. Very short lines ("Yes.") may repeat honestly.
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

/** The form in which two sentences count as the same words. */
export function repeatKey(sentence: string): string {
  return sentence.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
