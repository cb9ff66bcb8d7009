/**
 * Tab-separated values with a header row; tabs and line breaks inside text
 * become spaces, and a text or id cell a spreadsheet would run as a formula
 * (starting with =, +, -, @) gets a leading apostrophe (the usual CSV-injection rule:
 * a spreadsheet shows the text, and JSONL and Moses keep it exactly as written).
 */
import { eachPairRow, type CorpusLike, type PairRow, type WriterOptions } from './pair-rows.js';
import { checkWriterInput } from './check-input.js';

const COLUMNS = [
  'source_lang', 'target_lang', 'source', 'target', 'score', 'mode',
  'source_article', 'target_article', 'source_start', 'source_end', 'target_start', 'target_end',
] as const;

export function toTsv(corpus: CorpusLike, options?: WriterOptions): string {
  return [...tsvChunks(corpus, options)].join('');
}

/** `toTsv` a line at a time, the header first (the input is checked before it). */
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
    r.sourceLang, r.targetLang, inert(r.source), inert(r.target), r.score, r.mode,
    inert(r.sourceArticle), inert(r.targetArticle), r.sourceStart, r.sourceEnd, r.targetStart, r.targetEnd,
  ].join('\t')}\n`;
}

/** A cell a spreadsheet would read as a formula, made text. */
function inert(cell: string): string {
  return /^[=+\-@]/u.test(cell) ? `'${cell}` : cell;
}
