/**
 * `buildCorpus`: every stage in order over a list of articles. Validation
 * happens here, once; the stages after it trust their input.
 */
import { z } from 'zod';
import { alignStories } from './align/align-stories.js';
import { articleUrls } from './article/urls.js';
import { toGroupDocument } from './group/group-keys.js';
import { groupDocuments, type GroupOptions } from './group/group-stories.js';
import { placeArticles } from './group/place-articles.js';
import { coverageOf } from './report/check-coverage.js';
import { parseArticles, parseInput } from './schema.js';
import { segmentArticle } from './segment/segment-article.js';
import type { StoryGroup } from './group/group-stories.js';
import type { ArticleAlignment, Corpus } from './corpus.js';
import type { AlignMode, Article, ArticleInput } from './types.js';

export interface CorpusOptions {
  /** Candidate languages for detection (ISO 639-3). */
  only?: string[];
  /** Grouping settings. */
  group?: GroupOptions;
  /** Force one alignment mode for every pair instead of choosing per pair. */
  mode?: AlignMode;
  /**
   * Called as work advances: the stage, and how much of it is done. Stages in
   * order: reading, grouping, aligning, relearning (pairs aligned again with the
   * word pairs the corpus taught), placing (versions grouping left apart),
   * checking (the coverage report of each pair).
   */
  onProgress?: (stage: CorpusStage, done: number, total: number) => void;
}

export type CorpusStage = 'reading' | 'grouping' | 'aligning' | 'relearning' | 'placing' | 'checking';

const optionsSchema = z.object({
  only: z.array(z.string()).optional(),
  group: z.object({ threshold: z.number().min(0).max(1).optional(), sameLanguageThreshold: z.number().min(0).max(1).optional(), windowDays: z.number().positive().optional() }).optional(),
  mode: z.enum(['translation', 'comparable']).optional(),
  onProgress: z.custom<CorpusOptions['onProgress']>((v) => typeof v === 'function', 'a function').optional(),
}).optional();

export function buildCorpus(articles: ArticleInput[], options?: CorpusOptions): Corpus {
  const inputs = parseArticles(articles);
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  const progress = opts.onProgress ?? (() => {});
  const prepared = inputs.map((input, i) => {
    const article = segmentArticle(input, opts.only ? { only: opts.only } : {});
    progress('reading', i + 1, inputs.length);
    return article;
  });
  progress('grouping', 0, 1);
  const docs = prepared.map((a) => toGroupDocument({
    id: a.id,
    urls: articleUrls(a),
    body: a.sentences.map((s) => s.text).join('\n'),
    lang: a.lang,
    publishedAt: a.publishedAt,
  }));
  const grouped = groupDocuments(docs, opts.group);
  progress('grouping', 1, 1);
  const byId = new Map(prepared.map((a) => [a.id, a]));
  const pairs = grouped.reduce((n, g) => n + crossLanguagePairs(g.articleIds.map((id) => byId.get(id)!.lang)), 0);
  const aligned = alignStories(prepared, grouped, {
    ...(opts.mode && { mode: opts.mode }),
    ...(opts.group?.windowDays && { windowDays: opts.group.windowDays }),
    onProgress: (done) => progress('aligning', done, pairs),
    onStep: progress,
  });
  const keysById = new Map(docs.map((d) => [d.id, d.keys]));
  const groups = placeArticles(grouped, aligned.placements, (id) => keysById.get(id) ?? []);
  const alignments = aligned.alignments.map((al, i, all) => {
    const coverage = coverageOf(byId.get(al.source)!, byId.get(al.target)!, al);
    progress('checking', i + 1, all.length);
    return { ...al, coverage };
  });
  return { articles: prepared, groups: withAlignedRelations(groups, alignments, byId), alignments };
}

/** Pairs of a group's members in different languages: the ones that are aligned. */
function crossLanguagePairs(langs: string[]): number {
  const count = new Map<string, number>();
  for (const l of langs) count.set(l, (count.get(l) ?? 0) + 1);
  let same = 0;
  for (const c of count.values()) same += (c * (c - 1)) / 2;
  return (langs.length * (langs.length - 1)) / 2 - same;
}

/**
 * Every cross-language pair of a group relates as its alignment found: a
 * translation, or a report written independently (mined as comparable text).
 */
function withAlignedRelations(groups: StoryGroup[], alignments: ArticleAlignment[], byId: Map<string, Article>): StoryGroup[] {
  const groupOf = new Map<string, StoryGroup>();
  for (const g of groups) for (const id of g.articleIds) groupOf.set(id, g);
  const added = new Map<StoryGroup, StoryGroup['evidence']['relations']>();
  for (const al of alignments) {
    const g = groupOf.get(al.source);
    if (!g) continue;
    const list = added.get(g) ?? [];
    const paired = al.beads.reduce((n, b) => n + (b.source.length && b.target.length ? b.source.length + b.target.length : 0), 0);
    const total = Math.max(1, byId.get(al.source)!.sentences.length + byId.get(al.target)!.sentences.length);
    list.push({
      articleIds: [al.source, al.target],
      relation: al.mode === 'translation' ? 'translation' : 'report',
      reason: al.modeReason,
      // The share of both articles' sentences that are paired.
      score: Math.round((paired / total) * 1000) / 1000,
    });
    added.set(g, list);
  }
  return groups.map((g) => (added.has(g) ? { ...g, evidence: { ...g.evidence, relations: [...g.evidence.relations, ...added.get(g)!] } } : g));
}
