/**
 * A model of which words translate which, learned without a dictionary from
 * the input itself. One document teaches little; a corpus of many articles in
 * the same two languages teaches far more (Moore 2002), so callers with many
 * pairs learn once and align every pair with what was learned.
 */
import * as z from 'zod/mini';
import { langCodeSchema, parseInput } from '../schema.js';
import type { Bead } from '../types.js';
import { readSide } from './read-side.js';
import { learnLexicon } from './learn-lexicon.js';

/** Word pairs learned from document pairs of one language pair (learnTranslationModel), for the aligner. */
export interface TranslationModel {
  /** [target word, source word] links, both folded (lower case, no diacritics); a word may have several. */
  wordPairs: [string, string][];
}

export const translationModelSchema = z.object({ wordPairs: z.array(z.tuple([z.string(), z.string()])) });

export const documentsSchema = z.array(z.object({
  source: z.array(z.string()),
  target: z.array(z.string()),
  sourceLang: z.optional(langCodeSchema),
  targetLang: z.optional(langCodeSchema),
}));

/** A document pair to learn word pairs from: the sentences of each side and their languages. */
export interface ModelDocument {
  source: string[];
  target: string[];
  sourceLang?: string;
  targetLang?: string;
}

/**
 * Learn word pairs from many document pairs of one language pair: each is
 * aligned once without a model, and the confident beads of all of them are
 * pooled. `align` is the aligner to use for the first pass.
 */
export function learnFromDocuments(documents: ModelDocument[], align: (d: ModelDocument) => Bead[]): TranslationModel {
  parseInput(documentsSchema, documents, 'documents');
  const beads: Bead[] = [];
  const sourceWords: string[][] = [];
  const targetWords: string[][] = [];
  for (const d of documents) {
    const so = sourceWords.length;
    const to = targetWords.length;
    for (const words of readSide(d.source).words) sourceWords.push(words);
    for (const words of readSide(d.target).words) targetWords.push(words);
    for (const b of align(d)) beads.push({ source: b.source.map((i) => i + so), target: b.target.map((j) => j + to), score: b.score });
  }
  return { wordPairs: learnLexicon(beads, sourceWords, targetWords).map(([w, v]) => [v, w]) };
}
