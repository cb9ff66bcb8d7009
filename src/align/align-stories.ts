/**
 * The align stage's door for a whole corpus: every group's pairs aligned (see
 * `alignArticles`), then the versions grouping could not place are placed by
 * alignment. A translation that shares no name or number with its story (a
 * Burmese version with no digits, a Chinese one writing every name in
 * characters) is left alone or with a stray by the group stage; once the
 * corpus has taught which words translate which, a monotone alignment against
 * a version of the right size tells whether it is one more translation of it.
 */
import type { Article, AlignMode } from '../types.js';
import { alignGroups, alignPair, judgePair, keysOf, originalFirst, textsOf, type Alignment, type CorpusModels } from './align-articles.js';
import { comparableCounts, lengthProfileCost } from './length-profile.js';
import { rememberPer } from '../remember.js';
import { textLength } from './length-model.js';
import { lexicalAgreement } from './lexical-agreement.js';
import { readSide } from './read-side.js';
import type { TranslationModel } from './translation-model.js';

export interface StoryGroupIds {
  id: string;
  articleIds: string[];
}

/** An article moved from the group it was put in to the story it translates. */
export interface Placement {
  articleId: string;
  from: string;
  to: string;
  /** The member it was aligned against. */
  joinedWith: string;
  /** Sentence lengths' fit with that member (per sentence; lower is closer). */
  lengthCost: number;
  /** Share of both articles' sentences in confident beads of their alignment. */
  score: number;
  reason: string;
}

export interface AlignStoriesOptions {
  mode?: AlignMode;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many sentences any two articles' lengths can follow one another by chance. */
const MIN_STRAY_SENTENCES = 5;
/** Stories whose lengths fit best that are aligned against; the rest are not tried. */
const CANDIDATE_STORIES = 2;
/** A fit worse than this is no translation whatever the words say (unrelated articles of one size: 0.3 and up). */
const MAX_LENGTH_COST = 0.45;
/** The sign test's level: the chance that pairing told nothing and the words agree in the beads anyway. */
const SIGNIFICANCE = 0.05;

export function alignStories(
  articles: Article[], groups: StoryGroupIds[], options: AlignStoriesOptions,
): { alignments: Alignment[]; placements: Placement[] } {
  const { alignments, models } = alignGroups(articles, { groups, ...options });
  // A caller who chose the mode has said what the pairs are; the groups stand as given.
  if (options.mode) return { alignments, placements: [] };
  return placeStrays(articles, groups, alignments, models);
}

const lengthsOf = rememberPer((a: Article): number[] => a.sentences.map((s) => textLength(s.text)));

function placeStrays(
  articles: Article[], groups: StoryGroupIds[], alignments: Alignment[], models: CorpusModels,
): { alignments: Alignment[]; placements: Placement[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => g.articleIds.forEach((id) => groupOf.set(id, k)));
  // The languages each version has a translation in: a story's Burmese version is not looked for twice.
  const translatedInto = new Map<string, Set<string>>();
  const noteTranslation = (a: Article, lang: string) => translatedInto.set(a.id, (translatedInto.get(a.id) ?? new Set()).add(lang));
  for (const al of alignments) {
    if (al.mode !== 'translation') continue;
    noteTranslation(byId.get(al.source)!, al.targetLang);
    noteTranslation(byId.get(al.target)!, al.sourceLang);
  }
  const members = groups.map((g) => g.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a));
  // Every version by sentence count, so a stray is compared with those of its size only.
  const bySize = new Map<number, Article[]>();
  for (const a of articles) bySize.set(a.sentences.length, [...(bySize.get(a.sentences.length) ?? []), a]);
  const placements: Placement[] = [];
  const added: Alignment[] = [];
  const moved = new Set<string>();
  const placedIn = new Map<string, number>();
  for (const [k, list] of members.entries()) {
    for (const stray of [...list]) {
      const n = stray.sentences.length;
      if (n < MIN_STRAY_SENTENCES || translatedInto.has(stray.id)) continue;
      const best = new Map<number, { cost: number; member: Article }[]>();
      for (let m = Math.floor(n * 0.75); m <= Math.ceil(n * 1.25) + 1; m++) {
        if (!comparableCounts(n, m)) continue;
        for (const member of bySize.get(m) ?? []) {
          const story = placedIn.get(member.id) ?? groupOf.get(member.id)!;
          if (story === k || member.lang === stray.lang || moved.has(member.id) || translatedInto.get(member.id)?.has(stray.lang)) continue;
          const cost = lengthProfileCost(lengthsOf(stray), lengthsOf(member));
          if (cost <= MAX_LENGTH_COST) best.set(story, [...(best.get(story) ?? []), { cost, member }]);
        }
      }
      const stories = [...best].map(([story, fits]) => ({ story, fits: fits.sort((x, y) => x.cost - y.cost) }))
        .sort((x, y) => x.fits[0]!.cost - y.fits[0]!.cost).slice(0, CANDIDATE_STORIES);
      for (const { story, fits } of stories) {
        const found = confirmTranslation(stray, fits, models);
        if (!found) continue;
        placements.push({
          articleId: stray.id, from: groups[k]!.id, to: groups[story]!.id, joinedWith: found.member.id,
          lengthCost: Math.round(found.cost * 1000) / 1000, score: found.score, reason: found.reason,
        });
        moved.add(stray.id);
        for (const other of members[story]!) {
          if (other.lang !== stray.lang) added.push(alignWithModel(...originalFirst(other, stray), models));
        }
        for (const other of members[story]!) {
          noteTranslation(other, stray.lang);
          noteTranslation(stray, other.lang);
        }
        members[story]!.push(stray);
        placedIn.set(stray.id, story);
        break;
      }
    }
  }
  // A moved article's pairs with the group it left were two stories mined as one.
  const left = (al: Alignment) => (moved.has(al.source) || moved.has(al.target)) && groupOf.get(al.source) === groupOf.get(al.target);
  return { alignments: [...alignments.filter((al) => !left(al)), ...added], placements };
}

/**
 * The stray is one more translation of the story when a monotone alignment
 * with one of its versions, using the word pairs the corpus taught for the two
 * languages, reads as a translation (`judgeTranslation`) and its paired
 * sentences share their words more than neighbouring ones do (a sign test at
 * SIGNIFICANCE): the search for the best fit of lengths also finds unrelated
 * articles whose alignment looks like a translation's, but their words agree
 * no better in a bead than beside it.
 */
function confirmTranslation(
  stray: Article, fits: { cost: number; member: Article }[], models: CorpusModels,
): { member: Article; cost: number; score: number; reason: string } | undefined {
  // The version whose language the corpus taught most word pairs for with the stray's, the closest in length among equals.
  const taught = (f: { member: Article }) => modelBetween(f.member, stray, models)?.model.wordPairs.length ?? 0;
  const fit = fits.reduce((best, f) => (taught(f) > taught(best) ? f : best), fits[0]!);
  const between = modelBetween(fit.member, stray, models);
  const [source, target] = between?.forward === false ? [stray, fit.member] : [fit.member, stray];
  const { monotone, verdict } = judgePair(source, target, between?.model);
  // Words and language-free keys (numbers, names) alike can agree.
  const terms = (a: Article) => readSide(textsOf(a)).words.map((words, i) => [...words, ...keysOf(a)[i]!]);
  const lex = lexicalAgreement(monotone, terms(source), terms(target), between?.model);
  if (!verdict.translation || lex.pValue > SIGNIFICANCE) return undefined;
  const score = Math.round(verdict.evidence.confidentShare * 1000) / 1000;
  return { member: fit.member, cost: fit.cost, score, reason: `sentence lengths follow ${fit.member.id} (cost ${fit.cost.toFixed(2)}); ${verdict.reason}` };
}

/** The word pairs learned for two articles' languages, in either direction (`forward`: from a's language to b's). */
function modelBetween(a: Article, b: Article, models: CorpusModels): { model: TranslationModel; forward: boolean } | undefined {
  const forward = models.get(`${a.lang}>${b.lang}`);
  if (forward) return { model: forward, forward: true };
  const backward = models.get(`${b.lang}>${a.lang}`);
  return backward && { model: backward, forward: false };
}

function alignWithModel(source: Article, target: Article, models: CorpusModels): Alignment {
  return alignPair(source, target, undefined, models.get(`${source.lang}>${target.lang}`));
}
