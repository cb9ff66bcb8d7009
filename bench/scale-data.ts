/**
 * Generated articles for `bench:scale`: each in one of NTREX's 12 languages,
 * 8-20 sentences of words drawn from that language's NTREX word frequencies,
 * with invented names and numbers of its own, so that no two share a story.
 */
import { NTREX_LANGS, readLines, seededRandom } from './ntrex.js';

const UNSPACED = new Set(['cmn', 'tha', 'khm', 'mya']);
const STOP: Record<string, string> = { cmn: '。', arb: '.', mya: '။' };

/** Words (or, in scripts without spaces, two-character pieces) of a language's NTREX text, as often as NTREX writes them. */
function vocabulary(lang: string): string[] {
  const text = readLines(lang).join(' ');
  if (!UNSPACED.has(lang)) return text.split(/\s+/u).map((w) => w.replace(/[\p{P}\p{N}]+/gu, '')).filter((w) => /\p{L}/u.test(w));
  const letters = [...text.replace(/[\s\p{P}\p{N}]+/gu, '')];
  return Array.from({ length: Math.floor(letters.length / 2) }, (_, k) => letters[2 * k]! + letters[2 * k + 1]!);
}

/** N articles that share no story: each with names and numbers of its own. */
export function generatedArticles(count: number, seed = 100_000): { id: string; text: string }[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const words = new Map(NTREX_LANGS.map((l) => [l, vocabulary(l)]));
  const syllables = ['ka', 'ro', 'mi', 'ta', 'su', 'le', 'no', 'vi', 'da', 'pe', 'zu', 'ha', 'qi', 'bo', 'ne', 'ri', 'fa', 'go', 'xu', 'ye'];
  // Five syllables of twenty: 3.2 million names, so two articles rarely share one.
  const name = () => Array.from({ length: 5 }, () => pick(syllables)).join('').replace(/^./u, (c) => c.toUpperCase());
  return Array.from({ length: count }, (_, i) => {
    const lang = pick([...NTREX_LANGS]);
    const vocab = words.get(lang)!;
    const glue = UNSPACED.has(lang) ? '' : ' ';
    const names = [name(), name(), name()];
    const sentences = Array.from({ length: 8 + Math.floor(random() * 13) }, (_, k) => {
      const body = Array.from({ length: 6 + Math.floor(random() * 14) }, () => pick(vocab));
      body.splice(1 + Math.floor(random() * 3), 0, pick(names));
      if (k % 3 === 1) body.splice(2, 0, String(100 + Math.floor(random() * 999_900)));
      return `${body.join(glue)}${STOP[lang] ?? (UNSPACED.has(lang) ? '' : '.')}`;
    });
    return { id: `gen/${i}/${lang}`, text: sentences.join('\n') };
  });
}


/** Where a dated crawl starts. */
const CRAWL_START = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/**
 * A crawl of `days` in order of publication: each generated article at a
 * random time, each story's versions (`story`) within one day of a random
 * day, as outlets publish a story and its translations.
 */
export function datedCrawl(articles: { id: string; text: string; story?: string }[], days: number, seed: number): { id: string; text: string; publishedAt: string }[] {
  const random = seededRandom(seed);
  const storyDay = new Map<string, number>();
  const timed = articles.map(({ id, text, story }) => {
    if (story === undefined) return { id, text, time: CRAWL_START + random() * days * DAY_MS };
    if (!storyDay.has(story)) storyDay.set(story, CRAWL_START + Math.floor(random() * days) * DAY_MS);
    return { id, text, time: storyDay.get(story)! + random() * DAY_MS };
  });
  return timed.sort((a, b) => a.time - b.time).map(({ id, text, time }) => ({ id, text, publishedAt: new Date(time).toISOString() }));
}
