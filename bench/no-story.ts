/**
 * Articles that share no story: random words, invented names, random numbers,
 * as short as news briefs. Every article should stay alone; a group here is a
 * join on one token that happens to recur (a number, a surname).
 */
import type { groupStories as GroupStories } from '../src/index.js';
import { seededRandom } from './ntrex.js';

export const NO_STORY_ARTICLES = 2951;

export function noStoryGroups(groupStories: typeof GroupStories): number {
  const random = seededRandom(2951);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const word = (syllables: string[], n: number) => Array.from({ length: n }, () => pick(syllables)).join('');
  const common = ['ka', 'ro', 'mi', 'ta', 'su', 'le', 'no', 'vi', 'da', 'pe'];
  // Names from other syllables than the common words, so no article writes them in lower case.
  const proper = ['zor', 'qua', 'bex', 'lun', 'dri', 'vak', 'mos', 'tel', 'gir', 'fen', 'pad', 'hul'];
  const vocabulary = Array.from({ length: 2000 }, () => word(common, 3));
  const names = Array.from({ length: 3000 }, () => word(proper, 3).replace(/^./u, (c) => c.toUpperCase()));
  const docs = Array.from({ length: NO_STORY_ARTICLES }, (_, i) => {
    const sentences = Array.from({ length: 3 }, (_, k) => {
      const words = Array.from({ length: 9 }, () => pick(vocabulary));
      words.splice(2, 0, pick(names));
      if (k === 1) words.splice(6, 0, String(1000 + Math.floor(random() * 90000)));
      return `${words.join(' ').replace(/^./u, (c) => c.toUpperCase())}.`;
    });
    return { id: `n${i}`, text: sentences.join(' '), lang: 'ind' };
  });
  return groupStories(docs).filter((g) => g.articleIds.length > 1).length;
}
