/**
 * Moses format: per language pair, two plain-text files whose line i are
 * translations of each other (`corpus.vi-id.vi`, `corpus.vi-id.id`); pairs
 * mined from independent reports in files of their own (`comparable.vi-id.vi`).
 */
import { eachPairRow, type CorpusLike, type PairRow, type WriterOptions } from './pair-rows.js';
import { checkWriterInput } from './check-input.js';

/** A line pair, or all of a language pair's lines: the text for each of its two files. */
export interface MosesLine {
  sourceLang: string;
  targetLang: string;
  /** Suggested file names, e.g. `corpus.vi-id.vi` and `corpus.vi-id.id`. */
  sourceFile: string;
  targetFile: string;
  /** The text for each file, every line with its line break. */
  source: string;
  target: string;
}

export interface MosesPair extends MosesLine {
  lines: number;
}

/**
 * A corpus's sentence pairs in Moses format: per language pair (and mode), two files whose line i are translations.
 *
 * @param corpus - What buildCorpus returns (its `articles` and `alignments`).
 * @param options - `minScore`, `pairs`, `modes`.
 * @returns One entry per pair of files, with their names, texts and line count.
 * @example
 * toMoses(corpus).map((f) => f.sourceFile); // ['corpus.vi-id.vi', …]
 */
export function toMoses(corpus: CorpusLike, options?: WriterOptions): MosesPair[] {
  const byPair = new Map<string, MosesPair>();
  for (const line of mosesLines(corpus, options)) {
    const pair = byPair.get(line.sourceFile) ?? { ...line, source: '', target: '', lines: 0 };
    pair.source += line.source;
    pair.target += line.target;
    pair.lines++;
    byPair.set(line.sourceFile, pair);
  }
  return [...byPair.values()];
}

/**
 * `toMoses` a line pair at a time, each with the files it goes to: for a writer that appends as it goes (the input is checked before the first).
 *
 * @example
 * for (const line of mosesLines(corpus)) { writeFileSync(line.sourceFile, line.source); writeFileSync(line.targetFile, line.target); }
 */
export function mosesLines(corpus: CorpusLike, options?: WriterOptions): Generator<MosesLine> {
  checkWriterInput(corpus, options);
  return linePairs(corpus, options);
}

function* linePairs(corpus: CorpusLike, options?: WriterOptions): Generator<MosesLine> {
  for (const r of eachPairRow(corpus, options)) yield mosesLine(r);
}

/** One row's line pair and the files it goes to. */
export function mosesLine(r: PairRow): MosesLine {
  const key = `${r.sourceLang}-${r.targetLang}`;
  // Pairs mined from independent reports are not translations: they go to files of their own.
  const stem = r.mode === 'comparable' ? 'comparable' : 'corpus';
  return {
    sourceLang: r.sourceLang,
    targetLang: r.targetLang,
    sourceFile: `${stem}.${key}.${r.sourceLang}`,
    targetFile: `${stem}.${key}.${r.targetLang === r.sourceLang ? `${r.targetLang}_2` : r.targetLang}`,
    source: `${r.source}\n`,
    target: `${r.target}\n`,
  };
}
