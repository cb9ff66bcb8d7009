/**
 * The align stage's door for two lists of sentences. Translation mode returns a
 * monotone path that covers every sentence of both sides exactly once;
 * comparable mode returns only the mined pairs.
 */
import * as z from 'zod/mini';
import { rememberPer, rememberWords } from '../remember.js';
import { langCodeSchema, parseInput, sentenceListSchema } from '../schema.js';
import { normaliseLangCode } from '../language/candidates.js';
import type { Bead, BlockKind } from '../types.js';
import { arabicNameKeys } from './arabic-names.js';
import { hanNameKeys } from './han-names.js';
import { anchorKeys, buildPairAnchors, type PairAnchors } from './anchors.js';
import { learnLengthModel, refineLengthModel } from './length-model.js';
import { readSide, type SideReading } from './read-side.js';
import { learnWordPairs } from './learn-word-pairs.js';
import { documentsSchema, learnFromDocuments, translationModelSchema, type ModelDocument, type TranslationModel } from './translation-model.js';
import { calibrateBeads } from './calibrate.js';
import { dictionarySchema, dictionaryTable, withIso6393, type Dictionary, type WordPairTable } from './dictionary.js';
import { minePairs } from './mine-pairs.js';
import { findTranslationPath, type PathInput } from './translation-path.js';
import { isKey, makeKey } from '../entities/keys.js';
import { cognateKeys } from './cognates.js';

/** Options of alignSentences: the two languages, the mode, the kind of each sentence and a learned model. */
export interface AlignOptions {
  /** ISO 639-3 code of the source sentences (number formats, number words). */
  sourceLang?: string;
  targetLang?: string;
  /** `translation` (default): monotone beads; `comparable`: mined pairs in any order. */
  mode?: 'translation' | 'comparable';
  /** Word pairs learned from a corpus with `learnTranslationModel`; used as extra anchors. */
  model?: TranslationModel;
  /** A bilingual dictionary (readDictionary) for these two languages, either way round; its pairs are anchors too. */
  dictionary?: Dictionary;
  /** What each sentence is (title, caption, …): beads never mix kinds. */
  sourceKinds?: BlockKind[];
  targetKinds?: BlockKind[];
}

const kinds = z.array(z.enum(['title', 'paragraph', 'caption', 'byline']));
const optionsSchema = z.optional(z.object({
  sourceLang: z.optional(langCodeSchema),
  targetLang: z.optional(langCodeSchema),
  mode: z.optional(z.enum(['translation', 'comparable'])),
  sourceKinds: z.optional(kinds),
  targetKinds: z.optional(kinds),
  model: z.optional(translationModelSchema),
  dictionary: z.optional(dictionarySchema),
}));

/**
 * Sentences of two versions aligned into beads. Translation mode (default) is a
 * monotone alignment that covers every sentence of both sides exactly once;
 * comparable mode mines the pairs that tell the same fact, in any order.
 *
 * @param source - The original's sentences.
 * @param target - The other version's sentences.
 * @param options - `sourceLang`, `targetLang` (any ISO 639 or BCP 47 codes), `mode`, the sentences'
 *   `sourceKinds`/`targetKinds`, a `model` from learnTranslationModel, a `dictionary` from readDictionary.
 * @returns Beads `{ source: number[], target: number[], score }`, in order.
 * @example
 * alignSentences(['The summit opens on 3 July in Astana.'], ['KTT dibuka pada 3 Juli di Astana.'], { sourceLang: 'eng', targetLang: 'ind' });
 */
export function alignSentences(source: string[], target: string[], options?: AlignOptions): Bead[] {
  parseInput(sentenceListSchema, source, 'source');
  parseInput(sentenceListSchema, target, 'target');
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  if (opts.sourceLang) opts.sourceLang = normaliseLangCode(opts.sourceLang);
  if (opts.targetLang) opts.targetLang = normaliseLangCode(opts.targetLang);
  if (opts.dictionary) opts.dictionary = withIso6393(opts.dictionary);
  checkKinds(opts.sourceKinds, source.length, 'sourceKinds');
  checkKinds(opts.targetKinds, target.length, 'targetKinds');
  // Copies: what is read off a list is remembered by the list, and a caller may change theirs later.
  // Scores as probabilities only here, at the door: every decision inside reads the aligner's own.
  return calibrateBeads(alignChecked([...source], [...target], opts));
}

function checkKinds(list: BlockKind[] | undefined, length: number, name: string): void {
  if (list && list.length !== length) {
    parseInput(z.array(z.string()).check(z.length(length)), list, `options.${name}`);
  }
}

/** The unvalidated core, for callers inside the package that hold checked input. */
export function alignChecked(
  source: string[], target: string[], opts: AlignOptions,
  keys?: { source: string[][]; target: string[][] },
  earlier?: Bead[],
  settled?: (first: Bead[]) => boolean,
): Bead[] {
  // Callers that align one article against several others pass its keys in, so
  // the entities of an article are read once, not once a pair.
  let sourceKeys = keys?.source ?? anchorKeys(source, opts.sourceLang);
  let targetKeys = keys?.target ?? anchorKeys(target, opts.targetLang);
  if (opts.mode === 'comparable') {
    const kinds = opts.sourceKinds && opts.targetKinds ? { source: opts.sourceKinds, target: opts.targetKinds } : undefined;
    // Mining pairs in any order needs what only a counterpart shares: words for
    // time and units ("last year") recur in unrelated sentences.
    const anchorsOnly = (side: string[][]) => side.map((k) => k.filter((key) => !isKey(key, 'l')));
    return minePairs(buildPairAnchors(anchorsOnly(sourceKeys), anchorsOnly(targetKeys)), source.length, target.length, kinds);
  }
  const sourceSide = readSide(source);
  const targetSide = readSide(target);
  const sourceWords = sourceSide.words;
  const targetWords = targetSide.words;
  // Arabic and Chinese names have no capitals to be found by: read them off the other side's names.
  [sourceKeys, targetKeys] = [
    withScriptNames(sourceKeys, sourceSide, source, targetKeys, targetSide.script),
    withScriptNames(targetKeys, targetSide, target, sourceKeys, sourceSide.script),
  ];
  if (sourceSide.script === targetSide.script) {
    const cognates = cognateKeys(sourceWords, targetWords, sourceKeys, targetKeys);
    [sourceKeys, targetKeys] = [addKeys(sourceKeys, cognates.source), addKeys(targetKeys, cognates.target)];
  }
  // A target word may link to several source words (a corpus model is many-to-many).
  const given = opts.model ? indexModel(opts.model) : NO_PAIRS;
  const listed = (opts.dictionary && dictionaryTable(opts.dictionary, opts.sourceLang, opts.targetLang, sourceWords, targetWords)) || NO_PAIRS;
  const sourceLengths = sourceSide.lengths;
  const targetLengths = targetSide.lengths;
  const anchorsWith = (tables: WordPairs[]) => buildPairAnchors(...withWordPairs(sourceKeys, targetKeys, sourceWords, targetWords, tables));
  const input: Omit<PathInput, 'anchors'> = {
    sourceLengths,
    targetLengths,
    model: learnLengthModel(sourceLengths, targetLengths),
    ...(opts.sourceKinds && { sourceKinds: opts.sourceKinds }),
    ...(opts.targetKinds && { targetKinds: opts.targetKinds }),
    sourceRepeats: sourceSide.repeats,
    targetRepeats: targetSide.repeats,
    sourcePunctuation: sourceSide.punctuation,
    targetPunctuation: targetSide.punctuation,
  };
  // A pair aligned again with a corpus model starts from its earlier alignment, which a first pass would
  // only approach (and its anchors are not built unless a second pass needs them).
  let firstAnchors: PairAnchors | undefined;
  const { beads: first, whole } = earlier ? { beads: earlier, whole: true } : firstPass({ ...input, anchors: (firstAnchors = anchorsWith([given, listed])) });
  // A caller that reads the first pass and has its answer (a report far from a translation) needs no second.
  if (whole && settled?.(first)) return first;
  // Second pass: the length ratio and the word pairs that the first pass's
  // confident beads show, added to what the caller's model already knew.
  const sure = first.filter((b) => b.score >= 0.5 && b.source.length === 1 && b.target.length === 1);
  const unpairedSeen = first.some((b) => b.source.length === 0 || b.target.length === 0);
  const model = refineLengthModel(input.model, sure.map((b) => [sourceLengths[b.source[0]!]!, targetLengths[b.target[0]!]!]),
    unpairedSeen ? Math.min(sourceLengths.length, targetLengths.length) : undefined);
  const ownPairs = new Map([...learnWordPairs(first, sourceWords, targetWords)].map(([v, w]) => [v, [w]]));
  const learned: WordPairs = { pairs: ownPairs, sourceSide: new Set([...ownPairs.values()].flat()) };
  if (ownPairs.size === 0 && given.pairs.size === 0 && listed.pairs.size === 0) {
    // Nothing new to say: a second pass would only repeat the first, unless the first left
    // sentences out, which makes bare sentences cheaper to leave out (see bareNullGain).
    const same = Math.abs(model.ratio - input.model.ratio) <= 0.02 * input.model.ratio && model.variance === input.model.variance;
    if (same && whole && !unpairedSeen) return first;
    firstAnchors ??= anchorsWith([given, listed]);
    return findTranslationPath({ ...input, anchors: firstAnchors, model, unpairedSeen });
  }
  return findTranslationPath({ ...input, model, anchors: anchorsWith([learned, given, listed]), unpairedSeen });
}

/**
 * A side's keys with the names its script writes without capitals, found by
 * the other side's names: Arabic by consonant skeleton (against any script
 * but Arabic), Chinese by dotted transliterations (against Latin).
 */
function withScriptNames(keys: string[][], side: SideReading, sentences: string[], otherKeys: string[][], otherScript: string | undefined): string[][] {
  if (side.script === 'Arabic' && otherScript !== 'Arabic') return addKeys(keys, scriptNamesAgainst(side, otherKeys, () => arabicNameKeys(otherKeys, side.words)));
  if (side.script === 'Han' && otherScript === 'Latin') return addKeys(keys, scriptNamesAgainst(side, otherKeys, () => hanNameKeys(otherKeys, sentences)));
  return keys;
}

/**
 * A side's names read off the other side's, remembered per pair of readings:
 * a translation is aligned twice (a first look, and again with the corpus's
 * word pairs) with the same two readings, and the names are the same both times.
 */
const scriptNames = new WeakMap<SideReading, WeakMap<string[][], string[][]>>();

function scriptNamesAgainst(side: SideReading, otherKeys: string[][], read: () => string[][]): string[][] {
  let byOther = scriptNames.get(side);
  if (!byOther) scriptNames.set(side, (byOther = new WeakMap()));
  let names = byOther.get(otherKeys);
  if (!names) byOther.set(otherKeys, (names = read()));
  return names;
}

/**
 * The first pass only has to show which beads it is sure of, and the learners
 * read at most a few thousand of them: on a long document it aligns the
 * opening FIRST_PASS_SENTENCES sentences of the longer side against the same
 * share (in characters) of the other side, not the whole. Beads near the cut
 * may be wrong; the second pass aligns everything anew.
 */
const FIRST_PASS_SENTENCES = 4_000;

function firstPass(input: PathInput): { beads: Bead[]; whole: boolean } {
  const n = input.sourceLengths.length;
  const m = input.targetLengths.length;
  if (n <= FIRST_PASS_SENTENCES && m <= FIRST_PASS_SENTENCES) return { beads: findTranslationPath(input), whole: true };
  const share = (lengths: number[], count: number) => lengths.slice(0, count).reduce((a, b) => a + b, 0) / Math.max(1, lengths.reduce((a, b) => a + b, 0));
  // Cut the longer side at FIRST_PASS_SENTENCES, the other where its share of characters matches.
  const [longer, other] = n >= m ? [input.sourceLengths, input.targetLengths] : [input.targetLengths, input.sourceLengths];
  const goal = share(longer, FIRST_PASS_SENTENCES);
  let cut = 0;
  for (let mass = 0, total = other.reduce((a, b) => a + b, 0); cut < other.length && mass < goal * total; cut++) mass += other[cut]!;
  const [ns, nt] = n >= m ? [FIRST_PASS_SENTENCES, Math.max(1, cut)] : [Math.max(1, cut), FIRST_PASS_SENTENCES];
  return { beads: findTranslationPath(sliceInput(input, ns, nt)), whole: false };
}

/** The path input of the first `ns` source and `nt` target sentences. */
function sliceInput(input: PathInput, ns: number, nt: number): PathInput {
  const side = (a: PairAnchors['source'], k: number) => ({ ids: a.ids.slice(0, k), orphan: a.orphan.slice(0, k), unmatchedLearned: a.unmatchedLearned.slice(0, k) });
  return {
    ...input,
    sourceLengths: input.sourceLengths.slice(0, ns),
    targetLengths: input.targetLengths.slice(0, nt),
    anchors: { ...input.anchors, source: side(input.anchors.source, ns), target: side(input.anchors.target, nt) },
    ...(input.sourceKinds && { sourceKinds: input.sourceKinds.slice(0, ns) }),
    ...(input.targetKinds && { targetKinds: input.targetKinds.slice(0, nt) }),
    sourceRepeats: input.sourceRepeats.slice(0, ns),
    targetRepeats: input.targetRepeats.slice(0, nt),
    ...(input.sourcePunctuation && { sourcePunctuation: input.sourcePunctuation.slice(0, ns) }),
    ...(input.targetPunctuation && { targetPunctuation: input.targetPunctuation.slice(0, nt) }),
  };
}

function addKeys(keys: string[][], extra: string[][]): string[][] {
  return keys.map((k, i) => (extra[i]!.length ? [...k, ...extra[i]!] : k));
}

/** Word pairs (target word → source words) and the source words they name, looked up per sentence word. */
type WordPairs = WordPairTable;

const NO_PAIRS: WordPairs = { pairs: new Map(), sourceSide: new Set() };

/**
 * A corpus model indexed once, however many documents it aligns: rebuilding
 * the map of all its pairs for every pair of articles made relearning over a
 * corpus cost pairs x model size.
 */
const indexModel = rememberPer((model: TranslationModel): WordPairs => {
  const pairs = new Map<string, string[]>();
  for (const [v, w] of model.wordPairs) {
    const list = pairs.get(v);
    if (list) list.push(w);
    else pairs.set(v, [w]);
  }
  return { pairs, sourceSide: new Set(model.wordPairs.map(([, w]) => w)) };
});

/** Anchor keys with one `l:` key per word of a known pair (target word → source word), from any of `tables`. */
function withWordPairs(
  sourceKeys: string[][], targetKeys: string[][], sourceWords: string[][], targetWords: string[][], tables: WordPairs[],
): [string[][], string[][]] {
  const used = tables.filter((t) => t.pairs.size > 0);
  if (used.length === 0) return [sourceKeys, targetKeys];
  // Plain loops: this runs for every word of both documents of every pair, twice.
  const source = sourceKeys.map((k, i) => {
    const out = [...k];
    for (const w of sourceWords[i]!) if (used.some((t) => t.sourceSide.has(w))) out.push(learnedKey(w));
    return out;
  });
  const target = targetKeys.map((k, j) => {
    const added = new Set<string>();
    for (const v of targetWords[j]!) {
      for (const t of used) for (const w of t.pairs.get(v) ?? []) added.add(learnedKey(w));
    }
    return added.size ? [...k, ...added] : [...k];
  });
  return [source, target];
}

/** `l:` and the word, made once per word: the keys are hashed in every pair a word is in. */
const learnedKey = rememberWords((word) => makeKey('l', word), 200_000);

/**
 * Learn which words translate which from many document pairs of one language
 * pair (no dictionary needed), for `alignSentences(…, { model })`. The more
 * text, the better: learn once from the whole corpus.
 * @example
 * const model = learnTranslationModel([{ source: ['Presiden tiba di Astana.'], target: ['Chủ tịch tới Astana.'], sourceLang: 'ind', targetLang: 'vie' }]);
 * alignSentences(['Presiden tiba di Astana.'], ['Chủ tịch tới Astana.'], { model });
 */
export function learnTranslationModel(given: ModelDocument[]): TranslationModel {
  parseInput(documentsSchema, given, 'documents');
  const documents = given.map((d) => ({ ...d, source: [...d.source], target: [...d.target] }));
  return learnFromDocuments(documents, (d) => alignChecked(d.source, d.target, {
    ...(d.sourceLang && { sourceLang: normaliseLangCode(d.sourceLang) }),
    ...(d.targetLang && { targetLang: normaliseLangCode(d.targetLang) }),
  }));
}

export { findRepeats, repeatKey } from './read-side.js';
