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
 * t(v | w) for every co-occurring (w, v), by EM; word 0 of side A is the empty
 * word. Each bead's cells are listed once as indices into the table of pairs
 * (numbered in order of first sight), so an iteration is a pass over typed arrays.
 */
function model1(pairs: [Int32Array, Int32Array][]): { table: PairTable; t: Float64Array } {
  const table = new PairTable();
  const cells: Int32Array[] = pairs.map(([ws, vs]) => {
    const out = new Int32Array(vs.length * (ws.length + 1));
    let k = 0;
    for (const v of vs) {
      for (let x = -1; x < ws.length; x++) out[k++] = table.idOf(x < 0 ? 0 : ws[x]!, v);
    }
    return out;
  });
  const size = table.size;
  const owner = table.first.subarray(0, size);
  const t = new Float64Array(size).fill(1);
  const count = new Float64Array(size);
  // A loop, not Math.max(...owner): spreading a large array overflows the stack.
  const total = new Float64Array(owner.reduce((a, b) => Math.max(a, b), 0) + 1);
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
    for (let id = 0; id < size; id++) total[owner[id]!]! += count[id]!;
    for (let id = 0; id < size; id++) t[id] = count[id]! / total[owner[id]!]!;
  }
  return { table, t };
}

/**
 * Pairs of word ids numbered in order of first sight, in an open-addressing
 * table of typed arrays: a Map keyed by `w * vocabulary + v` spent most of
 * Model 1's time hashing keys beyond the small-integer range.
 */
class PairTable {
  size = 0;
  first = new Int32Array(1024);
  second = new Int32Array(1024);
  private slots = new Int32Array(2048).fill(-1);

  /** The pair's id, or -1 when it was never seen. */
  find(a: number, b: number): number {
    const slot = this.slotOf(a, b);
    return this.slots[slot]!;
  }

  /** The pair's id, numbered now if it is new. */
  idOf(a: number, b: number): number {
    const slot = this.slotOf(a, b);
    if (this.slots[slot]! >= 0) return this.slots[slot]!;
    const id = this.size++;
    if (id === this.first.length) this.growLists();
    this.first[id] = a;
    this.second[id] = b;
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The pair's slot, or the empty slot where it would go. */
  private slotOf(a: number, b: number): number {
    const mask = this.slots.length - 1;
    let slot = PairTable.hash(a, b) & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0 || (this.first[id] === a && this.second[id] === b)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private static hash(a: number, b: number): number {
    return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77);
  }

  private growLists(): void {
    const grow = (list: Int32Array) => {
      const out = new Int32Array(list.length * 2);
      out.set(list);
      return out;
    };
    this.first = grow(this.first);
    this.second = grow(this.second);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = PairTable.hash(this.first[id]!, this.second[id]!) & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
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
  const forward = model1(trimmed);
  const backward = model1(trimmed.map(([a, b]) => [b, a]));
  const links: [string, string][] = [];
  for (let id = 0; id < forward.table.size; id++) {
    const w = forward.table.first[id]!;
    const v = forward.table.second[id]!;
    if (w === 0 || forward.t[id]! < LINK) continue;
    const back = backward.table.find(v, w);
    if (back >= 0 && backward.t[back]! >= LINK) links.push([sourceWord[w - 1]!, targetWord[v - 1]!]);
  }
  return links;
}
