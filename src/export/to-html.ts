/**
 * A review report for editors: one self-contained HTML file (no network, no
 * external script or style), each story side by side, rows coloured by score,
 * sentences with no counterpart, repeats, number and name mismatches and
 * untranslated text marked, and a slider that hides pairs below a score.
 */
import { RELATION_LABELS } from '../group/evidence.js';
import { toBcp47 } from '../language/lang-tags.js';
import type { ArticleAlignment, Corpus } from '../corpus.js';
import type { Article, DroppedLine } from '../types.js';
import { VERSION } from '../version.js';
import { escapeXml as escapeHtml } from './to-tmx.js';
import { checkHtmlInput } from './check-input.js';
import { scoreBand } from './pair-rows.js';

/** Options of the review pages: the title and where the score slider starts. */
export interface HtmlOptions {
  /** Page title; default "storyalign review". */
  title?: string;
  /** Where the score slider starts: pairs below it are hidden when the page opens (the reader can lower it); default 0. */
  minScore?: number;
}


/**
 * A pair's colour by score band (the bands of the dataset card): green only
 * from 0.9, pale green from 0.7, amber from 0.5, red below, so that a weak
 * pair never looks like a good one.
 */
export function scoreColour(score: number): string {
  return BAND_COLOURS[scoreBand(score)]!;
}

/** Red, amber, pale green, green: one per band of SCORE_BANDS. */
const BAND_COLOURS = ['#f7d0cc', '#fbe7bd', '#e6f2d9', '#c8e6c0'];

interface Row {
  kind: 'pair' | 'missing' | 'added';
  source: number[];
  target: number[];
  score: number;
}

/** Rows in reading order: beads for a translation; pairs, then what only one side has, for comparable text. */
function rowsOf(al: ArticleAlignment, n: number, m: number): Row[] {
  if (al.mode === 'translation') {
    return al.beads.map((b) => ({
      kind: b.source.length && b.target.length ? 'pair' : b.source.length ? 'missing' : 'added',
      source: b.source, target: b.target, score: b.score,
    }));
  }
  const rows: Row[] = [];
  const bySource = new Map(al.pairs.map((p) => [p.sourceSentences[0]!, p]));
  for (let i = 0; i < n; i++) {
    const p = bySource.get(i);
    if (p) rows.push({ kind: 'pair', source: p.sourceSentences, target: p.targetSentences, score: p.score });
    else rows.push({ kind: 'missing', source: [i], target: [], score: 0 });
  }
  const paired = new Set(al.pairs.flatMap((p) => p.targetSentences));
  for (let j = 0; j < m; j++) if (!paired.has(j)) rows.push({ kind: 'added', source: [], target: [j], score: 0 });
  return rows;
}

function cell(article: Article, indices: number[], marks: string[]): string {
  const lang = toBcp47(article.lang);
  if (indices.length === 0) return `<td class="empty" lang="en">no counterpart</td>`;
  const text = indices.map((i) => escapeHtml(article.sentences[i]!.text)).join(' ');
  const kind = article.sentences[indices[0]!]!.kind;
  const badges = [kind !== 'paragraph' ? kind : '', ...marks].filter(Boolean).map((b) => `<span class="badge">${escapeHtml(b)}</span>`).join('');
  return `<td lang="${escapeHtml(lang)}" dir="auto"><span class="idx">#${indices.join('+')}</span> ${text}${badges}</td>`;
}

function alignmentSection(al: ArticleAlignment, byId: Map<string, Article>): string {
  const src = byId.get(al.source)!;
  const tgt = byId.get(al.target)!;
  const c = al.coverage;
  const duplicateS = new Map(c.duplicates.filter((d) => d.side === 'source').map((d) => [d.index, d.duplicateOf]));
  const duplicateT = new Map(c.duplicates.filter((d) => d.side === 'target').map((d) => [d.index, d.duplicateOf]));
  const numbers = new Map(c.numberMismatches.map((x) => [x.source.join(','), x]));
  const untranslated = new Set(c.untranslated.map((u) => u.index));
  const segmentMarks = new Map<string, string[]>();
  const mark = (source: number[], text: string) => segmentMarks.set(source.join(','), [...(segmentMarks.get(source.join(',')) ?? []), text]);
  for (const x of c.identical) mark(x.source, 'identical to source');
  for (const x of c.urlMismatches) mark(x.source, `URL missing: ${x.missing.join(' ')}`);
  for (const x of c.lengthOutliers) mark(x.source, `length ratio ${x.ratio} (document ${x.expected})`);
  const rows = rowsOf(al, src.sentences.length, tgt.sentences.length).map((r) => {
    const sm: string[] = [];
    const tm: string[] = [];
    for (const i of r.source) if (duplicateS.has(i)) sm.push(`duplicate of #${duplicateS.get(i)}`);
    for (const j of r.target) if (duplicateT.has(j)) tm.push(`duplicate of #${duplicateT.get(j)}`);
    for (const j of r.target) if (untranslated.has(j)) tm.push('untranslated');
    const mismatch = r.kind === 'pair' ? numbers.get(r.source.join(',')) : undefined;
    if (r.kind === 'pair') tm.push(...(segmentMarks.get(r.source.join(',')) ?? []));
    if (mismatch) {
      // The severity leads, so a reviewer sorting the page sees the changed values first.
      const label = mismatch.kind === 'changed' ? 'error: number changed' : 'warning: number on one side only';
      if (mismatch.missing.length) tm.push(`${label}: missing ${mismatch.missing.join(', ')}`);
      if (mismatch.extra.length) tm.push(`${label}: added ${mismatch.extra.join(', ')}`);
    }
    const repeat = r.source.some((i) => duplicateS.has(i)) || r.target.some((j) => duplicateT.has(j));
    const kind = repeat && r.kind !== 'pair' ? 'duplicate' : r.kind;
    const style = r.kind === 'pair' ? ` style="background:${scoreColour(r.score)}"` : '';
    // In comparable mode a sentence without a pair was not left out: it is in one report only.
    const label = r.kind === 'pair' ? r.score.toFixed(2)
      : al.mode === 'comparable' && kind !== 'duplicate' ? `only in ${r.kind === 'missing' ? al.source : al.target}` : kind;
    return `<tr class="row ${kind}${mismatch ? ' mismatch' : ''}" data-score="${r.kind === 'pair' ? r.score : -1}"${style}>`
      + `<td class="score">${label}</td>${cell(src, r.source, sm)}${cell(tgt, r.target, tm)}</tr>`;
  });
  const names = c.nameMismatches.length
    ? `<p class="names">Names not found in the ${escapeHtml(tgt.id)} version: ${c.nameMismatches.map((x) => `<span class="badge">${escapeHtml(x.key.replace(/^[a-z]+:/u, ''))}</span>`).join(' ')}</p>`
    : '';
  const findings = findingsList(c.findings);
  const ratio = al.mode === 'translation'
    ? ` — coverage ${Math.round(c.ratio.sentences * 100)}% of sentences, ${Math.round(c.ratio.characters * 100)}% of characters; ${c.missing.length} missing, ${c.added.length} added, ${c.duplicates.length} duplicates`
    : '';
  return `<section class="alignment" data-mode="${al.mode}">
<h3>${escapeHtml(al.source)} (${escapeHtml(al.sourceLang)}) → ${escapeHtml(al.target)} (${escapeHtml(al.targetLang)}), ${al.mode}</h3>
<p class="why">${escapeHtml(al.modeReason)}${escapeHtml(ratio)}</p>
<table><thead><tr><th>score</th><th>${versionHeading(src)}</th><th>${versionHeading(tgt)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>${names}${findings}
</section>`;
}

/** A version's column heading (and its line in the story index): its title, with its id and language. */
export function versionHeading(a: Article): string {
  const title = a.title ? `${escapeHtml(a.title)} ` : '';
  return `${title}<span class="idx">${escapeHtml(a.id)} · ${escapeHtml(a.lang)}</span>`;
}

/** The report's findings, errors first, each with where it is and its evidence. */
function findingsList(findings: ArticleAlignment['coverage']['findings']): string {
  if (findings.length === 0) return '';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const items = findings.map((f) => `<li class="finding ${f.severity}"><b>${f.severity}</b> ${escapeHtml(f.check)} `
    + `<span class="idx">#${escapeHtml(f.source.join('+') || '-')} → #${escapeHtml(f.target.join('+') || '-')}</span> ${escapeHtml(f.evidence)}</li>`);
  return `<details class="findings"${errors ? ' open' : ''}><summary>${errors} errors, ${findings.length - errors} warnings</summary><ol>
${items.join('\n')}
</ol></details>`;
}

/** How each pair of versions relates, and why: the group's evidence as a table. */
function relationsTable(g: Corpus['groups'][number]): string {
  const relations = g.evidence.relations ?? [];
  if (relations.length === 0) return '';
  const rows = relations.map((r) => `<tr class="relation ${r.relation}"><td>${escapeHtml(r.articleIds[0])}</td><td>${escapeHtml(r.articleIds[1])}</td>`
    + `<td>${escapeHtml(RELATION_LABELS[r.relation])}</td><td>${escapeHtml(r.reason)}</td></tr>`);
  return `<details class="relations"><summary>How the ${g.articleIds.length} versions relate (${relations.length} pairs)</summary>
<table><thead><tr><th>version</th><th>version</th><th>relation</th><th>why</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></details>`;
}

/** What each version's text had that is not in its sentences (boilerplate, or a text with nothing to read), with why: a reviewer checks that no content went. */
const DROP_LABELS: Record<DroppedLine['reason'], string> = {
  'ad-marker': 'ad marker',
  'comment-counter': 'comment counter',
  'source-line': 'source line',
  'no-text': 'no letter or digit',
};

function droppedList(g: Corpus['groups'][number], byId: Map<string, Article>): string {
  const items = g.articleIds.flatMap((id) => (byId.get(id)?.dropped ?? []).map((d) => `<li><span class="idx">${escapeHtml(id)}</span> `
    + `<b>${escapeHtml(DROP_LABELS[d.reason] ?? d.reason)}</b>: ${escapeHtml(d.text)}</li>`));
  if (items.length === 0) return '';
  return `<details class="dropped"><summary>${items.length} line${items.length === 1 ? '' : 's'} left out of the sentences</summary><ul>
${items.join('\n')}
</ul></details>`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:start}
th:first-child,td.score{width:6.5em;text-align:center;font-variant-numeric:tabular-nums}
tr.missing,tr.added,tr.duplicate{background:#eee}tr.missing td.score{color:#b00}tr.added td.score{color:#06c}
tr.duplicate td.score{color:#850}td.empty{color:#888;font-style:italic}.idx{color:#777;font-size:.8em}
.badge{display:inline-block;margin-inline-start:.4em;padding:0 .4em;border-radius:.6em;background:#fff3;border:1px solid #9996;font-size:.8em}
tr.mismatch td.score{outline:2px solid #c60}header{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ccc}
.swatch{display:inline-block;width:1.2em;height:.9em;border:1px solid #9996;vertical-align:middle}.legend{font-size:.9em}.finding.error b{color:#b00}.finding.warning b{color:#850}.hidden{display:none}.why{color:#555;margin:.2em 0}tr.relation.near-copy td:nth-child(3){color:#850;font-weight:600}`;

const SCRIPT = `const slider=document.getElementById('min-score');const out=document.getElementById('min-score-value');
const counter=document.getElementById('shown');const rows=[...document.querySelectorAll('tr.row')];
function apply(){const min=Number(slider.value);out.textContent=min.toFixed(2);let shown=0,pairs=0;
for(const r of rows){const s=Number(r.dataset.score);if(s<0)continue;pairs++;const hide=s<min;r.classList.toggle('hidden',hide);if(!hide)shown++;}
counter.textContent=shown+' of '+pairs+' pairs shown';}
slider.addEventListener('input',apply);apply();`;

/**
 * One self-contained review page for editors: each story, how its versions
 * relate, and each aligned pair side by side with what coverage found.
 *
 * @param corpus - What buildCorpus returns.
 * @param options - `title`; `minScore`, where the score slider starts.
 * @returns The HTML page.
 * @example
 * writeFileSync('review.html', toHtml(corpus));
 */
export function toHtml(corpus: Corpus, options: HtmlOptions = {}): string {
  checkHtmlInput(corpus, options);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const byStory = alignmentsByStory(corpus);
  const stories = corpus.groups.map((g) => storySection(g, byStory.get(g.id) ?? [], byId));
  return reviewPage(options.title ?? 'storyalign review', corpusSummary(corpus), stories.join('\n'), options.minScore ?? 0);
}

/** The line under a page's title: how many articles, stories and aligned pairs of versions. */
export function corpusSummary(corpus: Pick<Corpus, 'articles' | 'groups' | 'alignments'>): string {
  return `${corpus.articles.length} articles, ${corpus.groups.length} stories, ${corpus.alignments.length} aligned pairs of versions.`;
}

/** Each story's alignments, by group id, read in one pass (a story's versions are aligned only with each other). */
export function alignmentsByStory(corpus: Pick<Corpus, 'groups' | 'alignments'>): Map<string, ArticleAlignment[]> {
  const storyOf = new Map<string, string>();
  for (const g of corpus.groups) for (const id of g.articleIds) storyOf.set(id, g.id);
  const out = new Map<string, ArticleAlignment[]>();
  for (const al of corpus.alignments) {
    const story = storyOf.get(al.source);
    if (story === undefined) continue;
    const list = out.get(story);
    if (list) list.push(al);
    else out.set(story, [al]);
  }
  return out;
}

/** One story: its versions, how they relate, what was left out of their sentences, and each aligned pair. */
export function storySection(g: Corpus['groups'][number], alignments: ArticleAlignment[], byId: Map<string, Article>): string {
  const members = g.articleIds.map((id) => `${escapeHtml(id)} (${escapeHtml(byId.get(id)?.lang ?? 'und')})`).join(', ');
  return `<article class="group" id="${escapeHtml(g.id)}"><h2>Story ${escapeHtml(g.id)}: ${members}</h2>
${relationsTable(g)}
${droppedList(g, byId)}
${alignments.length ? alignments.map((al) => alignmentSection(al, byId)).join('\n') : `<p class="why">${g.articleIds.length > 1 ? 'All versions are in one language: they are reports or copies of each other (above), not parallel text.' : 'One version only: nothing to align.'}</p>`}
</article>`;
}

/** What the marks of a page mean. */
const LEGEND = `<details class="legend"><summary>What the colours and marks mean</summary><ul>
<li><span class="swatch" style="background:${scoreColour(0.95)}"></span> score 0.9 or more, <span class="swatch" style="background:${scoreColour(0.8)}"></span> 0.7 to 0.9, <span class="swatch" style="background:${scoreColour(0.6)}"></span> 0.5 to 0.7, <span class="swatch" style="background:${scoreColour(0.2)}"></span> below 0.5: the probability that the pair is right (calibrated: of pairs scored 0.9, about nine in ten are)</li>
<li><b>missing</b> / <b>added</b> (translations): a sentence of the original with no counterpart in the translation, or the other way round; <b>only in …</b> (independent reports): a sentence one report has and the other does not tell</li>
<li><b>duplicate</b>: a sentence that repeats an earlier one of the same version; <b>untranslated</b>: left in the original's language</li>
<li><b>error: number changed</b> / <b>warning: number on one side only</b>, <b>URL missing</b>, <b>length ratio</b>, <b>identical to source</b>: what the coverage check found on that pair</li>
<li>#3, #3+4: the sentence numbers in each version</li>
</ul></details>`;

/** A whole review page around `body`: title, summary, the score slider (starting at `minScore`) and the legend. */
export function reviewPage(title: string, summary: string, body: string, minScore: number, back?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="storyalign ${VERSION}"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header>${back ? `<p><a href="${escapeHtml(back)}">← all stories</a></p>` : ''}<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(summary)}
<label>Hide pairs scoring below <input type="range" id="min-score" min="0" max="1" step="0.01" value="${minScore}"> <output id="min-score-value">${minScore.toFixed(2)}</output></label>
<span id="shown"></span></p>${LEGEND}</header>
${body}
<script>${SCRIPT}</script>
</body></html>
`;
}
