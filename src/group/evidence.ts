/**
 * Why a group holds together, in terms a reader can check: the shared source
 * URL, the shared keys, the words two reports in one language share, and how
 * each pair of same-language members relates (a near copy or a report of its own).
 */
import type { GroupDocument } from './group-keys.js';
import type { KeyNodes } from './key-similarity.js';
import { wordCosine, type WordVectors } from './same-language.js';

/** How one article joined its story: by a shared page URL, shared words, shared names and numbers, or alignment, with the score and what was shared. */
export interface GroupJoin {
  articleId: string;
  /** The article already in the group that it joined through. */
  joinedWith: string;
  /**
   * `url`: both name one source; `words`: reports in one language sharing their words; `entities`: names, numbers, dates across languages;
   * `alignment`: a version no key placed, whose monotone alignment with a member reads as a translation (`buildCorpus` only).
   */
  via: 'url' | 'words' | 'entities' | 'alignment';
  /** Similarity of the two articles, or of their clusters (1 for a shared URL). */
  score: number;
  /** The shared source URL, the shared words or the shared keys that weigh most. */
  shared: string[];
}

export type RelationKind = 'translation' | 'report' | 'near-copy';

/** Each relation in words, as the text report and the review page say it. */
export const RELATION_LABELS: Record<RelationKind, string> = { translation: 'translation', report: 'independent report', 'near-copy': 'near copy' };

/** How two versions of one story relate (translation, independent report, near copy) and why. */
export interface VersionRelation {
  articleIds: [string, string];
  /** `translation`: one translates the other (or both one original); `report`: written independently; `near-copy`: one language, mostly the same text (republished wire copy). */
  relation: RelationKind;
  reason: string;
  /** The figure the decision rests on: word similarity for same-language pairs, the share of sentences in confident beads for translations. */
  score: number;
}

/** Two articles in one language whose word vectors are this similar are one text republished, not two reports. */
export const NEAR_COPY = 0.8;

export function sameLanguageRelations(list: number[], docs: GroupDocument[], words: WordVectors): VersionRelation[] {
  const out: VersionRelation[] = [];
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const a = list[x]!;
      const b = list[y]!;
      if ((docs[a]!.lang ?? 'und') !== (docs[b]!.lang ?? 'und')) continue;
      const score = wordCosine(words, a, b);
      const relation = score >= NEAR_COPY ? 'near-copy' : 'report';
      out.push({
        articleIds: [docs[a]!.id, docs[b]!.id],
        relation,
        reason: `same language, word similarity ${score.toFixed(2)}: ${relation === 'near-copy' ? 'mostly the same text' : 'written independently'}`,
        score,
      });
    }
  }
  return out;
}

export function sharedUrls(list: number[], canonical: string[][]): string[] {
  const count = new Map<string, number>();
  for (const i of list) for (const u of canonical[i]!) count.set(u, (count.get(u) ?? 0) + 1);
  return [...count].filter(([, c]) => c > 1).map(([u]) => u).sort();
}

/** Keys every article of the group carries (`keyOf`: the keys by id). */
export function sharedKeys(list: number[], docs: GroupDocument[], keyOf: readonly string[]): string[] {
  const [first, ...rest] = list.map((i) => new Set(docs[i]!.keyIds));
  return [...first!].filter((k) => rest.every((s) => s.has(k))).map((k) => keyOf[k]!).sort();
}

const SHOWN = 12;

export function describeJoin(
  article: number, via: number, score: number, canonical: string[][], docs: GroupDocument[],
  words?: WordVectors, keys?: { nodes: KeyNodes; pair: [number, number] },
): GroupJoin {
  const url = canonical[article]!.find((u) => canonical[via]!.includes(u));
  const base = { articleId: docs[article]!.id, joinedWith: docs[via]!.id, score };
  if (url) return { ...base, via: 'url', shared: [url] };
  const [a, b] = keys
    ? [keys.nodes.vectors.named(keys.pair[0], (id) => keys.nodes.keyOf[id]!), keys.nodes.vectors.named(keys.pair[1], (id) => keys.nodes.keyOf[id]!)]
    : [words!.vectors.named(article, words!.wordOf), words!.vectors.named(via, words!.wordOf)];
  const shared = [...a.keys()].filter((k) => b.has(k))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)! || (x < y ? -1 : 1))
    .slice(0, SHOWN);
  return { ...base, via: keys ? 'entities' : 'words', shared };
}
