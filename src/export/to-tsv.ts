/** Tab-separated values with a header row; tabs and line breaks inside text become spaces. */
import { eachPairRow, type CorpusLike, type PairRow, type WriterOptions } from './pair-rows.js';

const COLUMNS = [
  'source_lang', 'target_lang', 'source', 'target', 'score', 'mode',
  'source_article', 'target_article', 'source_start', 'source_end', 'target_start', 'target_end',
] as const;

export function toTsv(corpus: CorpusLike, options?: WriterOptions): string {
  return [...tsvChunks(corpus, options)].join('');
}

/** `toTsv` a line at a time, the header first. */
export function* tsvChunks(corpus: CorpusLike, options?: WriterOptions): Generator<string> {
  yield TSV_HEADER;
  for (const r of eachPairRow(corpus, options)) yield tsvLine(r);
}

export const TSV_HEADER = `${COLUMNS.join('\t')}\n`;

/** One row's line. */
export function tsvLine(r: PairRow): string {
  return `${[
    r.sourceLang, r.targetLang, r.source, r.target, r.score, r.mode,
    r.sourceArticle, r.targetArticle, r.sourceStart, r.sourceEnd, r.targetStart, r.targetEnd,
  ].map((v) => String(v).replace(/\t/gu, ' ')).join('\t')}\n`;
}
