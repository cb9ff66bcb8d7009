/**
 * The review pages at corpus size: an index of stories (titles, languages, how
 * the versions relate, coverage) and one page per story with more than one
 * version. One page for a whole corpus grows with it (2,000 articles made a
 * 100 MB page that took two minutes to open); the index holds a row per story
 * and each story page only that story's pairs, so both open at once and the
 * score slider acts on one story's rows.
 */
import { RELATION_LABELS } from '../group/evidence.js';
import type { Corpus } from '../corpus.js';
import type { Article } from '../types.js';
import { checkHtmlInput } from './check-input.js';
import type { OutputFile } from './pair-rows.js';
import { alignmentsByStory, corpusSummary, reviewPage, storySection, versionHeading, type HtmlOptions } from './to-html.js';
import { escapeXml as escapeHtml } from './to-tmx.js';

/** The page of a story. */
export function storyPageName(groupId: string): string {
  return `story-${groupId.replace(/[^\w-]/gu, '_')}.html`;
}

/**
 * `index.html` and a page per story of two versions or more, as files to write into one folder.
 *
 * @example
 * for (const page of toHtmlSite(corpus)) writeFileSync(page.name, page.text);
 */
export function toHtmlSite(corpus: Corpus, options: HtmlOptions = {}): OutputFile[] {
  checkHtmlInput(corpus, options);
  const title = options.title ?? 'storyalign review';
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const byStory = alignmentsByStory(corpus);
  const pages: OutputFile[] = [];
  const rows: string[] = [];
  for (const g of corpus.groups) {
    const alignments = byStory.get(g.id) ?? [];
    const versions = g.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const page = versions.length > 1 ? storyPageName(g.id) : undefined;
    if (page) {
      const heading = `${title}: story ${g.id}`;
      const summary = `${versions.length} versions, ${alignments.length} aligned pairs of versions.`;
      pages.push({ name: page, text: reviewPage(heading, summary, storySection(g, alignments, byId), options.minScore ?? 0, 'index.html') });
    }
    const relations = countLabels((g.evidence.relations ?? []).map((r) => RELATION_LABELS[r.relation]));
    const translations = alignments.filter((al) => al.mode === 'translation');
    const coverage = translations.length
      ? `${Math.round((translations.reduce((n, al) => n + al.coverage.ratio.sentences, 0) / translations.length) * 100)}%`
      : '';
    const story = page ? `<a href="${escapeHtml(page)}">${escapeHtml(g.id)}</a>` : escapeHtml(g.id);
    rows.push(`<div class="row"><div>${story}</div><div>${versions.map(versionHeading).join('<br>')}</div><div>${escapeHtml(relations)}</div>`
      + `<div class="num">${alignments.reduce((n, al) => n + al.pairs.length, 0)}</div><div class="num">${coverage}</div></div>`);
  }
  const summary = corpusSummary(corpus);
  const index = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${INDEX_STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(summary)} Stories of one version have no page of their own.
<label>Find <input type="search" id="find" placeholder="title, id or language"></label> <span id="count"></span></p>
<div class="stories" role="table"><div class="row head" role="row"><div>story</div><div>versions (language)</div><div>how they relate</div><div class="num">pairs</div><div class="num">coverage</div></div>
${rows.join('\n')}
</div>
<script>${INDEX_SCRIPT}</script>
</body></html>
`;
  return [{ name: 'index.html', text: index }, ...pages];
}

/** `translation ×2, independent report` */
function countLabels(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([l, n]) => (n > 1 ? `${l} ×${n}` : l)).join(', ');
}

const INDEX_STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em;color:#222}
.row{display:grid;grid-template-columns:6em 1fr 14em 5.5em 5.5em;border-bottom:1px solid #ccc;content-visibility:auto;contain-intrinsic-size:auto 3em}
.row>div{padding:.3em .5em;overflow-wrap:anywhere}.row.head{font-weight:600;border-bottom:2px solid #999;content-visibility:visible}
.num{text-align:end;font-variant-numeric:tabular-nums}.idx{color:#777;font-size:.8em}.row.hidden{display:none}`;

/**
 * Filter the rows as the reader types: a class per row, no layout of hidden
 * rows. Rows are grid rows that the browser lays out only when they come into
 * view (content-visibility), so thousands of stories open at once; nothing is
 * touched at load.
 */
const INDEX_SCRIPT = `const find=document.getElementById('find');const count=document.getElementById('count');
const rows=[...document.querySelectorAll('.row:not(.head)')];let texts;
function apply(){texts??=rows.map((r)=>r.textContent.toLowerCase());const q=find.value.trim().toLowerCase();let shown=0;rows.forEach((r,i)=>{const hide=q!==''&&!texts[i].includes(q);r.classList.toggle('hidden',hide);if(!hide)shown++;});
count.textContent=shown+' of '+rows.length+' stories';}
find.addEventListener('input',apply);count.textContent=rows.length+' of '+rows.length+' stories';`;
