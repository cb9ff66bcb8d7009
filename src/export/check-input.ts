/**
 * The writers' doors: a corpus handed to toJsonl, toTsv, toMoses, toTmx or
 * toHtml is checked for the fields the writer reads, so that a wrong value
 * (undefined, {}, a corpus of another version) is a StoryalignError naming
 * the field, not a TypeError from inside a writer. Loose objects: what a
 * writer does not read may be there or not.
 */
import * as z from 'zod/mini';
import { parseInput } from '../schema.js';
import { StoryalignError } from '../errors.js';
import { LANGUAGE_PAIR, type CorpusLike } from './pair-rows.js';
import type { Corpus } from '../corpus.js';

const indices = z.array(z.number());
const pairSchema = z.looseObject({ source: z.string(), target: z.string(), score: z.number(), sourceSentences: indices, targetSentences: indices });
const sentenceSchema = z.looseObject({ text: z.string(), kind: z.string(), start: z.number(), end: z.number() });
const articleSchema = z.looseObject({ id: z.string(), lang: z.string(), sentences: z.array(sentenceSchema) });
const alignmentSchema = z.looseObject({
  source: z.string(), target: z.string(), sourceLang: z.string(), targetLang: z.string(),
  mode: z.enum(['translation', 'comparable']), pairs: z.array(pairSchema),
});
const corpusLikeSchema = z.looseObject({ articles: z.array(articleSchema), alignments: z.array(alignmentSchema) });

const list = z.array(z.unknown());
const coverageSchema = z.looseObject({
  ratio: z.looseObject({ sentences: z.number(), characters: z.number() }),
  missing: list, added: list, duplicates: list, numberMismatches: list, nameMismatches: list, untranslated: list,
  identical: list, urlMismatches: list, lengthOutliers: list, findings: list,
});
const corpusSchema = z.looseObject({
  articles: z.array(articleSchema),
  groups: z.array(z.looseObject({ id: z.string(), articleIds: z.array(z.string()), evidence: z.looseObject({}) })),
  alignments: z.array(z.looseObject({ ...alignmentSchema.def.shape, modeReason: z.string(), beads: list, coverage: coverageSchema })),
});

const writerOptionsSchema = z.optional(z.looseObject({
  minScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  pairs: z.optional(z.array(z.string().check(z.regex(LANGUAGE_PAIR, 'a language pair of two output tags such as "vi-id"')))),
  modes: z.optional(z.array(z.enum(['translation', 'comparable']))),
  comparable: z.optional(z.boolean()),
}));
const htmlOptionsSchema = z.optional(z.looseObject({ title: z.optional(z.string()), minScore: z.optional(z.number().check(z.gte(0), z.lte(1))) }));

/** Every alignment's two articles are in the corpus (the writers look them up). */
function checkArticlesOf(corpus: CorpusLike): void {
  const ids = new Set(corpus.articles.map((a) => a.id));
  corpus.alignments.forEach((al, i) => {
    for (const side of ['source', 'target'] as const) {
      if (!ids.has(al[side])) {
        throw new StoryalignError('INVALID_INPUT', `corpus.alignments[${i}].${side}: "${al[side]}" is not the id of an article in corpus.articles`, ['corpus', 'alignments', i, side]);
      }
    }
  });
}

/** A corpus and options for the row writers (JSONL, TSV, Moses, TMX), checked. */
export function checkWriterInput(corpus: unknown, options: unknown): void {
  parseInput(corpusLikeSchema, corpus, 'corpus');
  parseInput(writerOptionsSchema, options, 'options');
  checkArticlesOf(corpus as CorpusLike);
}

/** A whole corpus and options for the review page, checked. */
export function checkHtmlInput(corpus: unknown, options: unknown): asserts corpus is Corpus {
  parseInput(corpusSchema, corpus, 'corpus');
  parseInput(htmlOptionsSchema, options, 'options');
  checkArticlesOf(corpus as CorpusLike);
}

