/**
 * A corpus's pairs cut into jobs, one per two languages. Everything the
 * aligner does to a pair depends only on the pairs of its two languages: the
 * first look (`alignPair`), the word pairs learned from their translations,
 * and the second look with them. So a job gives the same alignments whether
 * it runs here or in a worker thread, and jobs can run in any order.
 */
import type { AlignMode, Article } from '../types.js';
import { alignPair, keysOf, originalFirst, textsOf, turnedTranslation, type Alignment } from './align-pair.js';
import { nearlyTranslation } from './judge-translation.js';
import { readSide, type SideReading } from './read-side.js';
import { learnFromDocuments, type TranslationModel } from './translation-model.js';
import { dictionaryFor, withIso6393, type Dictionary } from './dictionary.js';

export interface PairJob {
  /** The two languages, sorted and joined by `>` (`ind>vie`). */
  languages: string;
  articles: Article[];
  /** What was already read off each article (anchor keys, the aligner's side reading), so that a worker does not read it again. */
  readings?: ArticleReading[];
  /** Pairs as indices into `articles`, original first, and each pair's place in the corpus's list of alignments. */
  pairs: { source: number; target: number; slot: number }[];
  mode?: AlignMode;
  /** The caller's dictionary for the job's two languages, if any. */
  dictionary?: Dictionary;
}

export interface PairJobResult {
  /** In the order of the job's pairs. */
  alignments: Alignment[];
  /** Word pairs learned from the job's translations, read from the first of its two languages. */
  model?: TranslationModel;
}

/** What the aligner reads off one article, whatever it is paired with. */
export interface ArticleReading {
  keys: string[][];
  side: SideReading;
}

/** The reading of an article, read now unless it was primed. */
export function readingOf(article: Article): ArticleReading {
  return { keys: keysOf(article), side: readSide(textsOf(article)) };
}

/** A copy of an article (in a worker) takes the original's reading instead of reading it again. */
export function primeReading(article: Article, reading: ArticleReading): void {
  keysOf.prime(article, reading.keys);
  readSide.prime(textsOf(article), reading.side);
}

/** Translations between two languages needed before word pairs learned from all of them are used. */
const CORPUS_PAIRS = 3;

/**
 * Every cross-language pair of every group, original first, in one list (a
 * pair's slot), cut into one job per two languages in the order the list
 * first meets them. Two versions in one language are reports or copies of
 * each other, not parallel text: they are not paired.
 */
export function pairJobs(
  articles: Article[], groups: { articleIds: string[] }[], mode?: AlignMode, dictionaries: Dictionary[] = [],
): { jobs: PairJob[]; total: number } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // A caller's dictionary may name its languages in any code; the articles' are ISO 639-3.
  const known = dictionaries.map(withIso6393);
  const jobs = new Map<string, PairJob & { index: Map<Article, number> }>();
  let total = 0;
  const indexIn = (job: PairJob & { index: Map<Article, number> }, a: Article) => {
    let k = job.index.get(a);
    if (k === undefined) {
      k = job.articles.push(a) - 1;
      job.index.set(a, k);
    }
    return k;
  };
  for (const group of groups) {
    const members = group.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        if (members[x]!.lang === members[y]!.lang) continue;
        const [source, target] = originalFirst(members[x]!, members[y]!);
        const languages = [source.lang, target.lang].sort().join('>');
        let job = jobs.get(languages);
        if (!job) {
          const dictionary = dictionaryFor(known, source.lang, target.lang);
          job = { languages, articles: [], pairs: [], index: new Map(), ...(mode && { mode }), ...(dictionary && { dictionary }) };
          jobs.set(languages, job);
        }
        job.pairs.push({ source: indexIn(job, source), target: indexIn(job, target), slot: total++ });
      }
    }
  }
  return { jobs: [...jobs.values()].map(({ index: _, ...job }) => job), total };
}

/** A job's pairs, each aligned on its own. */
export function firstLook(job: PairJob, onPair?: () => void): Alignment[] {
  job.readings?.forEach((reading, k) => primeReading(job.articles[k]!, reading));
  return job.pairs.map(({ source, target }) => {
    const al = alignPair(job.articles[source]!, job.articles[target]!, job.mode, undefined, job.dictionary);
    onPair?.();
    return al;
  });
}

/** The pairs a second look changes: the translations, once there are enough of them to learn from. */
function toRelearn(first: Alignment[]): number[] {
  const translations = first.flatMap((al, i) => (al.mode === 'translation' ? [i] : []));
  return translations.length >= CORPUS_PAIRS ? translations : [];
}

/** The same word pairs read from the other language. */
function turnedRound(model: TranslationModel): TranslationModel {
  return { wordPairs: model.wordPairs.map(([t, s]) => [s, t]) };
}

/** Pairs in the jobs, however they are cut. */
export function pairsIn(jobs: PairJob[]): number {
  return jobs.reduce((n, job) => n + job.pairs.length, 0);
}

/**
 * A corpus teaches more than one article (Moore 2002): when several pairs of
 * articles are translations between the same two languages, word pairs are
 * learned from the confident beads of all of them at once (whichever of the
 * two languages each pair starts from), and each of those pairs is aligned
 * again with them. A pair the first look took for two reports is looked at
 * again with them too: a translation between scripts that share no anchor
 * often shows itself only once its words are known.
 */
export function lookAgain(job: PairJob, first: Alignment[], onPair?: () => void): PairJobResult {
  const translations = toRelearn(first);
  if (translations.length === 0) return { alignments: first };
  const firstLang = job.languages.split('>')[0]!;
  const pairOf = (i: number): [Article, Article] => [job.articles[job.pairs[i]!.source]!, job.articles[job.pairs[i]!.target]!];
  // Every pair read from the first language of the two to the other.
  const documents = translations.map((i) => {
    const al = first[i]!;
    const [source, target] = pairOf(i);
    return al.sourceLang === firstLang
      ? { source: textsOf(source), target: textsOf(target), beads: al.beads }
      : { source: textsOf(target), target: textsOf(source), beads: al.beads.map((b) => ({ ...b, source: b.target, target: b.source })) };
  });
  const model = learnFromDocuments(documents, (d) => (d as (typeof documents)[number]).beads);
  if (model.wordPairs.length === 0) return { alignments: first };
  const turned = turnedRound(model);
  const modelFor = (al: Alignment) => (al.sourceLang === firstLang ? model : turned);
  const out = [...first];
  for (const i of translations) {
    const al = first[i]!;
    const again = alignPair(...pairOf(i), 'translation', modelFor(al), job.dictionary, al.beads);
    out[i] = { ...again, modeReason: `${al.modeReason}; word pairs learned from ${translations.length} translations`, ...(al.modeEvidence && { modeEvidence: al.modeEvidence }) };
    onPair?.();
  }
  first.forEach((al, i) => {
    if (al.mode !== 'comparable' || !al.modeEvidence || !nearlyTranslation(al.modeEvidence)) return;
    const again = turnedTranslation(...pairOf(i), modelFor(al), job.dictionary);
    if (again) out[i] = { ...again, modeReason: `${again.modeReason}, with word pairs learned from ${translations.length} translations` };
  });
  return { alignments: out, model };
}

/** Jobs on this thread: every first look, then every second one, each counted as it is done. */
export function runPairJobs(jobs: PairJob[], onAligned?: (done: number, total: number) => void, onRelearned?: (done: number, total: number) => void): PairJobResult[] {
  const total = pairsIn(jobs);
  let aligned = 0;
  const firsts = jobs.map((job) => firstLook(job, () => onAligned?.(++aligned, total)));
  const again = firsts.reduce((n, first) => n + toRelearn(first).length, 0);
  let relearned = 0;
  return jobs.map((job, k) => lookAgain(job, firsts[k]!, () => onRelearned?.(++relearned, again)));
}

/** A whole job, as a worker runs it. */
export function runPairJob(job: PairJob): PairJobResult {
  return lookAgain(job, firstLook(job));
}

/** Word pairs learned across the corpus, per direction (`vie>ind`, and the same pairs turned round for `ind>vie`). */
export type CorpusModels = Map<string, TranslationModel>;

/** The jobs' results in one list of alignments (by slot) and the corpus's models in both directions. */
export function mergePairJobs(jobs: PairJob[], results: PairJobResult[], total: number): { alignments: Alignment[]; models: CorpusModels } {
  const alignments = new Array<Alignment>(total);
  const models: CorpusModels = new Map();
  jobs.forEach((job, k) => {
    const result = results[k]!;
    job.pairs.forEach((p, i) => {
      alignments[p.slot] = result.alignments[i]!;
    });
    if (!result.model) return;
    models.set(job.languages, result.model);
    models.set(job.languages.split('>').reverse().join('>'), turnedRound(result.model));
  });
  return { alignments, models };
}

/**
 * Word pairs a language pair's learned models may carry from segment to
 * segment (`withEarlierModels`): a year of news teaches a pair of languages a
 * few thousand, and memory must not grow with the input.
 */
export const MAX_CARRIED_PAIRS = 10_000;

/**
 * The models of this segment of a crawl with the word pairs learned from the
 * segments before (see `closeStories`): a segment of a few weeks holds a dozen
 * translations between two languages, too few to confirm by its words a
 * version that shares no name or number with its story, where the whole
 * crawl holds enough. Each language pair's own pairs first, then the earlier
 * ones it lacks, the newest kept where there are more than MAX_CARRIED_PAIRS.
 */
export function withEarlierModels(learned: CorpusModels, earlier: CorpusModels): CorpusModels {
  const out: CorpusModels = new Map(earlier);
  for (const [languages, model] of learned) {
    const before = earlier.get(languages);
    if (!before) {
      out.set(languages, model);
      continue;
    }
    const seen = new Set(model.wordPairs.map(pairKey));
    const added = before.wordPairs.filter((p) => !seen.has(pairKey(p)));
    out.set(languages, { wordPairs: [...model.wordPairs, ...added].slice(0, MAX_CARRIED_PAIRS) });
  }
  return out;
}

const pairKey = ([t, s]: [string, string]) => `${t}\u0000${s}`;
