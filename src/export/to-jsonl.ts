/**
 * JSON Lines in the Hugging Face `translation` shape, one aligned pair a line:
 * `{"translation": {"vi": "…", "id": "…"}, "score": 0.83, …}`, loadable with
 * `datasets.load_dataset("json", …)`.
 */
import { eachPairRow, type CorpusLike, type PairRow, type WriterOptions } from './pair-rows.js';
import { checkWriterInput } from './check-input.js';

export function toJsonl(corpus: CorpusLike, options?: WriterOptions): string {
  return [...jsonlChunks(corpus, options)].join('');
}

/** `toJsonl` a line at a time: what a caller writes to a file or stream as it goes (the input is checked before the first). */
export function jsonlChunks(corpus: CorpusLike, options?: WriterOptions): Generator<string> {
  checkWriterInput(corpus, options);
  return lines(corpus, options);
}

function* lines(corpus: CorpusLike, options?: WriterOptions): Generator<string> {
  for (const r of eachPairRow(corpus, options)) yield jsonlLine(r);
}

/** One row's line. */
export function jsonlLine(r: PairRow): string {
  // Two versions in one language would collide on one key; the target's gets a suffix.
  const targetKey = r.targetLang === r.sourceLang ? `${r.targetLang}_2` : r.targetLang;
  return `${JSON.stringify({
    id: r.id,
    translation: { [r.sourceLang]: r.source, [targetKey]: r.target },
    score: r.score,
    mode: r.mode,
    source: { article: r.sourceArticle, sentences: r.sourceSentences, start: r.sourceStart, end: r.sourceEnd },
    target: { article: r.targetArticle, sentences: r.targetSentences, start: r.targetStart, end: r.targetEnd },
  })}\n`;
}
