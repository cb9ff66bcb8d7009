/**
 * Scored pairs of items in typed arrays. Grouping measures tens of millions
 * of pairs on a large input (16.8 million within languages and 4.7 million
 * across them at 100,000 generated articles), nearly all far below any
 * threshold; as objects they took about a gigabyte. Every score grouping
 * measures is rounded to three places, so it is kept as whole thousandths in
 * two bytes (the same number read back), 10 bytes a pair in all.
 */
import type { Edge } from './cluster.js';

/** Scored pairs read one after another: what clustering reads of every pair measured. */
export interface Edges {
  readonly length: number;
  /** Each pair with its score in whole thousandths. */
  forEach(visit: (a: number, b: number, thousandths: number) => void): void;
  /** The pairs `keep` lets through, as objects (the few that can start a merge). */
  filter(keep: (a: number, b: number, score: number) => boolean): Edge[];
}

/** Measured pairs as three arrays of one length (what a worker sends back of a join): items, and the score in whole thousandths. */
export interface EdgeArrays {
  a: Int32Array;
  b: Int32Array;
  thousandths: Uint16Array;
}

/** A score rounded to three places, as whole thousandths; anything else is a caller's mistake, not a value to round quietly. */
export function toThousandths(score: number): number {
  const t = Math.round(score * 1000);
  if (!(t >= 0 && t <= 0xffff) || Math.abs(t / 1000 - score) > 1e-9) throw new RangeError(`edge score ${score} is not a whole number of thousandths in [0, 65.535]`);
  return t;
}

export class EdgeList implements Edges {
  private as: Int32Array;
  private bs: Int32Array;
  private milli: Uint16Array;
  length = 0;

  constructor(capacity = 1024) {
    this.as = new Int32Array(capacity);
    this.bs = new Int32Array(capacity);
    this.milli = new Uint16Array(capacity);
  }

  static of(edges: readonly Edge[]): EdgeList {
    const list = new EdgeList(Math.max(1, edges.length));
    for (const e of edges) list.push(e.a, e.b, e.score);
    return list;
  }

  push(a: number, b: number, score: number): void {
    this.pushThousandths(a, b, toThousandths(score));
  }

  /** A pair with its score already in whole thousandths. */
  pushThousandths(a: number, b: number, thousandths: number): void {
    if (this.length === this.as.length) this.grow();
    this.as[this.length] = a;
    this.bs[this.length] = b;
    this.milli[this.length++] = thousandths;
  }

  a(k: number): number {
    return this.as[k]!;
  }

  b(k: number): number {
    return this.bs[k]!;
  }

  score(k: number): number {
    return this.milli[k]! / 1000;
  }

  forEach(visit: (a: number, b: number, thousandths: number) => void): void {
    for (let k = 0; k < this.length; k++) visit(this.as[k]!, this.bs[k]!, this.milli[k]!);
  }

  /** The edges as views of this list's arrays (no copy: for a reader on this thread). */
  views(): EdgeArrays {
    return { a: this.as.subarray(0, this.length), b: this.bs.subarray(0, this.length), thousandths: this.milli.subarray(0, this.length) };
  }

  /** The edges as three arrays of their length (copies: a worker sends them back). */
  arrays(): EdgeArrays {
    return { a: this.as.slice(0, this.length), b: this.bs.slice(0, this.length), thousandths: this.milli.slice(0, this.length) };
  }

  filter(keep: (a: number, b: number, score: number) => boolean): Edge[] {
    return kept(this, keep);
  }

  private grow(): void {
    const size = Math.max(16, this.as.length * 2);
    const [as, bs, milli] = [new Int32Array(size), new Int32Array(size), new Uint16Array(size)];
    as.set(this.as);
    bs.set(this.bs);
    milli.set(this.milli);
    [this.as, this.bs, this.milli] = [as, bs, milli];
  }
}

/**
 * Several lists of pairs read as one, in list order, without copying them
 * into one: the joins within each language come back as one list per
 * language, tens of millions of pairs in all on a large input. Clustering
 * reads them in no particular order (its merges are taken best first, ties by
 * item, and its sums are of whole thousandths), so the lists need no merging.
 */
export class EdgeChunks implements Edges {
  length: number;

  constructor(private readonly chunks: EdgeArrays[]) {
    this.length = chunks.reduce((n, c) => n + c.a.length, 0);
  }

  /** Lets go of the lists (hundreds of megabytes at 100,000 articles) while the holder lives on; nothing is read after. */
  release(): void {
    this.chunks.length = 0;
    this.length = 0;
  }

  forEach(visit: (a: number, b: number, thousandths: number) => void): void {
    for (const { a, b, thousandths } of this.chunks) for (let k = 0; k < a.length; k++) visit(a[k]!, b[k]!, thousandths[k]!);
  }

  filter(keep: (a: number, b: number, score: number) => boolean): Edge[] {
    return kept(this, keep);
  }
}

/** The pairs of `edges` that `keep` lets through, in order, as objects with their scores. */
function kept(edges: Edges, keep: (a: number, b: number, score: number) => boolean): Edge[] {
  const out: Edge[] = [];
  edges.forEach((a, b, thousandths) => {
    const score = thousandths / 1000;
    if (keep(a, b, score)) out.push({ a, b, score });
  });
  return out;
}
