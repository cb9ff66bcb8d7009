/**
 * `buildCorpus`: every stage in order over a list of articles. Validation
 * happens here, once; the stages after it trust their input.
 */
import { z } from 'zod';
import { alignArticles } from './align/align-articles.js';
import { toGroupDocument } from './group/group-keys.js';
import { groupDocuments, type GroupOptions } from './group/group-stories.js';
import { coverageOf } from './report/check-coverage.js';
import { parseArticles, parseInput } from './schema.js';
import { segmentArticle } from './segment/segment-article.js';
import type { AlignMode, ArticleInput, Corpus } from './types.js';


export interface CorpusOptions {
  /** Candidate languages for detection (ISO 639-3). */
  only?: string[];
  /** Grouping settings. */
  group?: GroupOptions;
  /** Force one alignment mode for every pair instead of choosing per pair. */
  mode?: AlignMode;
}

const optionsSchema = z.object({
  only: z.array(z.string()).optional(),
  group: z.object({ threshold: z.number().min(0).max(1).optional(), windowDays: z.number().positive().optional() }).optional(),
  mode: z.enum(['translation', 'comparable']).optional(),
}).optional();

export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions): Corpus {
  const inputs = parseArticles(articles);
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  const prepared = inputs.map((input) => segmentArticle(input, opts.only ? { only: opts.only } : {}));
  const groups = groupDocuments(
    prepared.map((a) => toGroupDocument({
      id: a.id,
      urls: [...a.sourceUrls, ...(a.url ? [a.url] : [])],
      body: a.sentences.map((s) => s.text).join('\n'),
      lang: a.lang,
      publishedAt: a.publishedAt,
    })),
    opts.group,
  );
  const byId = new Map(prepared.map((a) => [a.id, a]));
  const alignments = alignArticles(prepared, { groups, ...(opts.mode && { mode: opts.mode }) }).map((al) => ({
    ...al,
    coverage: coverageOf(byId.get(al.source)!, byId.get(al.target)!, al),
  }));
  return { articles: prepared, groups, alignments };
}
