/**
 * Moses format: per language pair, two plain-text files whose line i are
 * translations of each other (`corpus.vi-id.vi`, `corpus.vi-id.id`).
 */
import { eachPairRow, type CorpusLike, type WriterOptions } from './pair-rows.js';

export interface MosesPair {
  sourceLang: string;
  targetLang: string;
  /** Suggested file names, e.g. `corpus.vi-id.vi` and `corpus.vi-id.id`. */
  sourceFile: string;
  targetFile: string;
  source: string;
  target: string;
  lines: number;
}

export function toMoses(corpus: CorpusLike, options?: WriterOptions): MosesPair[] {
  const byPair = new Map<string, MosesPair>();
  for (const line of mosesLines(corpus, options)) {
    const pair = byPair.get(line.sourceFile) ?? { sourceLang: line.sourceLang, targetLang: line.targetLang, sourceFile: line.sourceFile, targetFile: line.targetFile, source: '', target: '', lines: 0 };
    pair.source += line.source;
    pair.target += line.target;
    pair.lines++;
    byPair.set(line.sourceFile, pair);
  }
  return [...byPair.values()];
}

export interface MosesLine {
  sourceLang: string;
  targetLang: string;
  sourceFile: string;
  targetFile: string;
  /** The line for each file, its line break included. */
  source: string;
  target: string;
}

/** `toMoses` a line pair at a time, each with the files it goes to: for a writer that appends as it goes. */
export function* mosesLines(corpus: CorpusLike, options?: WriterOptions): Generator<MosesLine> {
  for (const r of eachPairRow(corpus, options)) {
    const key = `${r.sourceLang}-${r.targetLang}`;
    yield {
      sourceLang: r.sourceLang,
      targetLang: r.targetLang,
      sourceFile: `corpus.${key}.${r.sourceLang}`,
      targetFile: `corpus.${key}.${r.targetLang === r.sourceLang ? `${r.targetLang}_2` : r.targetLang}`,
      source: `${r.source}\n`,
      target: `${r.target}\n`,
    };
  }
}
