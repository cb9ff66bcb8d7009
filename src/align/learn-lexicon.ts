/**
 * IBM Model 1 in both directions (Brown et al. 1993, as Moore 2002 uses it for
 * sentence alignment), trained by EM on the beads a first pass is sure of. The
 * word links both directions agree on become anchors: unlike a best-partner
 * rule, a word may link to several (Vietnamese "đại biểu" and "quốc hội" for
 * English "AMs").
 */
import type { Bead } from '../types.js';

const CONFIDENT = 0.5;
const ITERATIONS = 5;
/** Translation probability both directions must give a word pair. */
const LINK = 0.3;
/** A word seen in fewer confident beads than this is not learned. */
const MIN_COUNT = 3;
const NULL = '\u0000';
/**
 * Words in more than this share of the beads (articles, "the", "and") are left
 * out: a translation renders them too many ways to say where a sentence goes.
 */
const MAX_SHARE = 0.05;

type Table = Map<string, Map<string, number>>;

/** t(v | w) for v in the second side, w in the first side, by EM. */
function model1(pairs: [string[], string[]][]): Table {
  const t: Table = new Map();
  // Uniform start over co-occurring words.
  for (const [ws, vs] of pairs) {
    for (const w of [NULL, ...ws]) {
      let row = t.get(w);
      if (!row) t.set(w, (row = new Map()));
      for (const v of vs) row.set(v, 1);
    }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    const counts: Table = new Map();
    for (const [ws, vs] of pairs) {
      const src = [NULL, ...ws];
      for (const v of vs) {
        let denom = 0;
        for (const w of src) denom += t.get(w)!.get(v)!;
        for (const w of src) {
          const c = t.get(w)!.get(v)! / denom;
          let row = counts.get(w);
          if (!row) counts.set(w, (row = new Map()));
          row.set(v, (row.get(v) ?? 0) + c);
        }
      }
    }
    for (const [w, row] of counts) {
      let total = 0;
      for (const c of row.values()) total += c;
      const out = t.get(w)!;
      for (const [v, c] of row) out.set(v, c / total);
    }
  }
  return t;
}

/** Word links (source word, target word) learned from confident beads. */
export function learnLexicon(beads: Bead[], sourceWords: string[][], targetWords: string[][]): [string, string][] {
  const pairs: [string[], string[]][] = [];
  const countS = new Map<string, number>();
  const countT = new Map<string, number>();
  for (const b of beads) {
    if (b.score < CONFIDENT || b.source.length === 0 || b.target.length === 0) continue;
    const ws = [...new Set(b.source.flatMap((i) => sourceWords[i]!))];
    const vs = [...new Set(b.target.flatMap((j) => targetWords[j]!))];
    for (const w of ws) countS.set(w, (countS.get(w) ?? 0) + 1);
    for (const v of vs) countT.set(v, (countT.get(v) ?? 0) + 1);
    pairs.push([ws, vs]);
  }
  if (pairs.length < 3) return [];
  const maxCount = MAX_SHARE * pairs.length;
  const keepS = (w: string) => countS.get(w)! >= MIN_COUNT && countS.get(w)! <= maxCount;
  const keepT = (v: string) => countT.get(v)! >= MIN_COUNT && countT.get(v)! <= maxCount;
  const trimmed = pairs.map(([ws, vs]) => [ws.filter(keepS), vs.filter(keepT)] as [string[], string[]]).filter(([ws, vs]) => ws.length > 0 && vs.length > 0);
  const forward = model1(trimmed);
  const backward = model1(trimmed.map(([ws, vs]) => [vs, ws]));
  const links: [string, string][] = [];
  for (const [w, row] of forward) {
    if (w === NULL) continue;
    for (const [v, p] of row) {
      if (p >= LINK && (backward.get(v)?.get(w) ?? 0) >= LINK) links.push([w, v]);
    }
  }
  return links;
}
