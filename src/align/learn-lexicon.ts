/**
 * IBM Model 1 in both directions (Brown et al. 1993, as Moore 2002 uses it for
 * sentence alignment), trained by EM on the beads a first pass is sure of. The
 * word links both directions agree on become anchors: unlike a best-partner
 * rule, a word may link to several (Vietnamese "đại biểu" and "quốc hội" for
 * English "AMs").
 */
import type { Bead } from '../types.js';
import { confidentBeadWords, numberBeadWords, type WordIds } from './learn-word-pairs.js';

const ITERATIONS = 5;
/** Translation probability both directions must give a word pair. */
const LINK = 0.3;
/** A word seen in fewer confident beads than this is not learned. */
const MIN_COUNT = 3;
/**
 * Words in more than this share of the beads (articles, "the", "and") are left
 * out: a translation renders them too many ways to say where a sentence goes.
 */
const MAX_SHARE = 0.05;

/**
 * t(v | w) for every co-occurring (w, v), by EM, keyed `w * vocabularyB + v`;
 * word 0 of side A is the empty word. Each bead's cells are listed once as
 * table indices, so an iteration is a pass over typed arrays.
 */
function model1(pairs: [Int32Array, Int32Array][], vocabularyB: number): Map<number, number> {
  const index = new Map<number, number>();
  const cells: Int32Array[] = pairs.map(([ws, vs]) => {
    const out = new Int32Array(vs.length * (ws.length + 1));
    let k = 0;
    for (const v of vs) {
      for (let x = -1; x < ws.length; x++) {
        const key = (x < 0 ? 0 : ws[x]!) * vocabularyB + v;
        let id = index.get(key);
        if (id === undefined) index.set(key, (id = index.size));
        out[k++] = id;
      }
    }
    return out;
  });
  const keys = new Float64Array(index.size);
  for (const [key, id] of index) keys[id] = key;
  const ownerOf = Int32Array.from(keys, (key) => Math.floor(key / vocabularyB));
  const t = new Float64Array(index.size).fill(1);
  const count = new Float64Array(index.size);
  // A loop, not Math.max(...ownerOf): spreading a large array overflows the stack.
  const total = new Float64Array(ownerOf.reduce((a, b) => Math.max(a, b), 0) + 1);
  for (let it = 0; it < ITERATIONS; it++) {
    count.fill(0);
    pairs.forEach(([ws], p) => {
      const row = ws.length + 1;
      const list = cells[p]!;
      for (let start = 0; start < list.length; start += row) {
        let denom = 0;
        for (let x = start; x < start + row; x++) denom += t[list[x]!]!;
        for (let x = start; x < start + row; x++) count[list[x]!]! += t[list[x]!]! / denom;
      }
    });
    total.fill(0);
    for (let id = 0; id < count.length; id++) total[ownerOf[id]!]! += count[id]!;
    for (let id = 0; id < count.length; id++) t[id] = count[id]! / total[ownerOf[id]!]!;
  }
  const out = new Map<number, number>();
  for (let id = 0; id < keys.length; id++) out.set(keys[id]!, t[id]!);
  return out;
}

/** Word links (source word, target word) learned from confident beads. */
export function learnLexicon(beads: Bead[], sourceWords: string[][], targetWords: string[][]): [string, string][] {
  const pairs = confidentBeadWords(beads, sourceWords, targetWords);
  if (pairs.length < 3) return [];
  const { source, target, beadIds } = numberBeadWords(pairs);
  // Model 1 numbers only the words it keeps, from 1 (0 is its empty word), in order of first sight.
  const maxCount = MAX_SHARE * pairs.length;
  const renumber = (side: WordIds) => {
    let next = 0;
    return Int32Array.from(side.beads, (n) => (n >= MIN_COUNT && n <= maxCount ? ++next : 0));
  };
  const [newS, newT] = [renumber(source), renumber(target)];
  const kept = (ids: number[], to: Int32Array) => Int32Array.from(ids.filter((id) => to[id]! > 0), (id) => to[id]!);
  const trimmed: [Int32Array, Int32Array][] = [];
  for (const [ws, vs] of beadIds) {
    const a = kept(ws, newS);
    const b = kept(vs, newT);
    if (a.length > 0 && b.length > 0) trimmed.push([a, b]);
  }
  const keptWords = (side: WordIds, to: Int32Array) => side.words.filter((_, id) => to[id]! > 0);
  const [sourceWord, targetWord] = [keptWords(source, newS), keptWords(target, newT)];
  const vocabularyS = sourceWord.length + 1;
  const vocabularyT = targetWord.length + 1;
  const forward = model1(trimmed, vocabularyT);
  const backward = model1(trimmed.map(([a, b]) => [b, a]), vocabularyS);
  const links: [string, string][] = [];
  for (const [key, p] of forward) {
    const w = Math.floor(key / vocabularyT);
    const v = key % vocabularyT;
    if (w === 0 || p < LINK) continue;
    if ((backward.get(v * vocabularyS + w) ?? 0) >= LINK) links.push([sourceWord[w - 1]!, targetWord[v - 1]!]);
  }
  return links;
}
