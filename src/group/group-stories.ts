/**
 * The group stage's door: versions of one story share a source URL, or enough
 * rare names, countries and numbers. Candidate pairs come from an inverted index
 * on keys (never all pairs); similarity is a cosine over rarity-weighted keys;
 * clusters form by average link; every group says why it holds together.
 */
import { z } from 'zod';
import { parseArticle } from '../article/parse-article.js';
import { articleUrls } from '../article/urls.js';
import { normaliseLangCode } from '../language/candidates.js';
import { detectLanguage } from '../language/detect-language.js';
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
  /** Cosine similarity two articles (or, on average, two clusters) need; default 0.15. */
  threshold?: number;
  /** Articles published further apart than this many days are not joined by entities; default 7. */
  windowDays?: number;
}

const optionsSchema = z.object({
  threshold: z.number().min(0).max(1).optional(),
  windowDays: z.number().positive().optional(),
}).optional();

const DEFAULT_THRESHOLD = 0.15;
/** Keys carried by more articles than this share are too common to propose candidates. */
const COMMON_SHARE = 0.5;
const MAX_POSTING = 2000;

export function groupStories(articles: ArticleInput[], options?: GroupOptions): StoryGroup[] {
  const inputs = parseArticles(articles);
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  const docs = inputs.map((input): GroupDocument => {
    const parsed = parseArticle(input);
    const body = parsed.blocks.map((b) => b.text).join('\n');
    const lang = input.lang ? normaliseLangCode(input.lang) : detectLanguage(body).lang;
    return toGroupDocument({
      id: input.id,
      urls: articleUrls(parsed),
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
  const weighed = weighKeys(withoutCommonWords(docs));
  const edges: Edge[] = [];
  forEachCandidate(weighed, n, (a, b) => {
    const ta = times[a]!;
    const tb = times[b]!;
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && Math.abs(ta - tb) > windowMs) return;
    const score = similarity(weighed, a, b);
    if (score > 0) edges.push({ a, b, score });
  });
  const { clusterOf, merges } = averageLinkClusters(n, mutualNearest(edges, weighed.langs), threshold, forced, weighed.langs);

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const list = members.get(clusterOf[i]!) ?? [];
    list.push(i);
    members.set(clusterOf[i]!, list);
  }
  const mergesOf = new Map<number, typeof merges>();
  for (const mg of merges) {
    const c = clusterOf[mg.article]!;
    mergesOf.set(c, [...(mergesOf.get(c) ?? []), mg]);
  }
  const groups = [...members.values()].sort((x, y) => x[0]! - y[0]!);
  return groups.map((list, g) => ({
    id: `g${g + 1}`,
    articleIds: list.map((i) => docs[i]!.id),
    evidence: {
      sourceUrls: sharedUrls(list, canonical),
      sharedKeys: list.length > 1 ? sharedKeys(list, weighed.vectors) : [],
      joins: (mergesOf.get(clusterOf[list[0]!]!) ?? []).map((mg) => describeJoin(mg.article, mg.via, mg.score, canonical, weighed.vectors, docs)),
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

interface Weighed {
  /** Key → rarity weight (idf), per article. */
  vectors: Map<string, number>[];
  /** Squared norm of each article's vector. */
  norms: Float64Array;
  langs: (string | undefined)[];
  /** Key → the languages of the articles that carry it. */
  keyLangs: Map<string, Set<string>>;
  /** Key → how many articles carry it. */
  df: Map<string, number>;
  /** Language → how many articles are in it. */
  langCount: Map<string, number>;
}

function weighKeys(docs: GroupDocument[]): Weighed {
  const df = new Map<string, number>();
  const keyLangs = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const k of new Set(d.keys)) {
      df.set(k, (df.get(k) ?? 0) + 1);
      const langs = keyLangs.get(k) ?? new Set<string>();
      langs.add(d.lang ?? 'und');
      keyLangs.set(k, langs);
    }
  }
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    for (const k of new Set(d.keys)) v.set(k, Math.log((docs.length + 1) / df.get(k)!));
    return v;
  });
  const norms = Float64Array.from(vectors, (v) => {
    let x = 0;
    for (const w of v.values()) x += w * w;
    return x;
  });
  const langCount = new Map<string, number>();
  for (const d of docs) langCount.set(d.lang ?? 'und', (langCount.get(d.lang ?? 'und') ?? 0) + 1);
  return { vectors, norms, langs: docs.map((d) => d.lang), keyLangs, df, langCount };
}

/**
 * Cosine of two articles' keys. Across languages each side keeps only the keys
 * the other language is seen to write too (names in Latin letters, numbers,
 * countries): a Vietnamese article cannot share "Kementerian" with an English
 * one, and counting it would make every cross-language pair look unrelated.
 */
function similarity(w: Weighed, a: number, b: number): number {
  const va = w.vectors[a]!;
  const vb = w.vectors[b]!;
  const la = w.langs[a] ?? 'und';
  const lb = w.langs[b] ?? 'und';
  let dot = 0;
  const [small, large] = va.size <= vb.size ? [va, vb] : [vb, va];
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  if (dot === 0) return 0;
  let na = w.norms[a]!;
  let nb = w.norms[b]!;
  if (la !== lb) {
    if ((w.langCount.get(lb) ?? 0) >= MIN_LANGUAGE_ARTICLES) na = restrictedNorm(va, w.keyLangs, lb);
    if ((w.langCount.get(la) ?? 0) >= MIN_LANGUAGE_ARTICLES) nb = restrictedNorm(vb, w.keyLangs, la);
  }
  return Math.round((dot / Math.sqrt(na * nb)) * 1000) / 1000;
}

/** Name words count towards the norm only when the other language is seen to write them; numbers and countries always do. */
function restrictedNorm(v: Map<string, number>, keyLangs: Map<string, Set<string>>, other: string): number {
  let x = 0;
  for (const [k, weight] of v) if (!k.startsWith('w:') || keyLangs.get(k)!.has(other)) x += weight * weight;
  return x;
}

/** A language needs this many articles in the input before its vocabulary says what it can write. */
const MIN_LANGUAGE_ARTICLES = 5;

/** How many articles of one language an article may call its nearest. */
const NEAREST = 1;

/**
 * Mutual nearest neighbours, per language: an edge stays when each article is
 * among the other's NEAREST most similar articles in that article's language.
 * Stories on one topic (two Brexit reports) share many keys; the true version
 * of a story is still the nearest one in its language, which a threshold alone
 * cannot tell.
 */
function mutualNearest(edges: Edge[], langs: (string | undefined)[]): Edge[] {
  const best = new Map<string, number[]>();
  const note = (from: number, toLang: string, score: number) => {
    const key = `${from}\u0000${toLang}`;
    const list = best.get(key) ?? [];
    list.push(score);
    best.set(key, list);
  };
  for (const e of edges) {
    note(e.a, langs[e.b] ?? 'und', e.score);
    note(e.b, langs[e.a] ?? 'und', e.score);
  }
  const cutoff = new Map<string, number>();
  for (const [key, list] of best) cutoff.set(key, list.sort((x, y) => y - x)[Math.min(NEAREST, list.length) - 1]!);
  return edges.filter((e) => e.score >= cutoff.get(`${e.a}\u0000${langs[e.b] ?? 'und'}`)!
    && e.score >= cutoff.get(`${e.b}\u0000${langs[e.a] ?? 'und'}`)!);
}

/** Keys of an article that propose candidates: its rarest ones, if other articles carry them at all. */
const CANDIDATE_KEYS = 12;

/**
 * Pairs of articles worth comparing: they share one of each other's rarest
 * keys (an inverted index on keys, never all pairs). Each pair is visited once.
 */
function forEachCandidate(w: Weighed, n: number, visit: (a: number, b: number) => void): void {
  const limit = Math.min(MAX_POSTING, Math.max(2, Math.ceil(n * COMMON_SHARE)));
  const usable = (k: string) => {
    const df = w.df.get(k)!;
    return df >= 2 && (df <= limit || n <= 4);
  };
  const postings = new Map<string, number[]>();
  const chosen = w.vectors.map((v) => [...v.keys()].filter(usable)
    .sort((x, y) => w.df.get(x)! - w.df.get(y)! || (x < y ? -1 : 1))
    .slice(0, CANDIDATE_KEYS));
  chosen.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings.get(k) ?? [];
      list.push(i);
      postings.set(k, list);
    }
  });
  for (let a = 0; a < n; a++) {
    const seen = new Set<number>();
    for (const k of chosen[a]!) {
      for (const b of postings.get(k)!) {
        if (b <= a || seen.has(b)) continue;
        seen.add(b);
        visit(a, b);
      }
    }
  }
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
