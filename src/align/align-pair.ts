/**
 * One pair of articles aligned: in the mode that fits it (a shared source URL
 * means a translation; otherwise a monotone alignment of the two tells, see
 * `judgeTranslation`), with the sentence pairs and what was left unpaired.
 */
import { articleUrls } from '../article/urls.js';
import { publishedTime } from '../article/published-time.js';
import { canonicalUrl, namesPage } from '../group/canonical-url.js';
import { languageOfDomain } from '../language/domain-language.js';
import type { AlignMode, Article, Bead } from '../types.js';
import { alignChecked } from './align-sentences.js';
import { rememberPer } from '../remember.js';
import { anchorKeys } from './anchors.js';
import { keptKeys } from './known-keys.js';
import { nearlyTranslation, translationEvidence, verdictOf, type TranslationEvidence, type TranslationVerdict } from './judge-translation.js';
import type { TranslationModel } from './translation-model.js';
import type { Dictionary } from './dictionary.js';

/** A pair of aligned sentences (or runs of sentences): the two texts, the score and the sentence numbers of each side. */
export interface SentencePair {
  source: string;
  target: string;
  score: number;
  /** Sentence indices in each article. */
  sourceSentences: number[];
  targetSentences: number[];
}

/** Two versions aligned: their ids and languages, the mode and why, the beads and the sentence pairs. */
export interface Alignment {
  /** Article ids: the original version and the other one (see originalFirst: never input order). */
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

/** Each article's sentence texts as one list, so that what the aligner reads off them (`readSide`) is read once. */
export const textsOf = rememberPer((article: Article): string[] => article.sentences.map((s) => s.text));

/** Anchor keys of each article's sentences, read once however many pairs it is in: kept from reading when they were (see known-keys.ts). */
export const keysOf = rememberPer((article: Article): string[][] => keptKeys(article) ?? anchorKeys(textsOf(article), article.lang));

export function alignPair(source: Article, target: Article, forced?: AlignMode, model?: TranslationModel, dictionary?: Dictionary, earlier?: Bead[]): Alignment {
  const src = textsOf(source);
  const tgt = textsOf(target);
  const options = {
    sourceLang: source.lang, targetLang: target.lang, sourceKinds: source.sentences.map((s) => s.kind), targetKinds: target.sentences.map((s) => s.kind), ...(dictionary && { dictionary }),
  };
  const keys = { source: keysOf(source), target: keysOf(target) };
  const sharedUrl = sharedSourceUrl(source, target);
  let mode: AlignMode;
  let modeReason: string;
  let beads: Bead[];
  let modeEvidence: TranslationEvidence | undefined;
  if (forced || sharedUrl) {
    mode = forced ?? 'translation';
    modeReason = forced ? 'chosen by the caller' : `both name the source ${sharedUrl}`;
    beads = alignChecked(src, tgt, { ...options, mode, ...(model && { model }) }, keys, earlier);
  } else {
    // A translation shows itself in the monotone alignment of the two; a report
    // written independently is mined for the sentences that tell the same fact.
    const { monotone, verdict } = judgePair(source, target, model, dictionary);
    mode = verdict.translation ? 'translation' : 'comparable';
    modeReason = verdict.reason;
    modeEvidence = verdict.evidence;
    beads = verdict.translation ? monotone : alignChecked(src, tgt, { ...options, mode: 'comparable' }, keys);
  }
  return alignmentOf(source, target, mode, modeReason, beads, modeEvidence);
}

/**
 * A pair the first look took for two reports, judged again with `model`: its
 * alignment when it now reads as a translation, else nothing (the reports'
 * mined pairs stand, and are not mined again).
 */
export function turnedTranslation(source: Article, target: Article, model: TranslationModel, dictionary?: Dictionary): Alignment | undefined {
  const { monotone, verdict } = judgePair(source, target, model, dictionary);
  return verdict.translation ? alignmentOf(source, target, 'translation', verdict.reason, monotone, verdict.evidence) : undefined;
}

function alignmentOf(source: Article, target: Article, mode: AlignMode, modeReason: string, beads: Bead[], modeEvidence?: TranslationEvidence): Alignment {
  const src = textsOf(source);
  const tgt = textsOf(target);
  return {
    source: source.id,
    target: target.id,
    sourceLang: source.lang,
    targetLang: target.lang,
    mode,
    modeReason,
    ...(modeEvidence && { modeEvidence }),
    beads,
    pairs: sentencePairs(beads, src, tgt),
    unaligned: unalignedOf(beads, src.length, tgt.length),
  };
}

/** The beads that pair sentences of both sides, with their texts (each side's sentences joined by a space). */
export function sentencePairs(beads: Bead[], src: string[], tgt: string[]): SentencePair[] {
  return beads.filter((b) => b.source.length > 0 && b.target.length > 0).map((b) => ({
    source: b.source.map((i) => src[i]).join(' '),
    target: b.target.map((j) => tgt[j]).join(' '),
    score: b.score,
    sourceSentences: b.source,
    targetSentences: b.target,
  }));
}

/** The monotone alignment of two articles and what it says of them: a translation or not. */
export function judgePair(
  source: Article, target: Article, model?: TranslationModel, dictionary?: Dictionary,
): { monotone: Bead[]; verdict: TranslationVerdict } {
  const src = textsOf(source);
  const tgt = textsOf(target);
  const keys = { source: keysOf(source), target: keysOf(target) };
  const options = {
    sourceLang: source.lang, targetLang: target.lang, mode: 'translation' as const, ...(model && { model }), ...(dictionary && { dictionary }),
    sourceKinds: source.sentences.map((s) => s.kind), targetKinds: target.sentences.map((s) => s.kind),
  };
  const sourceLengths = src.map((x) => x.length);
  const targetLengths = tgt.map((x) => x.length);
  const evidenceOf = (beads: Bead[]) => translationEvidence(beads, keys.source, keys.target, sourceLengths, targetLengths);
  // A first pass that fails two signals more than a translation may is a report's: the second pass, with the
  // pair's own word pairs, only sharpens a path (on bench:corpus's mix none of 1,779 such pairs turned).
  let first: { beads: Bead[]; evidence: TranslationEvidence } | undefined;
  const farFromTranslation = (beads: Bead[]) => {
    first = { beads, evidence: evidenceOf(beads) };
    return !nearlyTranslation(first.evidence);
  };
  const monotone = alignChecked(src, tgt, options, keys, undefined, farFromTranslation);
  // The first pass's evidence stands when it is the answer (settled, or a second pass with nothing new to say).
  return { monotone, verdict: verdictOf(first?.beads === monotone ? first.evidence : evidenceOf(monotone)) };
}

function sharedSourceUrl(a: Article, b: Article): string | undefined {
  // As in grouping, only the address of a page says two versions are one story (a home page does not).
  const urls = (x: Article) => new Set(articleUrls(x).map(canonicalUrl).filter((u) => u !== undefined && namesPage(u)));
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
 * one published first, else one chosen by a hash of the two ids: a rule of the
 * data, so that shuffling the input never turns a pair round.
 */
export function originalFirst(a: Article, b: Article): [Article, Article] {
  const isOriginal = (x: Article) => articleUrls(x).some((u) => languageOfDomain(u) === x.lang);
  if (isOriginal(b) && !isOriginal(a)) return [b, a];
  if (isOriginal(a) && !isOriginal(b)) return [a, b];
  const ta = publishedTime(a.publishedAt);
  const tb = publishedTime(b.publishedAt);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return tb < ta ? [b, a] : [a, b];
  // Nothing tells which came first: a rule of the two ids, not of input order, so a shuffled input gives the same
  // pairs. A hash, not an order of languages: one direction for every pair of two languages aligned and placed
  // worse on the bench:corpus mix (translation mode 0.976 of NTREX pairs against 0.978, 29 strays placed against 30).
  const [lo, hi] = a.id < b.id ? [a, b] : [b, a];
  let h = 2166136261;
  for (const c of `${lo.id}\u0000${hi.id}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 2 ? [lo, hi] : [hi, lo];
}
