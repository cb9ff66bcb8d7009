/**
 * The group stage's door: versions of one story share a source URL, or enough
 * rare names, countries and numbers. Candidate pairs come from an inverted index
 * on keys (never all pairs); similarity is a cosine over rarity-weighted keys;
 * clusters form by average link; every group says why it holds together.
 */
import { z } from 'zod';
import { parseArticle } from '../article/parse-article.js';
import { normaliseLangCode } from '../language/candidates.js';
import { parseArticles, parseInput } from '../schema.js';
import type { ArticleInput } from '../types.js';
import { canonicalUrl } from './canonical-url.js';
import { averageLinkClusters, type Edge } from './cluster.js';
import { toGroupDocument, type GroupDocument } from './group-keys.js';

export type { GroupDocument };

export interface GroupJoin {
  articleId: string;
  /** The article already in the group that it joined through. */
  joinedWith: string;
  via: 'url' | 'entities';
  /** Similarity of the two articles (1 for a shared URL). */
  score: number;
  /** The shared source URL, or the shared keys that weigh most. */
  shared: string[];
}

export interface StoryGroup {
  id: string;
  articleIds: string[];
  evidence: {
    /** Canonical source URLs named by two or more of the articles. */
    sourceUrls: string[];
    /** Keys every article of the group carries (for groups of two or more). */
    sharedKeys: string[];
    joins: GroupJoin[];
  };
}

export interface GroupOptions {
  /** Cosine similarity two articles (or, on average, two clusters) need; default 0.1. */
  threshold?: number;
  /** Articles published further apart than this many days are not joined by entities; default 7. */
  windowDays?: number;
}

const optionsSchema = z.object({
  threshold: z.number().min(0).max(1).optional(),
  windowDays: z.number().positive().optional(),
}).optional();

const DEFAULT_THRESHOLD = 0.1;
/** Keys carried by more articles than this share are too common to propose candidates. */
const COMMON_SHARE = 0.5;
const MAX_POSTING = 2000;

export function groupStories(articles: ArticleInput[], options?: GroupOptions): StoryGroup[] {
  const inputs = parseArticles(articles);
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  const docs = inputs.map((input): GroupDocument => {
    const parsed = parseArticle(input);
    const body = parsed.blocks.map((b) => b.text).join('\n');
    const lang = input.lang ? normaliseLangCode(input.lang) : undefined;
    return toGroupDocument({
      id: input.id,
      urls: [...parsed.sourceUrls, ...(input.url ? [input.url] : [])],
      body,
      lang,
      publishedAt: input.publishedAt,
    });
  });
  return groupDocuments(docs, opts);
}

export function groupDocuments(docs: GroupDocument[], opts: GroupOptions = {}): StoryGroup[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const windowMs = (opts.windowDays ?? 7) * 86_400_000;
  const n = docs.length;
  const canonical = docs.map((d) => [...new Set(d.urls.map(canonicalUrl).filter((u): u is string => !!u))]);
  const times = docs.map((d) => (d.publishedAt ? Date.parse(d.publishedAt) : NaN));

  const forced = urlEdges(canonical);
  const { vectors } = weighKeys(withoutCommonWords(docs));
  const edges: Edge[] = [];
  for (const [a, b] of candidatePairs(docs, n)) {
    const ta = times[a]!;
    const tb = times[b]!;
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && Math.abs(ta - tb) > windowMs) continue;
    const score = cosine(vectors[a]!, vectors[b]!);
    if (score > 0) edges.push({ a, b, score });
  }
  const { clusterOf, merges } = averageLinkClusters(n, edges, threshold, forced);

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const list = members.get(clusterOf[i]!) ?? [];
    list.push(i);
    members.set(clusterOf[i]!, list);
  }
  const groups = [...members.values()].sort((x, y) => x[0]! - y[0]!);
  return groups.map((list, g) => ({
    id: `g${g + 1}`,
    articleIds: list.map((i) => docs[i]!.id),
    evidence: {
      sourceUrls: sharedUrls(list, canonical),
      sharedKeys: list.length > 1 ? sharedKeys(list, vectors) : [],
      joins: merges
        .filter((mg) => clusterOf[mg.article] === clusterOf[list[0]!])
        .map((mg) => describeJoin(mg.article, mg.via, mg.score, canonical, vectors, docs)),
    },
  }));
}

/**
 * A capitalised word that any article of the input also writes in lower case
 * ("Kerja Sama", "Kementerian" in a ministry's name) is a common word of some
 * language, not a name: same-language articles would otherwise look alike just
 * for sharing their language's institution names.
 */
function withoutCommonWords(docs: GroupDocument[]): GroupDocument[] {
  const common = new Set<string>();
  for (const d of docs) for (const w of d.lowercaseWords ?? []) common.add(w);
  if (common.size === 0) return docs;
  return docs.map((d) => ({ ...d, keys: d.keys.filter((k) => !k.startsWith('w:') || !common.has(k.slice(2))) }));
}

/** Articles that name one canonical URL are versions of one story, whatever their words. */
function urlEdges(canonical: string[][]): Edge[] {
  const first = new Map<string, number>();
  const edges: Edge[] = [];
  canonical.forEach((urls, i) => {
    for (const url of urls) {
      const j = first.get(url);
      if (j === undefined) first.set(url, i);
      else if (j !== i) edges.push({ a: j, b: i, score: 1 });
    }
  });
  return edges;
}

function weighKeys(docs: GroupDocument[]): { vectors: Map<string, number>[]; idf: Map<string, number> } {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of new Set(d.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [k, c] of df) idf.set(k, Math.log((docs.length + 1) / c));
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const k of new Set(d.keys)) {
      const w = idf.get(k)!;
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
  return { vectors, idf };
}

/** Pairs of articles that share at least one key rare enough to be worth a look. */
function* candidatePairs(docs: GroupDocument[], n: number): Generator<[number, number]> {
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const k of new Set(d.keys)) {
      const list = postings.get(k) ?? [];
      list.push(i);
      postings.set(k, list);
    }
  });
  const limit = Math.min(MAX_POSTING, Math.max(2, Math.ceil(n * COMMON_SHARE)));
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || (list.length > limit && n > 4)) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const id = a * n + b;
        if (seen.has(id)) continue;
        seen.add(id);
        yield [a, b];
      }
    }
  }
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return Math.round(dot * 1000) / 1000;
}

function sharedUrls(list: number[], canonical: string[][]): string[] {
  const count = new Map<string, number>();
  for (const i of list) for (const u of canonical[i]!) count.set(u, (count.get(u) ?? 0) + 1);
  return [...count].filter(([, c]) => c > 1).map(([u]) => u).sort();
}

function sharedKeys(list: number[], vectors: Map<string, number>[]): string[] {
  const [first, ...rest] = list;
  return [...vectors[first!]!.keys()].filter((k) => rest.every((i) => vectors[i]!.has(k))).sort();
}

function describeJoin(
  article: number, via: number, score: number, canonical: string[][], vectors: Map<string, number>[], docs: GroupDocument[],
): GroupJoin {
  const url = canonical[article]!.find((u) => canonical[via]!.includes(u));
  const base = { articleId: docs[article]!.id, joinedWith: docs[via]!.id, score };
  if (url) return { ...base, via: 'url', shared: [url] };
  const a = vectors[article]!;
  const b = vectors[via]!;
  const shared = [...a.keys()].filter((k) => b.has(k))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)! || (x < y ? -1 : 1))
    .slice(0, 12);
  return { ...base, via: 'entities', shared };
}
