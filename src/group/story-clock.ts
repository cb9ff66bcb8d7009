/**
 * When a story of a dated stream is closed (`buildCorpusStream` with
 * `closeStories`). Grouping joins two articles only within the time window
 * (`windowDays`), so once the input's dates have passed a story's latest
 * article by a window no new article can join it. A second window is left
 * for input that is not quite in order (a crawl writes a feed's articles as it
 * fetches them, not strictly by date). Stories are closed in segments: when
 * the articles held span four windows (and number 10,000 at least), the
 * stories older than the last two are closed, and the others' articles wait
 * for the next segment.
 */
import type { StoryGroup } from './group-stories.js';
import { DAY_MS } from '../article/published-time.js';

/** Windows between a closed story's latest article and the input's time: one for a join, one for articles out of order. */
const CLOSE_WINDOWS = 2;
/** Windows the held articles span before a segment is closed: each segment closes about half of what it groups. */
const SEGMENT_WINDOWS = 4;
/**
 * Articles a segment holds at least, unless the caller says otherwise: word
 * rarity, key weights and the word model the aligner learns are read from the
 * segment, and a few hundred articles of a language teach too little (20,000
 * generated and 1,476 NTREX articles dated over a year, 55 a day, closed every
 * four weeks: 0.949 of NTREX's gold line pairs output exactly against 0.961
 * held whole; in segments of 10,000 at least, 0.957).
 */
const MIN_SEGMENT_ARTICLES = 10_000;

/**
 * The input's time is the date this many articles have reached: one article
 * with a wrong year (2099 for 2024) would otherwise close every story held.
 */
const DATED_AHEAD = 10;

export class StoryClock {
  private readonly windowMs: number;
  /** The latest publication times seen, ascending, at most DATED_AHEAD of them. */
  private readonly latest: number[] = [];
  /** The time DATED_AHEAD articles have reached (-Infinity: fewer are dated). */
  private newest = -Infinity;
  /** The last segment's cutoff (-Infinity: none yet). */
  private lastCutoff = -Infinity;

  private readonly minArticles: number;

  constructor(windowDays: number, minArticles = MIN_SEGMENT_ARTICLES) {
    this.windowMs = windowDays * DAY_MS;
    this.minArticles = minArticles;
  }

  /** Notes an article's publication time (NaN when it has none). */
  saw(time: number): void {
    const { latest } = this;
    if (Number.isNaN(time) || (latest.length === DATED_AHEAD && time <= latest[0]!)) return;
    let at = latest.length;
    while (at > 0 && latest[at - 1]! > time) at--;
    latest.splice(at, 0, time);
    if (latest.length > DATED_AHEAD) latest.shift();
    if (latest.length === DATED_AHEAD) this.newest = latest[0]!;
  }

  /**
   * Whether `held` articles held since `oldest` (their earliest time; NaN or Infinity
   * when none is dated) make a segment. What the last segment left open counts
   * from its cutoff: an article left alone a little before it waits too, and
   * would otherwise make every window a segment.
   */
  due(oldest: number, held: number): boolean {
    return held >= this.minArticles && Math.max(oldest, this.lastCutoff) <= this.newest - SEGMENT_WINDOWS * this.windowMs;
  }

  /** The segment closed now: a story whose articles are all older than the cutoff given may close. */
  cut(): number {
    this.lastCutoff = this.newest - CLOSE_WINDOWS * this.windowMs;
    return this.lastCutoff;
  }
}

/**
 * The groups whose every dated article is older than `cutoff`: the others
 * have an article a later one may still join. A group with no dated article
 * is among them (an undated article would otherwise be held to the end; it is
 * grouped with the articles that came with it).
 */
export function closableGroups(groups: StoryGroup[], timeOf: (id: string) => number, cutoff: number): StoryGroup[] {
  return groups.filter((g) => g.articleIds.every((id) => !(timeOf(id) >= cutoff)));
}

/**
 * Of the closable groups once placed, those that close: all but an article
 * left alone within a window of the cutoff, which may be a version of a
 * story that stays open (placing puts a version it finds a window or less
 * from its story), and waits with it.
 */
export function closedGroups(groups: StoryGroup[], timeOf: (id: string) => number, cutoff: number, windowDays: number): StoryGroup[] {
  const near = cutoff - windowDays * DAY_MS;
  return groups.filter((g) => g.articleIds.length > 1 || !(timeOf(g.articleIds[0]!) >= near));
}
