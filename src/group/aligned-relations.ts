/**
 * How the versions of a story relate once they are aligned: `buildCorpus`
 * adds every cross-language pair of a group (a translation, or an
 * independent report) to the group's evidence, from its alignment.
 */
import type { ArticleAlignment } from '../corpus.js';
import type { StoryGroup } from './group-stories.js';
import type { Article } from '../types.js';

/** How the two versions of an alignment relate, as its group's evidence says it. */
export interface AlignedRelation {
  source: string;
  relation: StoryGroup['evidence']['relations'][number];
}

/**
 * Every cross-language pair of a group relates as its alignment found: a
 * translation, or a report written independently (mined as comparable text).
 */
export function alignedRelation({ alignment: al, source, target }: { alignment: ArticleAlignment; source: Article; target: Article }): AlignedRelation {
  const paired = al.beads.reduce((n, b) => n + (b.source.length && b.target.length ? b.source.length + b.target.length : 0), 0);
  const total = Math.max(1, source.sentences.length + target.sentences.length);
  return {
    source: al.source,
    relation: {
      articleIds: [al.source, al.target],
      relation: al.mode === 'translation' ? 'translation' : 'report',
      reason: al.modeReason,
      // The share of both articles' sentences that are paired.
      score: Math.round((paired / total) * 1000) / 1000,
    },
  };
}

/** The groups with each alignment's relation added to its group's evidence. */
export function withAlignedRelations(groups: StoryGroup[], relations: AlignedRelation[]): StoryGroup[] {
  const groupOf = new Map<string, StoryGroup>();
  for (const g of groups) for (const id of g.articleIds) groupOf.set(id, g);
  const added = new Map<StoryGroup, StoryGroup['evidence']['relations']>();
  for (const { source, relation } of relations) {
    const g = groupOf.get(source);
    if (!g) continue;
    const list = added.get(g) ?? [];
    list.push(relation);
    added.set(g, list);
  }
  return groups.map((g) => (added.has(g) ? { ...g, evidence: { ...g.evidence, relations: [...g.evidence.relations, ...added.get(g)!] } } : g));
}
