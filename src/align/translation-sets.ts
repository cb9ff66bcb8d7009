/**
 * The versions placing moves, as sets: each group's versions that translate
 * one another, which move together, with their languages as bits; and every
 * version numbered, with the set it is in and its time, for the candidate
 * scan that asks them of hundreds of versions per stray.
 */
import type { Article } from '../types.js';
import { DAY_MS, publishedTime } from '../article/published-time.js';
import type { Alignment } from './align-pair.js';
import { LanguageSets } from '../language/language-sets.js';

/** Versions of one group that translate one another: they move together. */
export interface TranslationSet {
  members: Article[];
  group: number;
  langs: Set<string>;
  /** Its number in the `LanguageSets` that holds its languages as bits, asked of every candidate. */
  slot: number;
  /** Another set joined this one: it stays where it is. */
  settled: boolean;
}

/** Each group's versions split into the sets that translation alignments join, smallest sets first. */
export function translationSets(members: Article[][], alignments: Alignment[]): { sets: TranslationSet[]; languages: LanguageSets } {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const list of members) for (const a of list) parent.set(a.id, a.id);
  for (const al of alignments) if (al.mode === 'translation' && parent.has(al.source) && parent.has(al.target)) parent.set(find(al.source), find(al.target));
  const sets: TranslationSet[] = [];
  members.forEach((list, group) => {
    const byRoot = new Map<string, Article[]>();
    for (const a of list) {
      const root = find(a.id);
      const set = byRoot.get(root);
      if (set) set.push(a);
      else byRoot.set(root, [a]);
    }
    for (const set of byRoot.values()) sets.push({ members: set, group, langs: new Set(set.map((a) => a.lang)), slot: -1, settled: false });
  });
  sets.sort((x, y) => x.members.length - y.members.length || x.group - y.group);
  const languages = new LanguageSets(members.flatMap((list) => list.map((a) => a.lang)), sets.length);
  sets.forEach((set, k) => {
    set.slot = k;
    for (const l of set.langs) languages.add(k, l);
  });
  return { sets, languages };
}

/** Set `from` joins `set`, which stays where it is from now on. */
export function absorb(set: TranslationSet, from: TranslationSet, languages: LanguageSets): void {
  set.members.push(...from.members);
  for (const l of from.langs) set.langs.add(l);
  languages.join(set.slot, from.slot);
  set.settled = true;
}

/**
 * The input's versions by number (their place in `articles`, as
 * StrayCandidates numbers them), with what every candidate is asked: its
 * set, as placements move it, and its publication time.
 */
export class Versions {
  readonly setAt: TranslationSet[];
  readonly timeAt: Float64Array;
  readonly windowMs: number;
  private readonly index: Map<string, number>;

  /** Every article is a member of one of `sets`. */
  constructor(readonly articles: Article[], sets: readonly TranslationSet[], windowDays: number) {
    this.index = new Map(articles.map((a, i) => [a.id, i]));
    this.setAt = new Array<TranslationSet>(articles.length);
    for (const set of sets) for (const a of set.members) this.setAt[this.indexOf(a.id)] = set;
    this.timeAt = Float64Array.from(articles, (a) => publishedTime(a.publishedAt));
    this.windowMs = windowDays * DAY_MS;
  }

  indexOf(id: string): number {
    return this.index.get(id)!;
  }

  /** The set the version with this id is in now. */
  setOf(id: string): TranslationSet {
    return this.setAt[this.indexOf(id)]!;
  }

  moveTo(article: Article, set: TranslationSet): void {
    this.setAt[this.indexOf(article.id)] = set;
  }
}
