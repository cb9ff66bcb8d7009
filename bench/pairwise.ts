/**
 * Pairwise grouping precision, recall and F1 (a pair is positive when both
 * articles are in one group), counted from group sizes rather than all pairs,
 * so it stays fast on thousands of articles.
 */
export interface PairScores { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

export function pairwiseScores(
  items: { id: string; story: string }[], groupOf: Map<string, string>, include: (a: string, b: string) => boolean = () => true,
): PairScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const x = items[a]!;
      const y = items[b]!;
      if (!include(x.id, y.id)) continue;
      const same = x.story === y.story;
      const together = groupOf.get(x.id) === groupOf.get(y.id);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  return finish(tp, fp, fn);
}

export function finish(tp: number, fp: number, fn: number): PairScores {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * The naive baseline of ../shared/bench/vi-story-clusters: TF-IDF cosine over
 * all word types (log tf, idf; types in one article or in more than 10% of
 * articles left out), single link at a threshold. Returns article → group.
 */
export function tfidfSingleLink(docs: { id: string; text: string }[]): (threshold: number) => Map<string, string> {
  const counts = docs.map((d) => {
    const c = new Map<string, number>();
    for (const m of d.text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) c.set(m[0], (c.get(m[0]) ?? 0) + 1);
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const maxDf = docs.length * 0.1;
  const vectors = counts.map((c) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, n] of c) {
      const f = df.get(w)!;
      if (f < 2 || f > maxDf) continue;
      const x = (1 + Math.log(n)) * Math.log(docs.length / f);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [w, x] of v) {
      const list = postings.get(w) ?? [];
      list.push([i, x]);
      postings.set(w, list);
    }
  });
  // Every pair's cosine, once (sparse: only pairs that share a word).
  const edges: [number, number, number][] = [];
  vectors.forEach((v, a) => {
    const dot = new Map<number, number>();
    for (const [w, x] of v) for (const [b, y] of postings.get(w)!) if (b > a) dot.set(b, (dot.get(b) ?? 0) + x * y);
    for (const [b, s] of dot) if (s >= 0.05) edges.push([a, b, s]);
  });
  return (threshold) => {
    const parent = docs.map((_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    for (const [a, b, s] of edges) if (s >= threshold) parent[find(a)] = find(b);
    return new Map(docs.map((d, i) => [d.id, String(find(i))]));
  };
}
