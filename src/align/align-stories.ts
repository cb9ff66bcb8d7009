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
import { alignGroups, alignPair, judgePair, originalFirst, type Alignment, type CorpusModels } from './align-articles.js';
import { comparableCounts, lengthProfileCost } from './length-profile.js';
import { rememberPer } from '../remember.js';
import { textLength } from './length-model.js';
import { lexicalAgreement } from './lexical-agreement.js';
import { readSide } from './read-side.js';

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
  const translated = new Set<string>();
  const storiesWithTranslation = new Set<number>();
  for (const al of alignments) {
    if (al.mode !== 'translation') continue;
    translated.add(al.source).add(al.target);
    storiesWithTranslation.add(groupOf.get(al.source)!);
  }
  const members = groups.map((g) => g.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a));
  const langsOf = members.map((list) => new Set(list.map((a) => a.lang)));
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
      if (n < MIN_STRAY_SENTENCES || translated.has(stray.id)) continue;
      const best = new Map<number, { cost: number; member: Article }[]>();
      for (let m = Math.floor(n * 0.75); m <= Math.ceil(n * 1.25) + 1; m++) {
        if (!comparableCounts(n, m)) continue;
        for (const member of bySize.get(m) ?? []) {
          const story = placedIn.get(member.id) ?? groupOf.get(member.id)!;
          if (story === k || moved.has(member.id) || langsOf[story]!.has(stray.lang)) continue;
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
        members[story]!.push(stray);
        langsOf[story]!.add(stray.lang);
        placedIn.set(stray.id, story);
        storiesWithTranslation.add(story);
        translated.add(stray.id).add(found.member.id);
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
  const taught = fits.filter((f) => modelFor(f.member, stray, models));
  const fit = taught[0] ?? fits[0]!;
  const [source, target] = modelFor(fit.member, stray, models) === 'forward' ? [fit.member, stray] : [stray, fit.member];
  const model = models.get(`${source.lang}>${target.lang}`);
  const { monotone, verdict } = judgePair(source, target, model);
  const words = (a: Article) => readSide(a.sentences.map((x) => x.text)).words;
  const lex = lexicalAgreement(monotone, words(source), words(target), model);
  if (!verdict.translation || lex.pValue > SIGNIFICANCE) return undefined;
  const score = Math.round(verdict.evidence.confidentShare * 1000) / 1000;
  return { member: fit.member, cost: fit.cost, score, reason: `sentence lengths follow ${fit.member.id} (cost ${fit.cost.toFixed(2)}); ${verdict.reason}` };
}

function modelFor(a: Article, b: Article, models: CorpusModels): 'forward' | 'backward' | undefined {
  if (models.has(`${a.lang}>${b.lang}`)) return 'forward';
  return models.has(`${b.lang}>${a.lang}`) ? 'backward' : undefined;
}

function alignWithModel(source: Article, target: Article, models: CorpusModels): Alignment {
  return alignPair(source, target, undefined, models.get(`${source.lang}>${target.lang}`));
}
