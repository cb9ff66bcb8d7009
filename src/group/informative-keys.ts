/**
 * Which pairs of same-language articles may start a merge on their words:
 * words alone make a story only when two articles share much of them, since
 * two reports on one topic (two Kavanaugh hearings, two Premier League
 * matches) share its vocabulary too. Below STRONG_WORDS a join also needs two
 * shared numbers or dates, the facts of one event (a death toll, a flight
 * number); above it, two shared keys of any kind. Such an edge can start a
 * merge; every similarity still counts in the average.
 */
import { corroboratedBy, keyWeight } from './key-weights.js';
import { isKey } from '../entities/keys.js';
import type { NumberedKeys } from './key-numbers.js';

const STRONG_WORDS = 0.25;
const SHARED_FACTS = 2;

/**
 * Each article's keys that say something: a key most of the input carries
 * ("Menteri" capitalised in every Indonesian article) weighs next to nothing.
 */
const MIN_KEY_WEIGHT = 1;

/**
 * Each article's informative keys as key numbers, ascending, in one flat
 * array: a set of strings per article held a few hundred megabytes at 100,000
 * articles, where only a pair at the threshold ever asks.
 */
export class InformativeKeys {
  /** Article i's keys are `ids[at[i]] .. ids[at[i + 1]]`, ascending. */
  private readonly ids: Int32Array;
  private readonly at: Int32Array;
  /** By key number, 1 for a number or a date: the facts of one event. */
  private readonly fact: Uint8Array;

  /** `numbered`: the articles' keys, numbered (see `numberKeys`). */
  constructor(numbered: NumberedKeys) {
    const { keyOf: spelled, ids: lists, df } = numbered;
    const n = lists.length;
    const informative = Uint8Array.from(spelled, (key, id) => (keyWeight(key, df[id]!, n) >= MIN_KEY_WEIGHT ? 1 : 0));
    this.fact = Uint8Array.from(spelled, (key) => (isKey(key, 'num') || isKey(key, 'date') ? 1 : 0));
    this.at = new Int32Array(n + 1);
    const kept = lists.map((own, i) => {
      const list = own.filter((id) => informative[id] === 1).sort((x, y) => x - y);
      this.at[i + 1] = this.at[i]! + list.length;
      return list;
    });
    this.ids = new Int32Array(this.at[n]!);
    kept.forEach((list, i) => this.ids.set(list, this.at[i]!));
  }

  /** Whether two articles whose words score `score` share enough keys for their edge to start a merge. */
  corroborate(a: number, b: number, score: number): boolean {
    const { ids, at, fact } = this;
    let shared = 0;
    let facts = 0;
    let x = at[a]!;
    let y = at[b]!;
    while (x < at[a + 1]! && y < at[b + 1]!) {
      const kx = ids[x]!;
      const ky = ids[y]!;
      if (kx < ky) x++;
      else if (ky < kx) y++;
      else {
        shared++;
        facts += fact[kx]!;
        x++;
        y++;
      }
    }
    // However alike the words, one shared name (two briefs on one president) is not one story.
    if (!corroboratedBy(shared)) return false;
    return score >= STRONG_WORDS || facts >= SHARED_FACTS;
  }
}
