/**
 * Moses format: per language pair, two plain-text files whose line i are
 * translations of each other (`corpus.vi-id.vi`, `corpus.vi-id.id`).
 */
import { pairRows, type CorpusLike, type WriterOptions } from './pair-rows.js';

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
  const byPair = new Map<string, { s: string[]; t: string[]; sl: string; tl: string }>();
  for (const r of pairRows(corpus, options)) {
    const key = `${r.sourceLang}-${r.targetLang}`;
    const entry = byPair.get(key) ?? { s: [], t: [], sl: r.sourceLang, tl: r.targetLang };
    entry.s.push(r.source);
    entry.t.push(r.target);
    byPair.set(key, entry);
  }
  return [...byPair].map(([key, e]) => ({
    sourceLang: e.sl,
    targetLang: e.tl,
    sourceFile: `corpus.${key}.${e.sl}`,
    targetFile: `corpus.${key}.${e.tl === e.sl ? `${e.tl}_2` : e.tl}`,
    source: e.s.map((l) => `${l}\n`).join(''),
    target: e.t.map((l) => `${l}\n`).join(''),
    lines: e.s.length,
  }));
}
