/**
 * Groups after alignment placed some versions elsewhere (see the align
 * stage's `placeStrays`): each moved article leaves its group, with every
 * join and relation that named it, and joins the story it translates, with the
 * alignment as its evidence. A group left empty is gone.
 */
import type { ArticlePlacement } from '../types.js';
import type { StoryGroup } from './group-stories.js';

export function placeArticles(groups: StoryGroup[], placements: ArticlePlacement[], keysOf: (id: string) => string[]): StoryGroup[] {
  if (placements.length === 0) return groups;
  const leaving = new Map<string, Set<string>>();
  const arriving = new Map<string, ArticlePlacement[]>();
  for (const p of placements) {
    leaving.set(p.from, (leaving.get(p.from) ?? new Set()).add(p.articleId));
    arriving.set(p.to, [...(arriving.get(p.to) ?? []), p]);
  }
  return groups.flatMap((g): StoryGroup[] => {
    const gone = leaving.get(g.id) ?? new Set<string>();
    const come = arriving.get(g.id) ?? [];
    if (gone.size === 0 && come.length === 0) return [g];
    const articleIds = [...g.articleIds.filter((id) => !gone.has(id)), ...come.map((p) => p.articleId)];
    if (articleIds.length === 0) return [];
    const names = (ids: string[]) => ids.some((id) => gone.has(id));
    return [{
      ...g,
      articleIds,
      evidence: {
        ...g.evidence,
        sharedKeys: articleIds.length > 1 ? commonKeys(articleIds, keysOf) : [],
        joins: [
          ...g.evidence.joins.filter((j) => !names([j.articleId, j.joinedWith])),
          ...come.map((p) => ({ articleId: p.articleId, joinedWith: p.joinedWith, via: 'alignment' as const, score: p.score, shared: [p.reason] })),
        ],
        relations: g.evidence.relations.filter((r) => !names(r.articleIds)),
      },
    }];
  });
}

function commonKeys(ids: string[], keysOf: (id: string) => string[]): string[] {
  const [first, ...rest] = ids.map((id) => new Set(keysOf(id)));
  return [...first!].filter((k) => rest.every((s) => s.has(k))).sort();
}
