/**
 * The align stage's door for whole articles: every pair of versions inside a
 * story group, original first, in the mode that fits the pair. A shared source
 * URL means one is a translation of the other; otherwise a monotone alignment
 * of the two tells (see `judgeTranslation`), and a pair written independently
 * is mined as comparable text.
 */
import { z } from 'zod';
import { articleUrls } from '../article/urls.js';
import { canonicalUrl } from '../group/canonical-url.js';
import { parseInput, preparedArticlesSchema } from '../schema.js';
import { languageOfDomain } from '../language/domain-language.js';
import type { AlignMode, Article, Bead } from '../types.js';
import { alignChecked } from './align-sentences.js';
import { rememberPer } from '../remember.js';
import { anchorKeys } from './anchors.js';
import { judgeTranslation, type TranslationEvidence, type TranslationVerdict } from './judge-translation.js';
import { learnFromDocuments, type TranslationModel } from './translation-model.js';

export interface SentencePair {
  source: string;
  target: string;
  score: number;
  /** Sentence indices in each article. */
  sourceSentences: number[];
  targetSentences: number[];
}

export interface Alignment {
  /** Article ids: the original (or first) version and the other one. */
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  mode: AlignMode;
  /** Why this mode was chosen, in words. */
  modeReason: string;
  /** The figures of the monotone alignment the mode was judged on (absent when a shared URL or the caller decided). */
  modeEvidence?: TranslationEvidence;
  beads: Bead[];
  pairs: SentencePair[];
  /** Sentences in no pair; in translation mode these are the null beads. */
  unaligned: { source: number[]; target: number[] };
}

export interface AlignArticlesOptions {
  /** Groups of article ids to align within; default: all articles form one group. Pairs in one language are not aligned. */
  groups?: { articleIds: string[] }[];
  /** Force a mode instead of choosing one per pair. */
  mode?: AlignMode;
  /** Called after each pair of articles is aligned. */
  onProgress?: (done: number, total: number) => void;
}

const alignArticlesOptionsSchema = z.object({
  groups: z.array(z.looseObject({ articleIds: z.array(z.string()) })).optional(),
  mode: z.enum(['translation', 'comparable']).optional(),
  onProgress: z.custom<(done: number, total: number) => void>((v) => typeof v === 'function', 'a function').optional(),
});

/** Each article's sentence texts as one list, so that what the aligner reads off them (`readSide`) is read once. */
export const textsOf = rememberPer((article: Article): string[] => article.sentences.map((s) => s.text));

/** Anchor keys of each article's sentences, read once however many pairs it is in. */
export const keysOf = rememberPer((article: Article): string[][] => anchorKeys(textsOf(article), article.lang));

/** Translations between two languages needed before word pairs learned from all of them are used. */
const CORPUS_PAIRS = 3;

export function alignArticles(articles: Article[], options: AlignArticlesOptions = {}): Alignment[] {
  parseInput(preparedArticlesSchema, articles, 'articles');
  parseInput(alignArticlesOptionsSchema, options, 'options');
  return alignGroups(articles, options).alignments;
}

/** Word pairs learned across the corpus, per direction (`vie>ind`, and the same pairs turned round for `ind>vie`). */
export type CorpusModels = Map<string, TranslationModel>;

/** `alignArticles` on checked input, with the word pairs it learned across the corpus. */
/** What a long step after aligning reports as it goes (the CLI's progress). */
export type StepProgress = (step: 'relearning' | 'placing', done: number, total: number) => void;

export function alignGroups(articles: Article[], options: AlignArticlesOptions, onStep?: StepProgress): { alignments: Alignment[]; models: CorpusModels } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = options.groups ?? [{ articleIds: articles.map((a) => a.id) }];
  const pairs: [Article, Article][] = [];
  for (const group of groups) {
    const members = group.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        // Two versions in one language are reports or copies of each other, not parallel text.
        if (members[x]!.lang !== members[y]!.lang) pairs.push(originalFirst(members[x]!, members[y]!));
      }
    }
  }
  const out = pairs.map(([source, target], i) => {
    const al = alignPair(source, target, options.mode);
    options.onProgress?.(i + 1, pairs.length);
    return al;
  });
  return { alignments: out, models: relearnAcrossCorpus(pairs, out, onStep) };
}

/**
 * A corpus teaches more than one article (Moore 2002): when several pairs of
 * articles are translations between the same two languages, word pairs are
 * learned from the confident beads of all of them at once (whichever of the
 * two languages each pair starts from), and each of those pairs is aligned
 * again with them. A pair of those languages that the first look took for two
 * reports is looked at again with them too: a translation between scripts
 * that share no anchor often shows itself only once its words are known.
 */
function relearnAcrossCorpus(pairs: [Article, Article][], out: Alignment[], onStep?: StepProgress): CorpusModels {
  const models: CorpusModels = new Map();
  let done = 0;
  const byLanguages = new Map<string, number[]>();
  const languagesOf = (al: Alignment) => [al.sourceLang, al.targetLang].sort().join('>');
  out.forEach((al, i) => {
    if (al.mode !== 'translation') return;
    const list = byLanguages.get(languagesOf(al));
    if (list) list.push(i);
    else byLanguages.set(languagesOf(al), [i]);
  });
  const total = [...byLanguages.values()].reduce((n, list) => n + (list.length >= CORPUS_PAIRS ? list.length : 0), 0);
  for (const [languages, indices] of byLanguages) {
    if (indices.length < CORPUS_PAIRS) continue;
    const first = languages.split('>')[0]!;
    // Every pair read from the first language of the two to the other.
    const documents = indices.map((i) => {
      const al = out[i]!;
      const [source, target] = pairs[i]!;
      return al.sourceLang === first
        ? { source: textsOf(source), target: textsOf(target), beads: al.beads }
        : { source: textsOf(target), target: textsOf(source), beads: al.beads.map((b) => ({ ...b, source: b.target, target: b.source })) };
    });
    const model = learnFromDocuments(documents, (d) => (d as (typeof documents)[number]).beads);
    if (model.wordPairs.length === 0) continue;
    models.set(languages, model);
    models.set(languages.split('>').reverse().join('>'), { wordPairs: model.wordPairs.map(([t, s]) => [s, t]) });
    for (const i of indices) {
      const al = out[i]!;
      const again = alignPair(pairs[i]![0], pairs[i]![1], 'translation', models.get(`${al.sourceLang}>${al.targetLang}`));
      out[i] = { ...again, modeReason: `${al.modeReason}; word pairs learned from ${indices.length} translations`, ...(al.modeEvidence && { modeEvidence: al.modeEvidence }) };
      onStep?.('relearning', ++done, total);
    }
  }
  out.forEach((al, i) => {
    const model = models.get(`${al.sourceLang}>${al.targetLang}`);
    if (al.mode !== 'comparable' || !al.modeEvidence || !model) return;
    const again = alignPair(pairs[i]![0], pairs[i]![1], undefined, model);
    if (again.mode === 'translation') out[i] = { ...again, modeReason: `${again.modeReason}, with word pairs learned from ${byLanguages.get(languagesOf(al))!.length} translations` };
  });
  return models;
}

export function alignPair(source: Article, target: Article, forced?: AlignMode, model?: TranslationModel): Alignment {
  const src = textsOf(source);
  const tgt = textsOf(target);
  const base = { sourceLang: source.lang, targetLang: target.lang };
  const options = { ...base, sourceKinds: source.sentences.map((s) => s.kind), targetKinds: target.sentences.map((s) => s.kind) };
  const keys = { source: keysOf(source), target: keysOf(target) };
  const sharedUrl = sharedSourceUrl(source, target);
  let mode: AlignMode;
  let modeReason: string;
  let beads: Bead[];
  let modeEvidence: TranslationEvidence | undefined;
  if (forced || sharedUrl) {
    mode = forced ?? 'translation';
    modeReason = forced ? 'chosen by the caller' : `both name the source ${sharedUrl}`;
    beads = alignChecked(src, tgt, { ...options, mode, ...(model && { model }) }, keys);
  } else {
    // A translation shows itself in the monotone alignment of the two; a report
    // written independently is mined for the sentences that tell the same fact.
    const { monotone, verdict } = judgePair(source, target, model);
    mode = verdict.translation ? 'translation' : 'comparable';
    modeReason = verdict.reason;
    modeEvidence = verdict.evidence;
    beads = verdict.translation ? monotone : alignChecked(src, tgt, { ...options, mode: 'comparable' }, keys);
  }
  return {
    source: source.id,
    target: target.id,
    ...base,
    mode,
    modeReason,
    ...(modeEvidence && { modeEvidence }),
    beads,
    pairs: beads.filter((b) => b.source.length > 0 && b.target.length > 0).map((b) => ({
      source: b.source.map((i) => src[i]).join(' '),
      target: b.target.map((j) => tgt[j]).join(' '),
      score: b.score,
      sourceSentences: b.source,
      targetSentences: b.target,
    })),
    unaligned: unalignedOf(beads, src.length, tgt.length),
  };
}

/** The monotone alignment of two articles and what it says of them: a translation or not. */
export function judgePair(source: Article, target: Article, model?: TranslationModel): { monotone: Bead[]; verdict: TranslationVerdict } {
  const src = textsOf(source);
  const tgt = textsOf(target);
  const keys = { source: keysOf(source), target: keysOf(target) };
  const options = {
    sourceLang: source.lang, targetLang: target.lang, mode: 'translation' as const, ...(model && { model }),
    sourceKinds: source.sentences.map((s) => s.kind), targetKinds: target.sentences.map((s) => s.kind),
  };
  const monotone = alignChecked(src, tgt, options, keys);
  return { monotone, verdict: judgeTranslation(monotone, keys.source, keys.target, src.map((x) => x.length), tgt.map((x) => x.length)) };
}

function sharedSourceUrl(a: Article, b: Article): string | undefined {
  const urls = (x: Article) => new Set(articleUrls(x).map(canonicalUrl).filter(Boolean));
  const ua = urls(a);
  return [...urls(b)].find((u) => ua.has(u)) ?? undefined;
}

function unalignedOf(beads: Bead[], n: number, m: number): { source: number[]; target: number[] } {
  const s = new Uint8Array(n);
  const t = new Uint8Array(m);
  for (const b of beads) {
    if (b.source.length && b.target.length) {
      for (const i of b.source) s[i] = 1;
      for (const j of b.target) t[j] = 1;
    }
  }
  return { source: [...s.keys()].filter((i) => !s[i]), target: [...t.keys()].filter((j) => !t[j]) };
}

/**
 * The original goes first: the version written in the language of the site its
 * source URL points to (a .vn source makes the Vietnamese the original), else the
 * one published first, else the one given first.
 */
export function originalFirst(a: Article, b: Article): [Article, Article] {
  const isOriginal = (x: Article) => articleUrls(x).some((u) => languageOfDomain(u) === x.lang);
  if (isOriginal(b) && !isOriginal(a)) return [b, a];
  if (isOriginal(a) && !isOriginal(b)) return [a, b];
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && tb < ta) return [b, a];
  return [a, b];
}
