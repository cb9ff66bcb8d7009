/**
 * The report stage's door: how completely one article renders another. Because
 * the two are aligned first, it can say which sentences have no counterpart,
 * which repeat, and which aligned pairs disagree on numbers or names, beyond
 * the segment-by-segment checks of CAT-tool QA.
 */
import * as z from 'zod/mini';
import { alignPair, keysOf, textsOf, type Alignment } from '../align/align-pair.js';
import { readSide, repeatKey } from '../align/read-side.js';
import { translationModelSchema, type TranslationModel } from '../align/translation-model.js';
import { findEntities, type Entity } from '../entities/extract-entities.js';
import { rememberPer } from '../remember.js';
import { articleInputSchema, parseInput } from '../schema.js';
import { segmentArticle } from '../segment/segment-article.js';
import type { AlignMode, Article, ArticleInput } from '../types.js';
import { compareNumbers } from './compare-numbers.js';
import { nameMismatches } from './compare-names.js';
import type { CoverageReport, SentenceRef } from './coverage-report.js';
import { findingsOf } from './findings.js';
import { hiddenInBeads } from './inside-beads.js';
import { identicalPairs, lengthOutliers, urlMismatches } from './segment-checks.js';
import { isKey, keyValue } from '../entities/keys.js';

export type { CoverageReport, SentenceRef };

/** Options of checkCoverage: the mode and a learned model. */
export interface CoverageOptions {
  /** `translation` (default) or `comparable`. */
  mode?: AlignMode;
  /**
   * Word pairs learned with `learnTranslationModel` from earlier translations of the
   * same two languages (source to translation). Two articles alone teach few words;
   * with a model, a left-out or added sentence without names or numbers is found more often.
   */
  model?: TranslationModel;
}

const optionsSchema = z.optional(z.object({ mode: z.optional(z.enum(['translation', 'comparable'])), model: z.optional(translationModelSchema) }));

/**
 * Align `translation` to `source` and report what it left out, added, repeated or changed.
 *
 * @example
 * checkCoverage(
 *   { id: 'en', lang: 'eng', text: 'China holds the presidency for 2024-2025.\nRahmon will host Xi in Tajikistan.' },
 *   { id: 'id', lang: 'ind', text: 'Tiongkok memegang jabatan presiden untuk 2025-2026.' },
 * ).missing.map((m) => m.text); // ['Rahmon will host Xi in Tajikistan.']
 */
export function checkCoverage(source: ArticleInput, translation: ArticleInput, options?: CoverageOptions): CoverageReport {
  const src = parseInput(articleInputSchema, source, 'source') as ArticleInput;
  const tgt = parseInput(articleInputSchema, translation, 'translation') as ArticleInput;
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  const a = segmentArticle(src);
  const b = segmentArticle(tgt);
  return coverageOf(a, b, alignPair(a, b, opts.mode ?? 'translation', opts.model));
}

export function coverageOf(source: Article, target: Article, alignment: Alignment): CoverageReport {
  // Each article's entities are read once, over its whole text, and shared by the checks below.
  const sourceEntities = entitiesBySentence(source);
  const ref = (article: Article, i: number): SentenceRef => {
    const s = article.sentences[i]!;
    return { index: i, text: s.text, kind: s.kind };
  };
  const duplicates = [
    ...repeatsOf(source).map(([i, of]) => ({ ...ref(source, i), side: 'source' as const, duplicateOf: of })),
    ...repeatsOf(target).map(([j, of]) => ({ ...ref(target, j), side: 'target' as const, duplicateOf: of })),
  ];
  const repeatedS = new Set(duplicates.filter((d) => d.side === 'source').map((d) => d.index));
  const repeatedT = new Set(duplicates.filter((d) => d.side === 'target').map((d) => d.index));
  const hidden = hiddenInBeads(alignment.beads, keysOf(source), keysOf(target));
  const missing = [
    ...alignment.unaligned.source.filter((i) => !repeatedS.has(i)).map((i) => ref(source, i)),
    ...hidden.missing.filter((h) => !repeatedS.has(h.index)).map((h) => ({ ...ref(source, h.index), bead: h.bead })),
  ].sort((x, y) => x.index - y.index);
  const added = [
    ...alignment.unaligned.target.filter((j) => !repeatedT.has(j)).map((j) => ref(target, j)),
    ...hidden.added.filter((h) => !repeatedT.has(h.index)).map((h) => ({ ...ref(target, h.index), bead: h.bead })),
  ].sort((x, y) => x.index - y.index);

  const counted = source.sentences.filter((s) => !repeatedS.has(s.index));
  const unalignedS = new Set(missing.map((m) => m.index));
  const aligned = counted.filter((s) => !unalignedS.has(s.index));
  // The aligner's reading of the source, already made for its alignment.
  const lengths = readSide(textsOf(source)).lengths;
  const chars = (list: typeof counted) => list.reduce((sum, s) => sum + lengths[s.index]!, 0);

  const report = {
    source: source.id,
    target: target.id,
    mode: alignment.mode,
    ratio: {
      sentences: round(counted.length ? aligned.length / counted.length : 1),
      characters: round(chars(counted) ? chars(aligned) / chars(counted) : 1),
    },
    missing,
    added,
    duplicates,
    numberMismatches: numberMismatches(source, target, alignment),
    nameMismatches: nameMismatches(source, sourceEntities, target, alignment),
    untranslated: untranslated(source, target),
    identical: identicalPairs(alignment),
    urlMismatches: urlMismatches(alignment),
    lengthOutliers: lengthOutliers(alignment),
  };
  return { ...report, findings: findingsOf(report) };
}

/** Each repeated sentence with the index of its first occurrence (once per article; the aligner's reading says which repeat). */
const repeatsOf = rememberPer((article: Article): [number, number][] => {
  const flags = readSide(textsOf(article)).repeats;
  const first = new Map<string, number>();
  const out: [number, number][] = [];
  article.sentences.forEach((s, i) => {
    const key = repeatKey(s.text);
    if (flags[i]) out.push([i, first.get(key)!]);
    else if (!first.has(key)) first.set(key, i);
  });
  return out;
});

function numberMismatches(source: Article, target: Article, alignment: Alignment): CoverageReport['numberMismatches'] {
  const out: CoverageReport['numberMismatches'] = [];
  const [se, te] = [monthsBySentence(source), monthsBySentence(target)];
  const months = (perSentence: number[][], sentences: number[]) => sentences.flatMap((i) => perSentence[i]!);
  for (const pair of alignment.pairs) {
    const named = { source: months(se, pair.sourceSentences), target: months(te, pair.targetSentences) };
    const found = compareNumbers(pair.source, pair.target, source.lang, target.lang, named);
    if (found) out.push({ source: pair.sourceSentences, target: pair.targetSentences, ...found });
  }
  return out;
}

/** The months each sentence names, once per article. */
const monthsBySentence = rememberPer((article: Article): number[][] => entitiesBySentence(article)
  .map((list) => list.filter((e) => e.kind === 'month' && isKey(e.key, 'month')).map((e) => Number(keyValue(e.key, 'month')))));

/**
 * Entities of each sentence, read over the whole article so that
 * capitalisation elsewhere counts; once per article, however many versions it
 * is checked against.
 */
const entitiesBySentence = rememberPer((article: Article): Entity[][] => {
  const out: Entity[][] = article.sentences.map(() => []);
  let k = 0;
  for (const e of findEntities(article.text, article.lang)) {
    while (k < article.sentences.length && article.sentences[k]!.end <= e.start) k++;
    const s = article.sentences[k];
    if (s && e.start >= s.start && e.end <= s.end) out[k]!.push(e);
  }
  return out;
});

/** Target sentences the segment stage found in the source's language rather than the target's. */
function untranslated(source: Article, target: Article): CoverageReport['untranslated'] {
  if (source.lang === target.lang || source.lang === 'und') return [];
  return target.sentences
    .filter((s) => s.lang === source.lang)
    .map((s) => ({ index: s.index, text: s.text, kind: s.kind, lang: s.lang }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
