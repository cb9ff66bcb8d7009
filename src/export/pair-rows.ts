/**
 * The rows every writer shares: one per aligned pair, with language tags,
 * article ids, sentence indices and character offsets into each original text.
 */
import { toBcp47 } from '../language/lang-tags.js';
import type { Corpus } from '../corpus.js';
import type { AlignMode } from '../types.js';

export interface PairRow {
  /** Stable across runs and input orders: the two articles and the sentences of each (`001:3+4>000:3`). */
  id: string;
  sourceLang: string;
  targetLang: string;
  source: string;
  target: string;
  score: number;
  mode: AlignMode;
  sourceArticle: string;
  targetArticle: string;
  sourceSentences: number[];
  targetSentences: number[];
  /** Offsets of the pair's first to last sentence in each article's original text. */
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  /** Each article's own address (its `url`), or '' when it gave none. */
  sourceUrl: string;
  targetUrl: string;
}

/** Which pairs the writers keep: by score, language pair and mode. */
export interface WriterOptions {
  /** Leave out pairs scoring below this; default 0 (keep all). */
  minScore?: number;
  /** Only these language pairs, as BCP 47 tags in either order (`['vi-id', 'en-id']`); default all. */
  pairs?: string[];
  /** Only pairs of these modes; default both (JSONL: translation only, see toJsonl). */
  modes?: AlignMode[];
}

/** Lower bounds of the score bands the review page colours and the dataset card counts rows in (band 0 is below 0.5). */
export const SCORE_BANDS = [0.5, 0.7, 0.9] as const;

/** The band of a score: 0 below 0.5, 1 to 0.7, 2 to 0.9, 3 from 0.9. */
export function scoreBand(score: number): number {
  let band = 0;
  while (band < SCORE_BANDS.length && score >= SCORE_BANDS[band]!) band++;
  return band;
}

/** A language pair as options and the command name one: two output tags (`vi-id`). */
export const LANGUAGE_PAIR = /^[a-z]{2,3}-[a-z]{2,3}$/u;

/** A language pair's name, its two BCP 47 tags in alphabetical order (`id-vi`): the same for both directions. */
export function languagePair(a: string, b: string): string {
  return a <= b ? `${a}-${b}` : `${b}-${a}`;
}

/** The test of whether an alignment's rows are kept by the `pairs` and `modes` of `options` (the pairs read once, not per alignment). */
function alignmentFilter(options: WriterOptions): (al: { sourceLang: string; targetLang: string; mode: AlignMode }) => boolean {
  const pairs = options.pairs && new Set(options.pairs.map((p) => {
    const [a = '', b = ''] = p.split('-');
    return languagePair(a, b);
  }));
  return (al) => (!options.modes || options.modes.includes(al.mode))
    && (!pairs || pairs.has(languagePair(toBcp47(al.sourceLang), toBcp47(al.targetLang))));
}

/** What the row writers read of a corpus: its articles and alignments. */
export type CorpusLike = Pick<Corpus, 'articles' | 'alignments'>;

/** A file of an output folder (a dataset, a site of review pages) and its text. */
export interface OutputFile {
  name: string;
  text: string;
}

export function pairRows(corpus: CorpusLike, options: WriterOptions = {}): PairRow[] {
  return [...eachPairRow(corpus, options)];
}

/** The rows one at a time, for writers that write as they go (a corpus's rows need not fit in one string). */
export function* eachPairRow(corpus: CorpusLike, options: WriterOptions = {}): Generator<PairRow> {
  const minScore = options.minScore ?? 0;
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const alignmentKept = alignmentFilter(options);
  for (const al of corpus.alignments) {
    if (!alignmentKept(al)) continue;
    const src = articles.get(al.source);
    const tgt = articles.get(al.target);
    for (const p of al.pairs) {
      if (!kept(p, minScore)) continue;
      const first = (list: number[], a = src) => a?.sentences[list[0]!]?.start ?? -1;
      const last = (list: number[], a = src) => a?.sentences[list[list.length - 1]!]?.end ?? -1;
      yield {
        id: oneLine(`${al.source}:${p.sourceSentences.join('+')}>${al.target}:${p.targetSentences.join('+')}`),
        sourceLang: toBcp47(al.sourceLang),
        targetLang: toBcp47(al.targetLang),
        source: oneLine(p.source),
        target: oneLine(p.target),
        score: p.score,
        mode: al.mode,
        sourceArticle: oneLine(al.source),
        targetArticle: oneLine(al.target),
        sourceSentences: p.sourceSentences,
        targetSentences: p.targetSentences,
        sourceStart: first(p.sourceSentences),
        sourceEnd: last(p.sourceSentences),
        targetStart: first(p.targetSentences, tgt),
        targetEnd: last(p.targetSentences, tgt),
        sourceUrl: oneLine(src?.url ?? ''),
        targetUrl: oneLine(tgt?.url ?? ''),
      };
    }
  }
}

/** The source language tags of the rows `eachPairRow` gives, read off the alignments without making the rows. */
export function rowSourceLangs(corpus: CorpusLike, options: WriterOptions = {}): Set<string> {
  const minScore = options.minScore ?? 0;
  const alignmentKept = alignmentFilter(options);
  return new Set(corpus.alignments.filter((al) => alignmentKept(al) && al.pairs.some((p) => kept(p, minScore))).map((al) => toBcp47(al.sourceLang)));
}

function kept(pair: { score: number }, minScore: number): boolean {
  return pair.score >= minScore;
}

/**
 * Line-based formats cannot hold a line break or a tab inside a segment: every
 * character a reader may take for a line break (Python's `splitlines` takes VT,
 * FF, the separators U+001C-001E, NEL, U+2028 and U+2029 as well as CR and LF) becomes a space.
 */
export function oneLine(text: string): string {
  return text.replace(/[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/gu, ' ');
}
