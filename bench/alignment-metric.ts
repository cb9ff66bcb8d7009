/**
 * The sentence-alignment metric every aligner paper reports (Vecalign's
 * `score_multiple`, described in ../shared/bench/README.md): strict and lax
 * precision, recall and F1, counts pooled over the documents of a set.
 */
export type Bead = [number[], number[]];

export function parseGold(text: string): Bead[] {
  return text.trim().split('\n').filter(Boolean).map((line) => {
    const [src, tgt] = line.split(':');
    const ids = (part: string) => part.replace(/[[\]\s]/gu, '').split(',').filter(Boolean).map(Number);
    return [ids(src!), ids(tgt!)];
  });
}

const key = (b: Bead) => `${b[0].join(',')}:${b[1].join(',')}`;

/** [strict hits, strict misses, lax hits, lax misses] of `test` against `gold`. */
function counts(gold: Bead[], test: Bead[]): number[] {
  const goldKeys = new Set(gold.map(key));
  const out = [0, 0, 0, 0];
  for (const b of test) {
    if (b[0].length === 0 && b[1].length === 0) continue;
    const add = (k: number) => { out[k] = out[k]! + 1; };
    if (goldKeys.has(key(b))) {
      add(0);
      add(2);
      continue;
    }
    add(1);
    const lax = gold.some((g) => b[0].some((s) => g[0].includes(s)) && b[1].some((t) => g[1].includes(t)));
    add(lax ? 2 : 3);
  }
  return out;
}

export interface Scores {
  strict: { p: number; r: number; f1: number };
  lax: { p: number; r: number; f1: number };
}

export function score(pairs: { gold: Bead[]; test: Bead[] }[]): Scores {
  const p = [0, 0, 0, 0];
  const r = [0, 0, 0, 0];
  const nonNull = (list: Bead[]) => list.filter((b) => b[0].length > 0 && b[1].length > 0);
  for (const { gold, test } of pairs) {
    counts(gold, test).forEach((x, i) => { p[i] = p[i]! + x; });
    // Recall is precision of the gold against the test, null beads left out of both.
    counts(nonNull(test), nonNull(gold)).forEach((x, i) => { r[i] = r[i]! + x; });
  }
  const ratio = (hit: number, miss: number) => (hit + miss === 0 ? 0 : hit / (hit + miss));
  const f = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b));
  const sp = ratio(p[0]!, p[1]!);
  const sr = ratio(r[0]!, r[1]!);
  const lp = ratio(p[2]!, p[3]!);
  const lr = ratio(r[2]!, r[3]!);
  return { strict: { p: sp, r: sr, f1: f(sp, sr) }, lax: { p: lp, r: lr, f1: f(lp, lr) } };
}
