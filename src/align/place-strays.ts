/**
 * The align stage's last step over a whole corpus: once every group's pairs
 * are aligned (see `pair-jobs.ts`), the versions grouping could not place are
 * placed by alignment. A translation that shares no name or number with its story (a
 * Burmese version with no digits, a Chinese one writing every name in
 * characters) is left alone or with a stray by the group stage; once the
 * corpus has taught which words translate which, a monotone alignment against
 * a version of the right size tells whether it is one more translation of it.
 */
import type { Article, ArticlePlacement as Placement } from '../types.js';
import type { StepProgress } from './align-articles.js';
import type { CorpusModels } from './pair-jobs.js';
import { alignPair, judgePair, keysOf, originalFirst, textsOf, type Alignment } from './align-pair.js';
import { comparableCounts, lengthProfileCost, lengthProfilePath } from './length-profile.js';
import { rememberPer } from '../remember.js';
import { textLength } from './length-model.js';
import { lexicalAgreement } from './lexical-agreement.js';
import { readSide } from './read-side.js';
import type { TranslationModel } from './translation-model.js';
import { StrayCandidates } from './stray-candidates.js';
import { absorb, translationSets, Versions, type TranslationSet } from './translation-sets.js';
import type { LanguageSets } from '../language/language-sets.js';

export interface StoryGroupIds {
  id: string;
  articleIds: string[];
}

/** Sets whose fits are confirmed together. */
const WINDOW = 256;

/**
 * Fits to confirm (see `confirmFit`). Where there are workers they are started
 * at once and the answer is a handle; the answers themselves, in the fits'
 * order, are collected later with `CollectWork`, so that placing works out the
 * next window's candidates while the workers confirm this one's.
 */
export interface ConfirmWork {
  kind: 'confirm';
  items: FitToConfirm[];
}

/** Confirmations started by a `ConfirmWork`. */
export interface StartedConfirmations {
  answers: Promise<(Confirmation | undefined)[]>;
}

/** The answers of confirmations started before (undefined: none were, each fit is confirmed here when needed). */
export interface CollectWork {
  kind: 'collect';
  started: StartedConfirmations | undefined;
}

/**
 * Versions placing joined to a story, each to align with a version of it in
 * another language and the word pairs the corpus taught for the two. Nothing
 * placing decides reads these alignments, so they are all handed out at its
 * end: where there are workers they run there (on the main thread they were
 * a fifth of its time in placing at N = 20,000, the workers waiting on it).
 */
export interface AlignPlacedWork {
  kind: 'alignPlaced';
  pairs: PlacedPair[];
}

/** Two versions placing joined, original first, with the word pairs learned for their languages. */
export interface PlacedPair {
  source: Article;
  target: Article;
  model?: TranslationModel;
}

/** A pair placing joined, aligned; pure, so a worker thread can run it. */
export function alignPlaced({ source, target, model }: PlacedPair): Alignment {
  return alignPair(source, target, undefined, model);
}

/** Below this many sentences any two articles' lengths can follow one another by chance. */
const MIN_STRAY_SENTENCES = 5;
/** Stories whose lengths fit best that are aligned against; the rest are not tried. */
const CANDIDATE_STORIES = 2;
/**
 * Versions of the right size one member is compared with, the closest sizes
 * first: on a large input without dates the candidates of one size are many,
 * and the cost must stay linear in the input.
 */
const MAX_COMPARED = 300;
/**
 * Versions offered to one member at most, ruled-out ones skipped (see
 * stray-candidates.ts): most of a size can be of the set's own languages, and
 * reading on until MAX_COMPARED pass made each stray cost the whole input.
 */
const MAX_SCANNED = 10 * MAX_COMPARED;
/** A fit worse than this is no translation whatever the words say (unrelated articles of one size: 0.3 and up). */
const MAX_LENGTH_COST = 0.45;
/** The sign test's level: the chance that pairing told nothing and the words agree in the beads anyway. */
const SIGNIFICANCE = 0.05;
/**
 * The level the same test must reach on the path of lengths alone before a
 * full alignment is paid for. A translation's length path pairs nearly the
 * sentences its alignment does (on the NTREX mix and on 20,000 generated
 * articles, every confirmed fit scored the same on both, at most 0.035), while
 * an unrelated version's words agree by chance on any path: a looser level
 * than SIGNIFICANCE, so that a path a little off still goes on to be aligned.
 */
const PROPOSED_SIGNIFICANCE = 4 * SIGNIFICANCE;

const lengthsOf = rememberPer((a: Article): number[] => a.sentences.map((s) => textLength(s.text)));

/** A member of a set, a version elsewhere whose sentence lengths follow it, and how closely. */
export interface Fit {
  member: Article;
  other: Article;
  cost: number;
}

/** Sentence counts a translation of an n-sentence article may have, the closest first. */
function countsAround(n: number): number[] {
  const out: number[] = [];
  for (let d = 0; comparableCounts(n, n + d) || comparableCounts(n, n - d); d++) {
    if (comparableCounts(n, n + d)) out.push(n + d);
    if (d > 0 && n - d > 0 && comparableCounts(n, n - d)) out.push(n - d);
  }
  return out;
}

/**
 * The versions grouping could not place, placed by alignment against the
 * corpus's first alignments and models, one translation set after another.
 * The alignments that confirm a fit are the costly part and depend on nothing
 * else: they are yielded, WINDOW sets at a time, for the caller to start where
 * it likes (answered with undefined, each is run here when needed).
 */
export function* placeStrays(
  articles: Article[], groups: StoryGroupIds[], alignments: Alignment[], models: CorpusModels, windowDays: number,
  keysOf: (id: string) => readonly string[], onStep?: StepProgress, windowSize = WINDOW,
): Generator<ConfirmWork | CollectWork | AlignPlacedWork, { alignments: Alignment[]; placements: Placement[] }, unknown> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const members = groups.map((g) => g.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a));
  const { sets, languages } = translationSets(members, alignments);
  const versions = new Versions(articles, sets, windowDays);
  // Every version by sentence count, so a member is compared with those of its size only; versions
  // of stories told in the most languages first, the likeliest to lack one.
  const candidates = new StrayCandidates(articles, keysOf, (x, y) => versions.setOf(y.id).langs.size - versions.setOf(x.id).langs.size, MAX_SCANNED);
  const placements: Placement[] = [];
  const joined: PlacedPair[] = [];
  const leftGroup = new Map<string, number>();
  // A set's group never changes (a moved set's members join another set), so its sibling sets are listed once.
  const setsOfGroup = new Map<number, TranslationSet[]>();
  for (const set of sets) {
    const list = setsOfGroup.get(set.group);
    if (list) list.push(set);
    else setsOfGroup.set(set.group, [set]);
  }
  const movable = (set: TranslationSet) => !set.settled && mayMove(set, members[set.group]!, setsOfGroup.get(set.group)!);
  // Each set's candidate stories as things stand, and their fits started all at once (in workers when
  // there are any); a set whose candidates a placement before it changed is looked at again.
  function* guessAndAsk(start: number): Generator<ConfirmWork, { window: TranslationSet[]; guesses: (StoryFits[] | undefined)[]; started: StartedConfirmations | undefined }, unknown> {
    const window = sets.slice(start, start + windowSize);
    const guesses = window.map((set) => (movable(set) ? closestStories(set, candidates, versions, languages) : undefined));
    const asks = guesses.flatMap((stories) => (stories ?? []).map(({ fits }) => chooseFit(fits, models)));
    const started = (yield { kind: 'confirm', items: asks }) as StartedConfirmations | undefined;
    return { window, guesses, started };
  }
  let current = yield* guessAndAsk(0);
  // The next window's guesses are made while this one's fits are confirmed, before its placements: any of them makes those stale.
  let placedBefore = false;
  for (let start = 0; start < sets.length; start += windowSize) {
    const { window, guesses, started } = current;
    const next = start + windowSize < sets.length ? yield* guessAndAsk(start + windowSize) : undefined;
    const answers = (yield { kind: 'collect', started }) as (Confirmation | undefined)[] | undefined;
    let asked = 0;
    let changed = placedBefore;
    placedBefore = false;
    for (const [k, set] of window.entries()) {
      onStep?.('placing', start + k + 1, sets.length);
      const guess = guesses[k];
      const answered = guess && answers ? answers.slice(asked, asked + guess.length) : undefined;
      asked += guess?.length ?? 0;
      if (!movable(set)) continue;
      const now = guess && !changed ? guess : closestStories(set, candidates, versions, languages);
      const known = guess && sameStories(now, guess) ? answered : undefined;
      for (const [s, { group, fits }] of now.entries()) {
        const chosen = chooseFit(fits, models);
        const confirmed = known ? known[s] : confirmFit(chosen);
        if (!confirmed) continue;
        const found = { ...chosen.fit, ...confirmed };
        for (const a of set.members) {
          placements.push({
            articleId: a.id, from: groups[set.group]!.id, to: groups[group]!.id,
            joinedWith: a === found.member ? found.other.id : found.member.id,
            score: found.score,
            reason: a === found.member ? found.reason : `moved with its translation ${found.member.id}`,
          });
          leftGroup.set(a.id, set.group);
          for (const b of members[group]!) if (b.lang !== a.lang) joined.push(placedPair(...originalFirst(b, a), models));
        }
        members[group]!.push(...set.members);
        const there = versions.setOf(found.other.id);
        absorb(there, set, languages);
        for (const a of set.members) versions.moveTo(a, there);
        changed = true;
        placedBefore = true;
        break;
      }
    }
    if (next) current = next;
  }
  // A moved version's pairs with the group it left, outside its own set, were two stories aligned as one.
  const stale = (al: Alignment) => {
    const [from, to] = [leftGroup.get(al.source), leftGroup.get(al.target)];
    if (from === undefined && to === undefined) return false;
    return from !== to || versions.setOf(al.source) !== versions.setOf(al.target);
  };
  const added = joined.length ? ((yield { kind: 'alignPlaced', pairs: joined }) as Alignment[]) : [];
  return { alignments: [...alignments.filter((al) => !stale(al)), ...added], placements };
}

/** A story a set may belong to, and the fits of its versions to the set's members, closest first. */
interface StoryFits {
  group: number;
  fits: Fit[];
}

/**
 * The CANDIDATE_STORIES groups whose versions' sentence lengths follow one of
 * the set's members most closely, each with its fits, closest first. A
 * version counts only when neither its set nor ours has a language of the
 * other (two versions of one set in one language would be two translations
 * where there is one) and it was published within grouping's window.
 */
function closestStories(set: TranslationSet, candidates: StrayCandidates, versions: Versions, languages: LanguageSets): StoryFits[] {
  const best = new Map<number, Fit[]>();
  const { articles, setAt, timeAt, windowMs } = versions;
  for (const member of set.members) {
    if (member.sentences.length < MIN_STRAY_SENTENCES) continue;
    const at = versions.indexOf(member.id);
    const time = timeAt[at]!;
    const eligible = (other: number) => {
      const there = setAt[other]!;
      // Versions published further apart than grouping's window are not one story.
      return there.group !== set.group && !languages.meetsSet(there.slot, set.slot) && !(Math.abs(time - timeAt[other]!) > windowMs);
    };
    for (const k of candidates.firstAround(at, countsAround(member.sentences.length), eligible, MAX_COMPARED)) {
      const other = articles[k]!;
      const cost = lengthProfileCost(lengthsOf(member), lengthsOf(other), MAX_LENGTH_COST);
      const group = setAt[k]!.group;
      if (cost <= MAX_LENGTH_COST) best.set(group, [...(best.get(group) ?? []), { member, other, cost }]);
    }
  }
  return [...best].map(([group, fits]) => ({ group, fits: fits.sort((x, y) => x.cost - y.cost) }))
    .sort((x, y) => x.fits[0]!.cost - y.fits[0]!.cost).slice(0, CANDIDATE_STORIES);
}

/** Whether two lists of candidate stories are the same groups with the same fits, in the same order. */
function sameStories(a: StoryFits[], b: StoryFits[]): boolean {
  return a === b || (a.length === b.length && a.every((x, s) => x.group === b[s]!.group && x.fits.length === b[s]!.fits.length
    && x.fits.every((f, i) => f.member === b[s]!.fits[i]!.member && f.other === b[s]!.fits[i]!.other && f.cost === b[s]!.fits[i]!.cost)));
}

/**
 * The single largest set of a group is what the group is about; it stays. Any
 * other set may belong elsewhere (a stray joined on two numbers, the rest of a
 * story's versions grouped with another outlet's story), and so may a group
 * that is one set (a version no key placed).
 */
function mayMove(set: TranslationSet, group: Article[], siblings: TranslationSet[]): boolean {
  if (set.members.length === group.length) return true;
  return siblings.some((other) => other !== set && other.members.length >= set.members.length);
}

/** A fit to confirm, with the word pairs the corpus taught for its two languages. */
export interface FitToConfirm {
  fit: Fit;
  model?: TranslationModel;
}

/** What confirms a fit: the score and the reason of the placement. */
export interface Confirmation {
  score: number;
  reason: string;
}

/**
 * The pair whose languages the corpus taught most word pairs for, the closest
 * in length among equals (the corpus keeps every model in both directions).
 */
function chooseFit(fits: Fit[], models: CorpusModels): FitToConfirm {
  const modelOf = (f: Fit) => models.get(`${f.other.lang}>${f.member.lang}`);
  const taught = (f: Fit) => modelOf(f)?.wordPairs.length ?? 0;
  const fit = fits.reduce((best, f) => (taught(f) > taught(best) ? f : best), fits[0]!);
  const model = modelOf(fit);
  return { fit, ...(model && { model }) };
}

/**
 * The stray is one more translation of the story when a monotone alignment
 * with one of its versions, using the word pairs the corpus taught for the two
 * languages, reads as a translation (`judgeTranslation`) and its paired
 * sentences share their words more than neighbouring ones do (a sign test at
 * SIGNIFICANCE): the search for the best fit of lengths also finds unrelated
 * articles whose alignment looks like a translation's, but their words agree
 * no better in a bead than beside it. Pure, so a worker thread can run it.
 */
export function confirmFit({ fit, model }: FitToConfirm): Confirmation | undefined {
  // Words and language-free keys (numbers, names) alike can agree.
  const terms = (a: Article) => readSide(textsOf(a)).words.map((words, i) => [...words, ...keysOf(a)[i]!]);
  const [otherTerms, memberTerms] = [terms(fit.other), terms(fit.member)];
  // The pairing that lengths alone propose is asked first: on a large input nearly every stray finds
  // some version whose lengths fit, and a full alignment for each was most of placing's time.
  const proposed = lexicalAgreement(lengthProfilePath(lengthsOf(fit.other), lengthsOf(fit.member)), otherTerms, memberTerms, model);
  if (proposed.pValue > PROPOSED_SIGNIFICANCE) return undefined;
  const { monotone, verdict } = judgePair(fit.other, fit.member, model);
  const lex = lexicalAgreement(monotone, otherTerms, memberTerms, model);
  if (!verdict.translation || lex.pValue > SIGNIFICANCE) return undefined;
  const score = Math.round(verdict.evidence.confidentShare * 1000) / 1000;
  return { score, reason: `sentence lengths follow ${fit.other.id} (cost ${fit.cost.toFixed(2)}); ${verdict.reason}` };
}

function placedPair(source: Article, target: Article, models: CorpusModels): PlacedPair {
  const model = models.get(`${source.lang}>${target.lang}`);
  return { source, target, ...(model && { model }) };
}
