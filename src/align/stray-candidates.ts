/**
 * The versions a stray is compared with, by sentence count: every version of
 * a count the stray's could translate, in a fixed order (stories told in the
 * most languages first), but never one whose numbers rule it out. Numbers
 * survive translation (digits of every script are read alike): two versions
 * that each write at least MIN_NUMBERS numbers of two digits or more and
 * share none are two stories. Those are skipped through an index rather than
 * read one by one: on a large input with no second version of most articles
 * nearly every version of a size is ruled out, and reading them all made each
 * stray cost the whole input.
 */
import type { Article } from '../types.js';
import { isKey } from '../entities/keys.js';

const MIN_NUMBERS = 3;

/**
 * Versions are numbered by their place in the list given to the constructor:
 * placing asks for the first few hundred of thousands of versions for every
 * stray, and looking each one's set, date and languages up by number rather
 * than by object was half of its time on the main thread at N = 100,000.
 */
export class StrayCandidates {
  /** Each version's numbers of two digits or more (its `num:` keys), once each, in the order it writes them. */
  private readonly numbers: string[][];
  /** Versions by sentence count, in the order they are offered. */
  private readonly bySize = new Map<number, Int32Array>();
  /** Each version's place in its count's list. */
  private readonly position: Int32Array;
  /** Per count, the versions with too few numbers to be ruled out by them. */
  private readonly fewNumbers = new Map<number, Int32Array>();
  /** Per count, number key → the versions of that count with enough numbers that write it. */
  private readonly byNumber = new Map<number, Map<string, number[]>>();
  /** Which call of `sharing` last met a version: each is listed once per call. */
  private readonly seenBy: Int32Array;
  private calls = 0;

  /** `order` sorts the versions of one count (the first are offered first); `limit` bounds what one member is offered. */
  constructor(articles: Article[], keysOf: (id: string) => readonly string[], order: (a: Article, b: Article) => number, private readonly limit: number) {
    this.numbers = articles.map((a) => [...new Set(keysOf(a.id).filter((k) => isKey(k, 'num')))]);
    this.position = new Int32Array(articles.length);
    this.seenBy = new Int32Array(articles.length);
    const sizes = new Map<number, number[]>();
    articles.forEach((a, i) => {
      const list = sizes.get(a.sentences.length);
      if (list) list.push(i);
      else sizes.set(a.sentences.length, [i]);
    });
    for (const [size, list] of sizes) {
      list.sort((x, y) => order(articles[x]!, articles[y]!));
      list.forEach((i, k) => (this.position[i] = k));
      this.bySize.set(size, Int32Array.from(list));
      this.fewNumbers.set(size, Int32Array.from(list.filter((i) => this.numbers[i]!.length < MIN_NUMBERS)));
      const holders = new Map<string, number[]>();
      for (const i of list) {
        const numbers = this.numbers[i]!;
        if (numbers.length < MIN_NUMBERS) continue;
        for (const k of numbers) {
          const some = holders.get(k);
          if (some) some.push(i);
          else holders.set(k, [i]);
        }
      }
      this.byNumber.set(size, holders);
    }
  }

  /**
   * The first `max` versions that `keep` keeps among those offered to
   * `member`: the versions of each count in `sizes`, in order, whose numbers
   * do not rule them out, at most `limit` of them offered in all (kept or not).
   */
  firstAround(member: number, sizes: readonly number[], keep: (version: number) => boolean, max: number): number[] {
    const own = this.numbers[member]!;
    const out: number[] = [];
    let offered = 0;
    /** Whether the reading stops here. */
    const offer = (version: number) => offered++ === this.limit || (keep(version) && out.push(version) === max);
    const { position } = this;
    for (const size of sizes) {
      const few = own.length < MIN_NUMBERS ? this.bySize.get(size) ?? EMPTY : this.fewNumbers.get(size) ?? EMPTY;
      const sharing = own.length < MIN_NUMBERS ? [] : this.sharing(own, size);
      // Two lists in offering order, merged as they are read: the list of those with few numbers can
      // hold most versions of a count, and the reading stops early.
      for (let i = 0, j = 0; i < few.length || j < sharing.length;) {
        const takeFew = j === sharing.length || (i < few.length && position[few[i]!]! < position[sharing[j]!]!);
        if (offer(takeFew ? few[i++]! : sharing[j++]!)) return out;
      }
    }
    return out;
  }

  /** The versions of one count with enough numbers that write one of `own`'s (the first `limit` met, number by number), in offering order. */
  private sharing(own: readonly string[], size: number): number[] {
    const holders = this.byNumber.get(size);
    if (!holders) return [];
    const call = ++this.calls;
    const sharing: number[] = [];
    for (const k of own) {
      for (const i of holders.get(k) ?? []) {
        if (sharing.length === this.limit) break;
        if (this.seenBy[i] === call) continue;
        this.seenBy[i] = call;
        sharing.push(i);
      }
    }
    return sharing.sort((x, y) => this.position[x]! - this.position[y]!);
  }
}

const EMPTY = new Int32Array(0);
