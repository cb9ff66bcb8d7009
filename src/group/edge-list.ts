/**
 * Scored pairs of items in three typed arrays. Grouping measures tens of
 * millions of pairs on a large input (16.8 million within languages and 4.7
 * million across them at 100,000 generated articles), nearly all far below
 * any threshold; as objects they took about a gigabyte, here 16 bytes each.
 */
import type { Edge } from './cluster.js';

export class EdgeList {
  private as: Int32Array;
  private bs: Int32Array;
  private scores: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.as = new Int32Array(capacity);
    this.bs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  static of(edges: readonly Edge[]): EdgeList {
    const list = new EdgeList(Math.max(1, edges.length));
    for (const e of edges) list.push(e.a, e.b, e.score);
    return list;
  }

  push(a: number, b: number, score: number): void {
    if (this.length === this.as.length) this.grow();
    this.as[this.length] = a;
    this.bs[this.length] = b;
    this.scores[this.length++] = score;
  }

  a(k: number): number {
    return this.as[k]!;
  }

  b(k: number): number {
    return this.bs[k]!;
  }

  score(k: number): number {
    return this.scores[k]!;
  }

  /** The edges as three arrays of their length (copies: a worker sends them back). */
  arrays(): { a: Int32Array; b: Int32Array; score: Float64Array } {
    return { a: this.as.slice(0, this.length), b: this.bs.slice(0, this.length), score: this.scores.slice(0, this.length) };
  }

  /** The edges `keep` lets through, in order, as objects (the few that can start a merge). */
  filter(keep: (a: number, b: number, score: number) => boolean): Edge[] {
    const out: Edge[] = [];
    for (let k = 0; k < this.length; k++) {
      if (keep(this.as[k]!, this.bs[k]!, this.scores[k]!)) out.push({ a: this.as[k]!, b: this.bs[k]!, score: this.scores[k]! });
    }
    return out;
  }

  private grow(): void {
    const size = Math.max(16, this.as.length * 2);
    const [as, bs, scores] = [new Int32Array(size), new Int32Array(size), new Float64Array(size)];
    as.set(this.as);
    bs.set(this.bs);
    scores.set(this.scores);
    [this.as, this.bs, this.scores] = [as, bs, scores];
  }
}
