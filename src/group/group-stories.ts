/**
 * The group stage's door, in two steps as news clustering does it: reports in
 * one language are clustered on their words, then those clusters are linked
 * across languages on language-free keys (names, countries, numbers, dates).
 * Articles that name one source URL are versions of one story whatever their
 * words. Candidate pairs come from inverted indexes (never all pairs);
 * clusters form by average link; every group says why it holds together and
 * how its same-language members relate.
 */
import * as z from 'zod/mini';
import { parseArticleChecked } from '../article/parse-article.js';
import { articleUrls } from '../article/urls.js';
import { DAY_MS, publishedTime } from '../article/published-time.js';
import { givenLanguage } from '../language/candidates.js';
import { detectChecked } from '../language/detect-language.js';
import { parseArticles, parseInput } from '../schema.js';
import type { ArticleInput } from '../types.js';
import { canonicalUrl, namesPage } from './canonical-url.js';
import { averageLinkClusters, type Edge } from './cluster.js';
import { EdgeChunks } from './edge-list.js';
import { describeJoin, sameLanguageRelations, sharedKeys, sharedUrls, type GroupJoin, type VersionRelation } from './evidence.js';
import { toGroupDocument, type GroupDocument, type ReadDocument } from './group-keys.js';
import { Vocabulary } from './vocabulary.js';
import { datesConflict, keyNodes } from './key-similarity.js';
import { renumberKeys, type NumberedKeys } from './key-numbers.js';
import { withinWindow, type NodeTimes } from './candidate-pairs.js';
import { crossJoin, joinAcross, secondPartFrom, type CrossJoin } from './cross-join.js';
import { wordCosine, wordVectors } from './same-language.js';
import { joinLanguage, languageJoins, type JoinedPairs, type LanguageJoin } from './language-joins.js';
import { linkScriptNames } from './script-names.js';
import { InformativeKeys } from './informative-keys.js';
import { isKey, keyValue } from '../entities/keys.js';

export type { GroupDocument, GroupJoin, VersionRelation };
/** The join within one language, for whoever runs the jobs `groupingSteps` yields (a worker thread, say). */
export { joinLanguage, type JoinedPairs, type LanguageJoin };

/** One story: the ids of its versions and the evidence that joined them and says how they relate. */
export interface StoryGroup {
  id: string;
  articleIds: string[];
  evidence: {
    /** Canonical source URLs named by two or more of the articles. */
    sourceUrls: string[];
    /** Keys every article of the group carries (for groups of two or more). */
    sharedKeys: string[];
    joins: GroupJoin[];
    /**
     * How pairs of members relate: same-language pairs (`near-copy` or
     * `report`) are decided here from their words; `buildCorpus` adds every
     * cross-language pair (`translation` or `report`) from their alignment.
     */
    relations: VersionRelation[];
  };
}

/** Grouping settings: the similarity two versions need across languages (`threshold`) and within one (`sameLanguageThreshold`), and the time window in days. */
export interface GroupOptions {
  /** Key similarity two articles in different languages (or, on average, two clusters) need; default 0.2. */
  threshold?: number;
  /** Word similarity two articles in one language (or, on average, two clusters) need; default 0.12. */
  sameLanguageThreshold?: number;
  /** Articles published further apart than this many days are not joined by entities; default 7. */
  windowDays?: number;
}

/** `groupStories`' options: the grouping settings, and worker threads to read and join in. */
export interface GroupStoriesOptions extends GroupOptions {
  /**
   * Worker threads to read the articles and join each language's in (Node
   * only). With `jobs`, `groupStories` returns a promise; the groups are the
   * same as without. `jobs: 1` runs on this thread.
   */
  jobs?: number;
}

/** The grouping settings, checked here and in `buildCorpus`'s `group`. */
export const groupOptionsSchema = z.object({
  threshold: z.optional(z.number().check(z.gte(0), z.lte(1))),
  sameLanguageThreshold: z.optional(z.number().check(z.gte(0), z.lte(1))),
  windowDays: z.optional(z.number().check(z.positive())),
});

const optionsSchema = z.optional(z.extend(groupOptionsSchema, { jobs: z.optional(z.int().check(z.gte(1), z.lte(256))) }));

const DEFAULT_THRESHOLD = 0.2;
const DEFAULT_SAME_LANGUAGE_THRESHOLD = 0.12;
/** Days apart two articles may be published and still be joined: `windowDays`' default, which placing and closing stories read too. */
export const DEFAULT_WINDOW_DAYS = 7;
/** What a pair that dates different events weighs against an average: as much as a strong match for it. */
const CONFLICT = 0.5;
/** Below this share of the same-language threshold, two reports in one language are two stories, whatever keys link them. */
const APART_SHARE = 0.5;

/**
 * Story groups: every article in exactly one, the versions of one story together
 * (translations across languages, reports in one language), with the evidence
 * that joined each (a URL that names a page, shared words, shared names and numbers).
 *
 * @param articles - `{ id, text, url?, lang?, title?, publishedAt? }`; ids unique.
 * @param options - `threshold` (across languages, default 0.2), `sameLanguageThreshold`
 *   (default 0.12), `windowDays` (default 7); `jobs` (worker threads, Node only: the
 *   answer is then a promise of the same groups).
 * @returns The groups, `{ id, articleIds, evidence }`.
 * @example
 * groupStories(articles).map((g) => g.articleIds);
 */
export function groupStories(articles: ArticleInput[], options?: GroupOptions & { jobs?: undefined }): StoryGroup[];
export function groupStories(articles: ArticleInput[], options: GroupOptions & { jobs: number }): Promise<StoryGroup[]>;
export function groupStories(articles: ArticleInput[], options?: GroupStoriesOptions): StoryGroup[] | Promise<StoryGroup[]>;
export function groupStories(articles: ArticleInput[], options?: GroupStoriesOptions): StoryGroup[] | Promise<StoryGroup[]> {
  const inputs = parseArticles(articles);
  const { jobs, ...opts } = parseInput(optionsSchema, options, 'options') ?? {};
  if (jobs !== undefined) {
    // The pool is loaded only when asked for: the core runs in a browser too.
    return jobs > 1 ? import('../runner/group-in-pool.js').then((pool) => pool.groupInPool(inputs, opts, jobs)) : Promise.resolve().then(() => groupHere(inputs, opts));
  }
  return groupHere(inputs, opts);
}

function groupHere(inputs: ArticleInput[], opts: GroupOptions): StoryGroup[] {
  const vocabulary = new Vocabulary();
  return groupDocuments(inputs.map((input) => vocabulary.compact(readForGrouping(input))), vocabulary, opts);
}

/** What grouping reads of one checked article, the same on any thread (`Vocabulary.compact` keeps it). */
export function readForGrouping(input: ArticleInput): ReadDocument {
  const parsed = parseArticleChecked(input);
  const body = parsed.blocks.map((b) => b.text).join('\n');
  const lang = givenLanguage(input) ?? detectChecked(body).lang;
  return toGroupDocument({ id: input.id, urls: articleUrls(parsed), body, lang, publishedAt: input.publishedAt });
}

/** Grouping on articles already read, compacted with `vocabulary` (the one whose ids their words carry), on this thread. */
export function groupDocuments(docs: GroupDocument[], vocabulary: Vocabulary, opts: GroupOptions = {}): StoryGroup[] {
  const steps = groupingSteps(docs, vocabulary, opts);
  let next = steps.next();
  while (!next.done) next = steps.next(groupWorkHere(next.value));
  return next.value;
}

/** Grouping's work on this thread: the joins run when started, and collected as they are. */
export function groupWorkHere(work: GroupWork): StartedJoins | JoinedPairs[] {
  // Read here, appended to the first part's list: views, not a copy.
  if (work.kind === 'crossJoin') return { pairs: [joinAcross(work.join, work.from, work.to).views()] };
  return work.kind === 'join' ? { pairs: runJoins(work) } : (work.started.pairs as JoinedPairs[]);
}

/**
 * A `JoinWork` run on this thread. The jobs are taken out of the work as they
 * run: grouping goes on while the work is still referenced, and they copy every word vector.
 */
export function runJoins(work: JoinWork): JoinedPairs[] {
  return work.jobs.splice(0).map(joinLanguage);
}

/**
 * The joins within languages, one job per language, for the caller to start
 * where it likes (worker threads, say): the answer is a `StartedJoins`, and
 * their pairs are asked for later with a `CollectJoins`, so that this thread
 * numbers the articles' keys while the workers join.
 */
export interface JoinWork {
  kind: 'join';
  jobs: LanguageJoin[];
}

/** Joins started: their pairs (each job's, in order), or the promise of them where they run on other threads. */
export interface StartedJoins {
  pairs: JoinedPairs[] | Promise<JoinedPairs[]>;
}

/** The pairs of joins started before, in the jobs' order. */
export interface CollectJoins {
  kind: 'joined';
  started: StartedJoins;
}

/** The second part of the join across languages (see cross-join.ts), started like a `JoinWork` and collected with a `CollectJoins`. */
export interface CrossJoinWork {
  kind: 'crossJoin';
  join: CrossJoin;
  /** The nodes its pairs start from: `from` to `to`, not included. */
  from: number;
  to: number;
}

export type GroupWork = JoinWork | CrossJoinWork | CollectJoins;

/**
 * Grouping as `groupDocuments` does it, the joins within languages yielded
 * (answered with each job's pairs, in order). It uses the views up: each
 * one's words are let go once they are vectors, so a set of views is grouped once.
 */
export function* groupingSteps(docs: GroupDocument[], vocabulary: Vocabulary, opts: GroupOptions = {}): Generator<GroupWork, StoryGroup[], StartedJoins | JoinedPairs[]> {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const windowMs = (opts.windowDays ?? DEFAULT_WINDOW_DAYS) * DAY_MS;
  const n = docs.length;
  // Only addresses of a page join and are told as evidence: a site's home page or a section is cited by unrelated stories.
  const canonical = docs.map((d) => [...new Set(d.urls.map(canonicalUrl).filter((u): u is string => !!u && namesPage(u)))]);
  const times = docs.map((d) => publishedTime(d.publishedAt));
  const inWindow = withinWindow(times, windowMs);
  const langs = docs.map((d) => d.lang ?? 'und');
  const forced = urlEdges(canonical, inWindow);

  // Step 1: reports in one language, clustered on their words (and shared sources).
  const words = wordVectors(docs.map((d) => d.words), langs, vocabulary);
  // The vectors hold all that grouping reads of the words from here: each view's counts are let go
  // before the joins make their pairs (about 3 KB an article, 300 MB at 100,000 articles).
  for (const d of docs) d.words = undefined;
  vocabulary.releaseTerms();
  // The time window is asked of tens of millions of pairs at 100,000 articles: not when no article is dated.
  const dated = times.some((t) => !Number.isNaN(t)) ? Float64Array.from(times) : undefined;
  const sameThreshold = opts.sameLanguageThreshold ?? DEFAULT_SAME_LANGUAGE_THRESHOLD;
  const urlMerged = new Uint8Array(n);
  for (const e of forced) urlMerged[e.a] = urlMerged[e.b] = 1;
  const started = (yield { kind: 'join', jobs: languageJoins(words, dated, windowMs, sameThreshold, urlMerged) }) as StartedJoins;
  // While the joins run: the articles' keys numbered once, for the checks within a language and the join
  // across them (without the words any article writes in lower case, with the names romanised words spell).
  // Numbered in reading already (the vocabulary's key table), in the order `numberKeys` numbers them: here only counted.
  let numbered: NumberedKeys | undefined = renumberKeys(docs.map((d) => d.keyIds), vocabulary.keyOf);
  let informative: InformativeKeys | undefined = new InformativeKeys(numbered);
  let joinKeys: NumberedKeys | undefined = renumberKeys(linkScriptNames(docs, withoutCommonWords(numbered, vocabulary), numbered.keyOf), numbered.keyOf);
  // Nothing after this reads an article's romanised words (a Chinese or Arabic article's are about 3 KB, 50 MB
  // at 100,000 generated articles), nor these numbers but through `informative` and the join's own: all let go
  // before the join across languages, where grouping's memory peaks (this frame would keep them alive).
  for (const d of docs) d.scriptWords = undefined;
  numbered = undefined;
  // The jobs' answers are read as one list where they came back, not copied into one (16.8 million pairs at 100,000 articles).
  const sameEdges = new EdgeChunks((yield { kind: 'joined', started }) as JoinedPairs[]);
  const eventDays = { days: docs.map((d) => d.days ?? []) };
  // Only an edge at the threshold can start a merge (the rest count in averages as `known`), so the
  // keys are asked of those alone: most of the tens of millions of edges of a large input are far below it.
  const sameStarters = sameEdges.filter((a, b, score) => score >= sameThreshold && informative!.corroborate(a, b, score));
  const local = averageLinkClusters(n, sameStarters, sameThreshold, {
    forced, known: sameEdges, penalty: (a, b) => (datesConflict(eventDays, a, b) ? CONFLICT : 0),
  });
  // Nothing after this reads them: let them go before the join across languages builds its own (this frame keeps its names alive).
  sameEdges.release();
  informative = undefined;
  const nodeOf = new Int32Array(n);
  const nodes: number[][] = [];
  const nodeIndex = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const root = local.clusterOf[i]!;
    let k = nodeIndex.get(root);
    if (k === undefined) {
      k = nodes.length;
      nodeIndex.set(root, k);
      nodes.push([]);
    }
    nodes[k]!.push(i);
    nodeOf[i] = k;
  }

  // Step 2: those clusters linked across languages on language-free keys, the join in two parts:
  // the second started where the work runs (another thread, if there is one), the first made here meanwhile.
  const keyed = keyNodes(joinKeys, langs, nodes, eventDays.days);
  joinKeys = undefined;
  const edges = yield* linkAcrossLanguages(crossJoin(keyed, nodes, Float64Array.from(times), nodeTimes(nodes, times, windowMs), threshold));
  const penalty = (x: number, y: number) => (datesConflict(keyed, x, y) ? CONFLICT : 0);
  // Two clusters of one language meet again here only when their words came
  // close to joining them already: the keys then decide; otherwise they are two stories.
  const apart = (x: number, y: number) => {
    for (const a of nodes[x]!) {
      for (const b of nodes[y]!) if (langs[a] === langs[b] && wordCosine(words, a, b) < sameThreshold * APART_SHARE) return true;
    }
    return false;
  };
  // As within a language, only an edge at the threshold can start a merge; a slot's nearest is one of those when it can matter.
  const starters = mutualNearest(edges.filter((_a, _b, score) => score >= threshold), keyed.langs.map((l) => l.join('+')));
  const linked = averageLinkClusters(nodes.length, starters, threshold, { penalty, known: edges, apart });

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = linked.clusterOf[nodeOf[i]!]!;
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  }
  const groups = [...members.values()].sort((x, y) => x[0]! - y[0]!);
  const joinsOf = new Map<number, GroupJoin[]>();
  const note = (article: number, join: GroupJoin) => {
    const root = linked.clusterOf[nodeOf[article]!]!;
    const list = joinsOf.get(root);
    if (list) list.push(join);
    else joinsOf.set(root, [join]);
  };
  for (const mg of local.merges) note(mg.article, describeJoin(mg.article, mg.via, mg.score, canonical, docs, words));
  for (const mg of linked.merges) {
    // A join of two clusters is told by their first articles, with the keys the clusters share.
    const [article, via] = [nodes[mg.article]![0]!, nodes[mg.via]![0]!];
    note(article, describeJoin(article, via, mg.score, canonical, docs, undefined, { nodes: keyed, pair: [mg.article, mg.via] }));
  }
  return groups.map((list, g) => ({
    id: `g${g + 1}`,
    articleIds: list.map((i) => docs[i]!.id),
    evidence: {
      sourceUrls: sharedUrls(list, canonical),
      sharedKeys: list.length > 1 ? sharedKeys(list, docs, vocabulary.keyOf) : [],
      joins: joinsOf.get(linked.clusterOf[nodeOf[list[0]!]!]!) ?? [],
      relations: sameLanguageRelations(list, docs, words),
    },
  }));
}

/**
 * The join across languages in two parts (see cross-join.ts): the second
 * started where the work runs, the first made here meanwhile. In a frame of
 * its own, so that the join's prefixes are let go once it is done. The parts
 * are read as one list, first part first, without copying the second into
 * the first: copied, the first part's arrays grew to twice the pairs at the
 * moment grouping's memory peaks (4.7 million pairs at 100,000 articles).
 */
function* linkAcrossLanguages(join: CrossJoin): Generator<GroupWork, EdgeChunks, StartedJoins | JoinedPairs[]> {
  const cut = secondPartFrom(join);
  const second = (yield { kind: 'crossJoin', join, from: cut, to: join.nodes.length }) as StartedJoins;
  const first = joinAcross(join, 0, cut).views();
  // Its index is let go while the other part is awaited: nothing reads it again.
  join.index = undefined;
  return new EdgeChunks([first, ...((yield { kind: 'joined', started: second }) as JoinedPairs[])]);
}

/** Each node's earliest and latest article's time (NaN when one is undated), for the join's windows. */
function nodeTimes(nodes: number[][], times: ArrayLike<number>, windowMs: number): NodeTimes {
  const first = new Float64Array(nodes.length);
  const last = new Float64Array(nodes.length);
  nodes.forEach((list, x) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of list) {
      lo = Math.min(lo, times[i]!);
      hi = Math.max(hi, times[i]!);
    }
    first[x] = lo;
    last[x] = hi;
  });
  return { first, last, windowMs };
}

/**
 * A capitalised word that any article of the input also writes in lower case
 * ("Kerja Sama", "Kementerian" in a ministry's name) is a common word of some
 * language, not a name: same-language articles would otherwise look alike just
 * for sharing their language's institution names.
 */
function withoutCommonWords(numbered: NumberedKeys, vocabulary: Vocabulary): number[][] {
  if (!vocabulary.hasLowercase()) return numbered.ids;
  const common = Uint8Array.from(numbered.keyOf, (k) => (isKey(k, 'w') && vocabulary.isLowercase(keyValue(k, 'w')) ? 1 : 0));
  return numbered.ids.map((list) => list.filter((id) => common[id] === 0));
}

/**
 * Articles that name one canonical URL of a page (not a site's home or a
 * section: see namesPage) within the time window are versions of one story,
 * whatever their words. Each article is joined to the latest earlier one in
 * its window that names the URL (through which it meets the others), looking
 * back at most URL_LOOKBACK of them; a URL cited again years later is not the story.
 */
const URL_LOOKBACK = 64;

function urlEdges(canonical: string[][], inWindow: (a: number, b: number) => boolean): Edge[] {
  const naming = new Map<string, number[]>();
  const edges: Edge[] = [];
  canonical.forEach((urls, i) => {
    for (const url of urls) {
      const earlier = naming.get(url);
      if (earlier === undefined) {
        naming.set(url, [i]);
        continue;
      }
      // The latest few are enough (each joined the ones before it); a URL cited by thousands stays linear.
      for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - URL_LOOKBACK); k--) {
        const j = earlier[k]!;
        if (j !== i && inWindow(j, i)) {
          edges.push({ a: j, b: i, score: 1 });
          break;
        }
      }
      earlier.push(i);
    }
  });
  return edges;
}

/** How many clusters of one language a cluster may call its nearest. */
const NEAREST = 1;

/**
 * Mutual nearest neighbours, per language: an edge stays when each cluster is
 * the other's most similar cluster in that cluster's language. Stories on one
 * topic (two Brexit reports) share many keys; the true version of a story is
 * still the nearest one in its language, which a threshold alone cannot tell.
 */
function mutualNearest(edges: Edge[], langs: string[]): Edge[] {
  // Languages as numbers, and (cluster, language) as one number: millions of edges at 20,000 articles.
  const langIds = new Map<string, number>();
  const langOf = Int32Array.from(langs, (l) => {
    let id = langIds.get(l);
    if (id === undefined) langIds.set(l, (id = langIds.size));
    return id;
  });
  const slot = (from: number, to: number) => from * langIds.size + langOf[to]!;
  const best = new Map<number, number[]>();
  const note = (key: number, score: number) => {
    const list = best.get(key);
    if (list) list.push(score);
    else best.set(key, [score]);
  };
  for (const e of edges) {
    note(slot(e.a, e.b), e.score);
    note(slot(e.b, e.a), e.score);
  }
  const cutoff = new Map<number, number>();
  for (const [key, list] of best) cutoff.set(key, list.sort((x, y) => y - x)[Math.min(NEAREST, list.length) - 1]!);
  return edges.filter((e) => e.score >= cutoff.get(slot(e.a, e.b))! && e.score >= cutoff.get(slot(e.b, e.a))!);
}
