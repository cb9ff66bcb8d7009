/**
 * Tab-separated values with a header row, quoted as Python's `csv` module and
 * pandas read them (a cell holding a double quote is put in double quotes, its
 * quotes doubled), so that `"We will win," said …` comes back as written; tabs
 * and line breaks inside text become spaces, and a text, id or URL cell a
 * spreadsheet would run as a formula (starting with =, +, -, @) gets a leading
 * apostrophe (the usual CSV-injection rule; JSONL and Moses keep the text as written).
 */
import { eachPairRow, type CorpusLike, type PairRow, type WriterOptions } from './pair-rows.js';
import { checkWriterInput } from './check-input.js';

const COLUMNS = [
  'source_lang', 'target_lang', 'source', 'target', 'score', 'mode',
  'source_article', 'target_article', 'source_start', 'source_end', 'target_start', 'target_end',
  'source_url', 'target_url',
] as const;

/**
 * A corpus's sentence pairs as tab-separated values with a header row, quoted as Python's csv reads them.
 *
 * @param corpus - What buildCorpus returns (its `articles` and `alignments`).
 * @param options - `minScore`, `pairs`, `modes`.
 * @returns The header and one row a pair.
 * @example
 * toTsv(corpus).split('\n')[0]; // 'source_lang\ttarget_lang\tsource\t…'
 */
export function toTsv(corpus: CorpusLike, options?: WriterOptions): string {
  return [...tsvChunks(corpus, options)].join('');
}

/**
 * `toTsv` a line at a time, the header first (the input is checked before it).
 *
 * @example
 * for (const line of tsvChunks(corpus)) process.stdout.write(line);
 */
export function tsvChunks(corpus: CorpusLike, options?: WriterOptions): Generator<string> {
  checkWriterInput(corpus, options);
  return lines(corpus, options);
}

function* lines(corpus: CorpusLike, options?: WriterOptions): Generator<string> {
  yield TSV_HEADER;
  for (const r of eachPairRow(corpus, options)) yield tsvLine(r);
}

export const TSV_HEADER = `${COLUMNS.join('\t')}\n`;

/** One row's line. */
export function tsvLine(r: PairRow): string {
  return `${[
    r.sourceLang, r.targetLang, textCell(r.source), textCell(r.target), r.score, r.mode,
    textCell(r.sourceArticle), textCell(r.targetArticle), r.sourceStart, r.sourceEnd, r.targetStart, r.targetEnd,
    textCell(r.sourceUrl), textCell(r.targetUrl),
  ].join('\t')}\n`;
}

/** A cell of text: made inert for spreadsheets, then quoted when it holds a quote. */
function textCell(cell: string): string {
  const inert = /^[=+\-@]/u.test(cell) ? `'${cell}` : cell;
  return inert.includes('"') ? `"${inert.replace(/"/gu, '""')}"` : inert;
}
