/** Human-readable views of a corpus: the stderr summary and the `text` format. */
import { RELATION_LABELS } from '../group/evidence.js';
import type { ArticleAlignment, Corpus } from '../corpus.js';
import type { Article } from '../types.js';

/** Up to this many articles the summary lists every article, group and pair; above it, it counts them. */
const LISTED_ARTICLES = 50;

/**
 * What the summary reads of an alignment: its articles, languages, mode and
 * reason, and counts; a streamed run keeps only this much of each alignment.
 */
export interface SummaryAlignment extends Pick<ArticleAlignment, 'source' | 'target' | 'sourceLang' | 'targetLang' | 'mode' | 'modeReason'> {
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

/** What the summary reads of an article: a run that closes stories as it goes keeps only this much of each. */
export interface SummaryArticle extends Pick<Article, 'id' | 'lang' | 'langConfidence'> {
  sentenceCount: number;
  droppedCount: number;
}

/** An article as the summary keeps it. */
export function toSummaryArticle(a: Article): SummaryArticle {
  return { id: a.id, lang: a.lang, langConfidence: a.langConfidence, sentenceCount: a.sentences.length, droppedCount: a.dropped.length };
}

/** What the summary reads of a corpus. */
export interface SummaryView extends Pick<Corpus, 'groups' | 'setAside'> {
  articles: SummaryArticle[];
  alignments: SummaryAlignment[];
}

/** An alignment as the summary keeps it. */
export function toSummaryAlignment(al: ArticleAlignment): SummaryAlignment {
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

/** The summary on stderr: every article, group and pair up to LISTED_ARTICLES articles, counts above. */
export function summarise(corpus: SummaryView): string {
  if (corpus.articles.length > LISTED_ARTICLES) return summariseLarge(corpus);
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
  lines.push(...setAsideLines(corpus));
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
function setAsideLines({ setAside }: Pick<SummaryView, 'setAside'>): string[] {
  if (setAside.length === 0) return [];
  const lines = ['', `Set aside (in the output as "und", not aligned): ${setAside.length} article${setAside.length === 1 ? '' : 's'}`];
  for (const a of setAside.slice(0, LISTED_SET_ASIDE)) lines.push(`  ${a.id} (input #${a.index}): ${a.reason}`);
  if (setAside.length > LISTED_SET_ASIDE) lines.push(`  … and ${setAside.length - LISTED_SET_ASIDE} more (all in --format json, "setAside")`);
  return lines;
}

/**
 * A corpus too large to list on a terminal, counted: languages, group sizes and
 * how their members joined, alignments by mode and language pair, and what the
 * coverage reports found. The details are in the output (--format text, json).
 */
function summariseLarge(corpus: SummaryView): string {
  const count = <T>(items: T[], key: (x: T) => string) => {
    const out = new Map<string, number>();
    for (const x of items) out.set(key(x), (out.get(key(x)) ?? 0) + 1);
    return [...out].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const list = (counts: [string, number][], limit = 12) => {
    const shown = counts.slice(0, limit).map(([k, n]) => `${k} ${n}`);
    return counts.length > limit ? `${shown.join(', ')}, ${counts.length - limit} more` : shown.join(', ');
  };
  const sizes = count(corpus.groups, (g) => (g.articleIds.length === 1 ? '1 article' : g.articleIds.length <= 3 ? '2-3 articles' : '4 or more'));
  const joins = count(corpus.groups.flatMap((g) => g.evidence.joins), (j) => ({ url: 'source URL', words: 'shared words', alignment: 'alignment' } as Record<string, string>)[j.via] ?? 'names and numbers');
  const translations = corpus.alignments.filter((al) => al.mode === 'translation');
  const sum = (f: (c: SummaryAlignment['coverage']) => number) => translations.reduce((n, al) => n + f(al.coverage), 0);
  const dropped = corpus.articles.reduce((n, a) => n + a.droppedCount, 0);
  const sentences = translations.reduce((n, al) => n + al.coverage.ratio.sentences, 0);
  const lines = [
    `storyalign: ${corpus.articles.length} articles, ${corpus.groups.length} story groups, ${corpus.alignments.length} aligned pairs of articles`,
    '',
    `Languages: ${list(count(corpus.articles, (a) => a.lang))}${dropped ? `; ${dropped} boilerplate lines dropped` : ''}`,
    `Story groups: ${list(sizes)}; joined by ${list(joins) || 'nothing'}`,
    `Alignments: ${list(count(corpus.alignments, (al) => al.mode))}; by language pair ${list(count(corpus.alignments, (al) => `${al.sourceLang}-${al.targetLang}`))}`,
  ];
  if (translations.length) {
    lines.push(`Coverage of the ${translations.length} translations: ${Math.round((sentences / translations.length) * 100)}% of sentences on average; `
      + `${sum((c) => c.missing)} missing, ${sum((c) => c.added)} added, ${sum((c) => c.duplicates)} duplicates, `
      + `${sum((c) => c.changedNumbers)} changed numbers, ${sum((c) => c.nameMismatches)} names not found`);
  }
  lines.push(...setAsideLines(corpus));
  lines.push('', 'Every article, group and pair with its evidence: --format text or json.');
  return `${lines.join('\n')}\n`;
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
