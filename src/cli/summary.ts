/** Human-readable views of a corpus: the stderr summary and the `text` format. */
import { RELATION_LABELS } from '../group/evidence.js';
import type { ArticleAlignment, Corpus, SetAsideArticle } from '../corpus.js';
import type { StoryGroup } from '../group/group-stories.js';
import type { Article } from '../types.js';

/** Up to this many articles the summary lists every article, group and pair; above it, it counts them. */
const LISTED_ARTICLES = 50;

/**
 * What the summary reads of an alignment: its articles, languages, mode and
 * reason, and counts; a streamed run keeps only this much of each alignment.
 */
interface SummaryAlignment extends Pick<ArticleAlignment, 'source' | 'target' | 'sourceLang' | 'targetLang' | 'mode' | 'modeReason'> {
  pairCount: number;
  coverage: {
    ratio: ArticleAlignment['coverage']['ratio'];
    missing: number;
    added: number;
    duplicates: number;
    numberMismatches: number;
    changedNumbers: number;
    nameMismatches: number;
  };
}

/** What the summary lists of an article. */
interface SummaryArticle extends Pick<Article, 'id' | 'lang' | 'langConfidence'> {
  sentenceCount: number;
  droppedCount: number;
}

/** What the summary lists of a small corpus. */
interface SummaryView extends Pick<Corpus, 'groups'> {
  articles: SummaryArticle[];
  alignments: SummaryAlignment[];
}

/** An alignment as the summary keeps it. */
function toSummaryAlignment(al: ArticleAlignment): SummaryAlignment {
  const c = al.coverage;
  return {
    source: al.source, target: al.target, sourceLang: al.sourceLang, targetLang: al.targetLang, mode: al.mode, modeReason: al.modeReason,
    pairCount: al.pairs.length,
    coverage: {
      ratio: c.ratio,
      missing: c.missing.length,
      added: c.added.length,
      duplicates: c.duplicates.length,
      numberMismatches: c.numberMismatches.length,
      changedNumbers: c.numberMismatches.filter((m) => m.kind === 'changed').length,
      nameMismatches: c.nameMismatches.length,
    },
  };
}

/** Counts by key, most first (ties by key). */
class Counts extends Map<string, number> {
  add(key: string, n = 1): void {
    this.set(key, (this.get(key) ?? 0) + n);
  }

  sorted(): [string, number][] {
    return [...this].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }
}

/**
 * The summary on stderr, built as the corpus comes (all at once, or a segment
 * of stories at a time): every article, group and pair while there are at most
 * LISTED_ARTICLES articles, counts above, so that a run of millions of
 * articles keeps counts, not lists.
 */
export class SummaryTally {
  private listed: SummaryView | undefined = { articles: [], groups: [], alignments: [] };
  private articleCount = 0;
  private groupCount = 0;
  private alignmentCount = 0;
  private dropped = 0;
  private readonly langs = new Counts();
  private readonly sizes = new Counts();
  private readonly joins = new Counts();
  private readonly modes = new Counts();
  private readonly langPairs = new Counts();
  private readonly coverage = { translations: 0, sentences: 0, missing: 0, added: 0, duplicates: 0, changedNumbers: 0, nameMismatches: 0 };
  /** The first articles set aside (those the summary names) and how many there are. */
  private readonly setAside: SetAsideArticle[] = [];
  private setAsideCount = 0;

  /** Articles, their groups and those set aside: the whole corpus, or the stories of one segment. */
  addStories({ articles, groups, setAside }: Pick<Corpus, 'articles' | 'groups' | 'setAside'>): void {
    this.addArticles(articles);
    this.addGroups(groups);
    this.addSetAside(setAside);
  }

  private addArticles(articles: Article[]): void {
    for (const a of articles) {
      this.articleCount++;
      this.dropped += a.dropped.length;
      this.langs.add(a.lang);
      this.listed?.articles.push({ id: a.id, lang: a.lang, langConfidence: a.langConfidence, sentenceCount: a.sentences.length, droppedCount: a.dropped.length });
    }
    if (this.articleCount > LISTED_ARTICLES) this.listed = undefined;
  }

  private addGroups(groups: StoryGroup[]): void {
    for (const g of groups) {
      this.groupCount++;
      this.sizes.add(g.articleIds.length === 1 ? '1 article' : g.articleIds.length <= 3 ? '2-3 articles' : '4 or more');
      for (const j of g.evidence.joins) this.joins.add(({ url: 'source URL', words: 'shared words', alignment: 'alignment' } as Record<string, string>)[j.via] ?? 'names and numbers');
      this.listed?.groups.push(g);
    }
  }

  private addSetAside(setAside: SetAsideArticle[]): void {
    this.setAsideCount += setAside.length;
    for (const a of setAside) {
      if (this.setAside.length < LISTED_SET_ASIDE) this.setAside.push(a);
    }
  }

  addAlignment(alignment: ArticleAlignment): void {
    const al = toSummaryAlignment(alignment);
    this.alignmentCount++;
    this.modes.add(al.mode);
    this.langPairs.add(`${al.sourceLang}-${al.targetLang}`);
    if (al.mode === 'translation') {
      const c = this.coverage;
      c.translations++;
      c.sentences += al.coverage.ratio.sentences;
      c.missing += al.coverage.missing;
      c.added += al.coverage.added;
      c.duplicates += al.coverage.duplicates;
      c.changedNumbers += al.coverage.changedNumbers;
      c.nameMismatches += al.coverage.nameMismatches;
    }
    this.listed?.alignments.push(al);
  }

  /** The summary of everything added. */
  text(): string {
    const setAside = { list: this.setAside, count: this.setAsideCount };
    return this.listed ? listAll(this.listed, setAside) : this.counted(setAside);
  }

  /**
   * A corpus too large to list on a terminal, counted: languages, group sizes and
   * how their members joined, alignments by mode and language pair, and what the
   * coverage reports found. The details are in the output (--format text, json).
   */
  private counted(setAside: SetAsideList): string {
    const list = (counts: Counts, limit = 12) => {
      const all = counts.sorted();
      const shown = all.slice(0, limit).map(([k, n]) => `${k} ${n}`);
      return all.length > limit ? `${shown.join(', ')}, ${all.length - limit} more` : shown.join(', ');
    };
    const c = this.coverage;
    const lines = [
      `storyalign: ${this.articleCount} articles, ${this.groupCount} story groups, ${this.alignmentCount} aligned pairs of articles`,
      '',
      `Languages: ${list(this.langs)}${this.dropped ? `; ${this.dropped} boilerplate lines dropped` : ''}`,
      `Story groups: ${list(this.sizes)}; joined by ${list(this.joins) || 'nothing'}`,
      `Alignments: ${list(this.modes)}; by language pair ${list(this.langPairs)}`,
    ];
    if (c.translations) {
      lines.push(`Coverage of the ${c.translations} translations: ${Math.round((c.sentences / c.translations) * 100)}% of sentences on average; `
        + `${c.missing} missing, ${c.added} added, ${c.duplicates} duplicates, `
        + `${c.changedNumbers} changed numbers, ${c.nameMismatches} names not found`);
    }
    lines.push(...setAsideLines(setAside));
    lines.push('', 'Every article, group and pair with its evidence: --format text or json.');
    return `${lines.join('\n')}\n`;
  }
}

/** The articles set aside that the summary names, and how many there are. */
interface SetAsideList {
  list: SetAsideArticle[];
  count: number;
}

/** Every article, group and pair of a small corpus. */
function listAll(corpus: SummaryView, setAside: SetAsideList): string {
  const lines = [`storyalign: ${corpus.articles.length} articles, ${corpus.groups.length} story groups, ${corpus.alignments.length} aligned pairs of articles`, '', 'Languages:'];
  for (const a of corpus.articles) {
    const dropped = a.droppedCount ? `, ${a.droppedCount} boilerplate lines dropped` : '';
    lines.push(`  ${a.id}  ${a.lang} (confidence ${a.langConfidence})  ${a.sentenceCount} sentences${dropped}`);
  }
  lines.push('', 'Story groups:');
  for (const g of corpus.groups) {
    lines.push(`  ${g.id}: ${g.articleIds.join(', ')}`);
    for (const j of g.evidence.joins) {
      const why = j.via === 'url' ? `the same source ${j.shared[0]}`
        : j.via === 'words' ? `shared words (similarity ${j.score}): ${j.shared.slice(0, 8).join(', ')}`
        : j.via === 'alignment' ? `alignment (${j.shared[0]})`
        : `shared names and numbers (similarity ${j.score}): ${j.shared.slice(0, 8).join(', ')}`;
      lines.push(`      ${j.articleId} joined ${j.joinedWith} by ${why}`);
    }
    for (const r of g.evidence.relations) {
      lines.push(`      ${r.articleIds[0]} ~ ${r.articleIds[1]}: ${RELATION_LABELS[r.relation]} (${r.reason})`);
    }
  }
  lines.push(...setAsideLines(setAside));
  lines.push('', 'Alignments:');
  for (const al of corpus.alignments) {
    const c = al.coverage;
    lines.push(`  ${al.source} (${al.sourceLang}) -> ${al.target} (${al.targetLang}): ${al.mode}, ${al.pairCount} pairs; ${al.modeReason}`);
    if (al.mode === 'translation') {
      lines.push(`      coverage ${Math.round(c.ratio.sentences * 100)}% of sentences, ${Math.round(c.ratio.characters * 100)}% of characters; ${c.missing} missing, ${c.added} added, ${c.duplicates} duplicates, ${c.numberMismatches} number and ${c.nameMismatches} name mismatches`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Up to this many set-aside articles are named; above it, the first ones and a count. */
const LISTED_SET_ASIDE = 20;

/** The articles set aside, by id with the reason: each is in the output as `und`, with no sentences. */
function setAsideLines({ list, count }: SetAsideList): string[] {
  if (count === 0) return [];
  const lines = ['', `Set aside (in the output as "und", not aligned): ${count} article${count === 1 ? '' : 's'}`];
  for (const a of list) lines.push(`  ${a.id} (input #${a.index}): ${a.reason}`);
  if (count > list.length) lines.push(`  … and ${count - list.length} more (all in --format json, "setAside")`);
  return lines;
}

/** Every alignment with its pairs side by side and what has no counterpart. */
export function toText(corpus: Corpus): string {
  const out: string[] = [];
  for (const al of corpus.alignments) {
    out.push(`=== ${al.source} (${al.sourceLang}) -> ${al.target} (${al.targetLang}): ${al.mode} ===`);
    for (const p of al.pairs) {
      out.push(`[${p.score.toFixed(2)}] ${p.source}`, `       ${p.target}`, '');
    }
    const c = al.coverage;
    const list = (label: string, items: { index: number; text: string; kind: string }[]) => {
      for (const s of items) out.push(`  ${label} #${s.index} (${s.kind}): ${s.text}`);
    };
    if (al.mode === 'translation') {
      // Errors first, each with where it is and why: what a reviewer works through.
      const at = (f: { source: number[]; target: number[] }) => `#${f.source.join('+') || '-'} -> #${f.target.join('+') || '-'}`;
      for (const f of c.findings) out.push(`  ${f.severity} ${f.check} ${at(f)}: ${f.evidence}`);
    } else {
      list('only in source', c.missing);
      list('only in target', c.added);
      for (const d of c.duplicates) out.push(`  duplicate in ${d.side === 'source' ? al.source : al.target} #${d.index} repeats #${d.duplicateOf}: ${d.text}`);
    }
    out.push('');
  }
  for (const a of corpus.setAside) out.push(`=== ${a.id}: set aside, ${a.reason} ===`, '');
  // What no sentence holds, so that a reader can check that no content went with the boilerplate.
  const dropped = corpus.articles.filter((a) => a.dropped.length > 0);
  if (dropped.length) out.push('=== lines left out of the sentences ===');
  for (const a of dropped) for (const d of a.dropped) out.push(`  ${a.id} ${d.reason}: ${d.text}`);
  return `${out.join('\n')}\n`;
}
