/**
 * JSON Lines in the Hugging Face `translation` shape, one aligned pair a line:
 * `{"id": "…", "translation": {"id": "…", "vi": "…"}, "score": 0.83, …}`,
 * loadable with `datasets.load_dataset("json", …)`. The two keys of
 * `translation` are the pair's language tags in alphabetical order whichever
 * version is the original (`source` says which), so that every row of one
 * language pair has the same keys. Translation pairs only unless `comparable`
 * is asked for (pairs mined from independent reports are not translations).
 */
import { eachPairRow, languagePair, type CorpusLike, type PairRow, type WriterOptions } from './pair-rows.js';
import { checkWriterInput } from './check-input.js';

/** Options of the JSONL writers: the row filters, and whether comparable pairs are written too. */
export interface JsonlOptions extends WriterOptions {
  /** Also write the pairs mined from independent reports (`"mode": "comparable"`); default false. */
  comparable?: boolean;
}

/**
 * A corpus's sentence pairs as JSON Lines in the Hugging Face `translation` shape.
 *
 * @param corpus - What buildCorpus returns (its `articles` and `alignments`).
 * @param options - `minScore`, `pairs`, `modes`, `comparable` (default: translation pairs only).
 * @returns One line a pair.
 * @example
 * toJsonl(corpus, { minScore: 0.5 }).split('\n')[0];
 */
export function toJsonl(corpus: CorpusLike, options?: JsonlOptions): string {
  return [...jsonlChunks(corpus, options)].join('');
}

/**
 * `toJsonl` a line at a time: what a caller writes to a file or stream as it goes (the input is checked before the first).
 *
 * @example
 * for (const line of jsonlChunks(corpus, { minScore: 0.5 })) process.stdout.write(line);
 */
export function jsonlChunks(corpus: CorpusLike, options?: JsonlOptions): Generator<string> {
  checkWriterInput(corpus, options);
  return lines(corpus, jsonlRowOptions(options));
}

/** The row options JSONL writes with: translation pairs only unless comparable ones are asked for. */
export function jsonlRowOptions(options: JsonlOptions = {}): WriterOptions {
  return { ...options, modes: options.modes ?? (options.comparable ? ['translation', 'comparable'] : ['translation']) };
}

function* lines(corpus: CorpusLike, options: WriterOptions): Generator<string> {
  for (const r of eachPairRow(corpus, options)) yield jsonlLine(r);
}

/** One row's line. */
export function jsonlLine(r: PairRow): string {
  const [a, b] = languagePair(r.sourceLang, r.targetLang).split('-') as [string, string];
  // Two versions in one language would collide on one key: the target's gets a suffix.
  const translation = a === b ? { [a]: r.source, [`${a}_2`]: r.target }
    : a === r.sourceLang ? { [a]: r.source, [b]: r.target } : { [a]: r.target, [b]: r.source };
  return `${JSON.stringify({
    id: r.id,
    translation,
    score: r.score,
    mode: r.mode,
    source: { lang: r.sourceLang, article: r.sourceArticle, sentences: r.sourceSentences, start: r.sourceStart, end: r.sourceEnd },
    target: { lang: r.targetLang, article: r.targetArticle, sentences: r.targetSentences, start: r.targetStart, end: r.targetEnd },
  })}\n`;
}
