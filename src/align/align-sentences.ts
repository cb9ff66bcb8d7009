/**
 * The align stage's door for two lists of sentences. Translation mode returns a
 * monotone path that covers every sentence of both sides exactly once;
 * comparable mode returns only the mined pairs.
 */
import { z } from 'zod';
import { parseInput, sentenceListSchema } from '../schema.js';
import type { Bead, BlockKind } from '../types.js';
import { anchorKeys, buildPairAnchors } from './anchors.js';
import { learnLengthModel, textLength } from './length-model.js';
import { learnWordPairs, wordsOf } from './learn-word-pairs.js';
import { minePairs } from './mine-pairs.js';
import { findTranslationPath } from './translation-path.js';

export interface AlignOptions {
  /** ISO 639-3 code of the source sentences (number formats, number words). */
  sourceLang?: string;
  targetLang?: string;
  /** `translation` (default): monotone beads; `comparable`: mined pairs in any order. */
  mode?: 'translation' | 'comparable';
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
export function alignChecked(source: string[], target: string[], opts: AlignOptions): Bead[] {
  const sourceKeys = anchorKeys(source, opts.sourceLang);
  const targetKeys = anchorKeys(target, opts.targetLang);
  const anchors = buildPairAnchors(sourceKeys, targetKeys);
  if (opts.mode === 'comparable') {
    const kinds = opts.sourceKinds && opts.targetKinds ? { source: opts.sourceKinds, target: opts.targetKinds } : undefined;
    return minePairs(anchors, source.length, target.length, kinds);
  }
  const sourceLengths = source.map(textLength);
  const targetLengths = target.map(textLength);
  const input = {
    sourceLengths,
    targetLengths,
    anchors,
    model: learnLengthModel(sourceLengths, targetLengths),
    ...(opts.sourceKinds && { sourceKinds: opts.sourceKinds }),
    ...(opts.targetKinds && { targetKinds: opts.targetKinds }),
    sourceRepeats: findRepeats(source),
    targetRepeats: findRepeats(target),
  };
  const first = findTranslationPath(input);
  if (process.env.STORYALIGN_LEARN === '0') return first;
  // Second pass: words the confident beads of the first pass paired become anchors.
  const sourceWords = source.map(wordsOf);
  const targetWords = target.map(wordsOf);
  const learned = learnWordPairs(first, sourceWords, targetWords);
  if (learned.size === 0) return first;
  const sourceLearned = new Set(learned.values());
  const withLearned = (keys: string[][], words: string[][], map: (w: string) => string | undefined) =>
    keys.map((k, i) => [...k, ...words[i]!.flatMap((w) => { const x = map(w); return x ? [`l:${x}`] : []; })]);
  const anchors2 = buildPairAnchors(
    withLearned(sourceKeys, sourceWords, (w) => (sourceLearned.has(w) ? w : undefined)),
    withLearned(targetKeys, targetWords, (v) => learned.get(v)),
  );
  return findTranslationPath({ ...input, anchors: anchors2 });
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
