/**
 * The baseline: Gale and Church (1993) as published. Character lengths, a
 * fixed ratio of 1 and variance 6.8, beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the
 * paper's priors, full dynamic programming. Benchmark code only.
 */
import type { Bead } from './alignment-metric.js';

const SHAPES: [number, number, number][] = [[1, 1, 0.89], [1, 0, 0.0099 / 2], [0, 1, 0.0099 / 2], [2, 1, 0.089 / 2], [1, 2, 0.089 / 2], [2, 2, 0.011]];

function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 1 - (Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI)) * poly;
}

function matchCost(ls: number, lt: number): number {
  if (ls === 0 && lt === 0) return 0;
  const mean = (ls + lt / 1) / 2;
  const z = Math.abs((lt - ls) / Math.sqrt(6.8 * mean));
  const p = Math.max(2 * (1 - normalCdf(z)), 1e-12);
  return -Math.log(p);
}

export function galeChurch(source: string[], target: string[]): Bead[] {
  const n = source.length;
  const m = target.length;
  const ls = source.map((s) => s.length);
  const lt = target.map((s) => s.length);
  const w = m + 1;
  const cost = new Float64Array((n + 1) * w).fill(Infinity);
  const back = new Int8Array((n + 1) * w).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = -1;
      SHAPES.forEach(([di, dj, prior], k) => {
        if (i < di || j < dj) return;
        const prev = cost[(i - di) * w + (j - dj)]!;
        if (prev === Infinity) return;
        let a = 0;
        let b = 0;
        for (let x = i - di; x < i; x++) a += ls[x]!;
        for (let y = j - dj; y < j; y++) b += lt[y]!;
        const c = prev - Math.log(prior) + matchCost(a, b);
        if (c < best) {
          best = c;
          arg = k;
        }
      });
      cost[i * w + j] = best;
      back[i * w + j] = arg;
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [di, dj] = SHAPES[back[i * w + j]!]!;
    beads.push([Array.from({ length: di }, (_, k) => i - di + k), Array.from({ length: dj }, (_, k) => j - dj + k)]);
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
