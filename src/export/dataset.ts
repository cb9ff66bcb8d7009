/**
 * A corpus as a Hugging Face dataset folder: one JSONL file per language pair
 * (`id-vi.jsonl`; comparable pairs, when asked for, in `comparable.id-vi.jsonl`),
 * every row with the same two `translation` keys and a stable `id`, and a
 * dataset card (`README.md`) whose YAML header names each file as a config,
 * so that `load_dataset("json", data_files="id-vi.jsonl")` or the hub's viewer
 * reads one language pair at a time. The card gives row counts, the score
 * distribution and the sites the articles came from; the licence and the
 * sources' terms are fields for the user to fill in, not guessed.
 */
import { VERSION } from '../version.js';
import { canonicalUrl } from '../group/canonical-url.js';
import { checkWriterInput } from './check-input.js';
import { SCORE_BANDS, eachPairRow, languagePair, scoreBand, type CorpusLike, type OutputFile, type PairRow } from './pair-rows.js';
import { jsonlLine, jsonlRowOptions, type JsonlOptions } from './to-jsonl.js';

/** The file of the folder a row goes to. */
function datasetFileOf(r: PairRow): string {
  return `${r.mode === 'comparable' ? 'comparable.' : ''}${languagePair(r.sourceLang, r.targetLang)}.jsonl`;
}

/** A row as the dataset folder holds it: its file and its line, counted on `card`. */
export function datasetLine(card: DatasetCard, r: PairRow): { file: string; text: string } {
  const file = datasetFileOf(r);
  card.add(r, file);
  return { file, text: jsonlLine(r) };
}

interface FileStats {
  mode: PairRow['mode'];
  rows: number;
  bands: number[];
  articles: Set<string>;
}

/** What the card says, gathered row by row as the files are written. */
export class DatasetCard {
  private readonly files = new Map<string, FileStats>();
  private readonly sites = new Map<string, number>();
  private readonly seenArticles = new Set<string>();
  private readonly languages = new Set<string>();

  /** Count `row`, written to `file`. */
  add(row: PairRow, file: string): void {
    let stats = this.files.get(file);
    if (!stats) this.files.set(file, (stats = { mode: row.mode, rows: 0, bands: [0, ...SCORE_BANDS.map(() => 0)], articles: new Set() }));
    stats.rows++;
    this.languages.add(row.sourceLang).add(row.targetLang);
    stats.bands[scoreBand(row.score)]!++;
    for (const [article, url] of [[row.sourceArticle, row.sourceUrl], [row.targetArticle, row.targetUrl]] as const) {
      stats.articles.add(article);
      if (this.seenArticles.has(article)) continue;
      this.seenArticles.add(article);
      const site = siteOf(url);
      this.sites.set(site, (this.sites.get(site) ?? 0) + 1);
    }
  }

  /** The card: YAML for the hub, then the figures. */
  text(): string {
    const names = [...this.files.keys()].sort();
    const languages = [...this.languages].sort();
    const header = [
      '---',
      'license: other # fill in: the licence you may give this text under (the articles\' own terms decide it)',
      'task_categories:',
      '- translation',
      'language:',
      ...languages.map((l) => `- ${l}`),
      'configs:',
      ...names.flatMap((n) => [`- config_name: ${n.replace(/\.jsonl$/u, '')}`, `  data_files: ${n}`]),
      '---',
    ];
    const rows = names.map((n) => {
      const s = this.files.get(n)!;
      return `| \`${n}\` | ${s.mode} | ${s.rows} | ${s.articles.size} | ${s.bands.join(' | ')} |`;
    });
    const sites = [...this.sites].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return `${[
      ...header,
      '',
      '# Parallel sentences from news articles',
      '',
      `Made by [storyalign](https://www.npmjs.com/package/storyalign) ${VERSION}: articles grouped by story, their sentences aligned and scored. One file per language pair; every row has a stable \`id\` (the two articles and their sentences), \`translation\` with the pair's two language tags, \`score\` (0 to 1), \`mode\` and where each side is in its article (\`source\`, \`target\`: which version is the original, its sentences and character offsets).`,
      '',
      'Load one language pair: `datasets.load_dataset("json", data_files="<file>")`, or a config by its name from the hub.',
      '',
      '| file | mode | rows | articles | score < 0.5 | 0.5-0.7 | 0.7-0.9 | >= 0.9 |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      '`translation` rows pair an article with its translation; `comparable` rows pair sentences of two independent reports of one event (they tell the same fact, not word for word).',
      '',
      '## Sources',
      '',
      'Articles by site (from each article\'s own `url`):',
      '',
      ...sites.map(([site, n]) => `- ${site}: ${n}`),
      '',
      '## Licence and terms',
      '',
      'To fill in: the licence of this dataset, the terms of each source above, and who may use it for what.',
      '',
    ].join('\n')}`;
  }
}

/** An article's site: the host of its canonical URL (no `www.`, `m.` or `amp.`). */
function siteOf(url: string): string {
  const canonical = url ? canonicalUrl(url) : undefined;
  return canonical ? new URL(canonical).hostname : 'not given';
}

/**
 * The dataset folder's files for a corpus: one JSONL file per language pair (and mode), then `README.md`.
 *
 * @example
 * for (const file of toJsonlDataset(corpus, { comparable: true })) writeFileSync(file.name, file.text);
 */
export function toJsonlDataset(corpus: CorpusLike, options?: JsonlOptions): OutputFile[] {
  checkWriterInput(corpus, options);
  const card = new DatasetCard();
  const files = new Map<string, string[]>();
  for (const r of eachPairRow(corpus, jsonlRowOptions(options))) {
    const { file, text } = datasetLine(card, r);
    const lines = files.get(file) ?? [];
    lines.push(text);
    files.set(file, lines);
  }
  return [...[...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, lines]) => ({ name, text: lines.join('') })), { name: 'README.md', text: card.text() }];
}
