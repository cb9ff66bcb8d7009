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

export class StrayCandidates {
  private readonly numbers = new Map<Article, Set<string>>();
  /** Versions by sentence count, in the order they are offered. */
  private readonly bySize = new Map<number, Article[]>();
  private readonly position = new Map<Article, number>();
  /** Per count, the versions with too few numbers to be ruled out by them. */
  private readonly fewNumbers = new Map<number, Article[]>();
  /** Count and number key → the versions of that count with enough numbers that write it. */
  private readonly byNumber = new Map<string, Article[]>();

  /** `order` sorts the versions of one count (the first are offered first); `limit` bounds what one member is offered. */
  constructor(articles: Article[], keysOf: (id: string) => readonly string[], order: (a: Article, b: Article) => number, private readonly limit: number) {
    for (const a of articles) {
      this.numbers.set(a, new Set(keysOf(a.id).filter((k) => isKey(k, 'num'))));
      const list = this.bySize.get(a.sentences.length);
      if (list) list.push(a);
      else this.bySize.set(a.sentences.length, [a]);
    }
    for (const [size, list] of this.bySize) {
      list.sort(order);
      list.forEach((a, k) => this.position.set(a, k));
      this.fewNumbers.set(size, list.filter((a) => this.numbers.get(a)!.size < MIN_NUMBERS));
      for (const a of list) {
        const numbers = this.numbers.get(a)!;
        if (numbers.size < MIN_NUMBERS) continue;
        for (const k of numbers) {
          const holders = this.byNumber.get(`${size}\u0000${k}`);
          if (holders) holders.push(a);
          else this.byNumber.set(`${size}\u0000${k}`, [a]);
        }
      }
    }
  }

  /**
   * The versions of each count in `sizes`, in order, whose numbers do not rule
   * them out for `member`, at most `limit` of them: what reading every version
   * of those counts and skipping the ruled-out ones would give.
   */
  *around(member: Article, sizes: number[]): Generator<Article> {
    const own = this.numbers.get(member)!;
    let offered = 0;
    for (const size of sizes) {
      const list = own.size < MIN_NUMBERS ? this.bySize.get(size) ?? [] : this.notRuledOut(own, size);
      for (const a of list) {
        if (offered++ === this.limit) return;
        yield a;
      }
    }
  }

  /**
   * The versions of one count that write one of `own`'s numbers or too few to
   * tell, in order: two lists in offering order, merged as they are read (the
   * caller stops early, and the list of those with few numbers can hold most
   * versions of a count).
   */
  private *notRuledOut(own: Set<string>, size: number): Generator<Article> {
    const sharing = new Set<Article>();
    for (const k of own) {
      for (const a of this.byNumber.get(`${size}\u0000${k}`) ?? []) {
        if (sharing.size === this.limit) break;
        sharing.add(a);
      }
    }
    const few = this.fewNumbers.get(size) ?? [];
    const byNumber = [...sharing].sort((x, y) => this.position.get(x)! - this.position.get(y)!);
    let i = 0;
    let j = 0;
    while (i < few.length || j < byNumber.length) {
      const takeFew = j === byNumber.length || (i < few.length && this.position.get(few[i]!)! < this.position.get(byNumber[j]!)!);
      yield takeFew ? few[i++]! : byNumber[j++]!;
    }
  }
}
