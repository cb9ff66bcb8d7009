/**
 * franc's trigram distance, computed the other way round. franc looks every
 * trigram of the text up in every candidate's model (texts × languages string
 * lookups); here each trigram is looked up once in an index that lists the
 * languages that know it and its rank there. Same models (franc's data), same
 * arithmetic, same scores, several times faster, which is what lets sentence
 * detection run at thousands of sentences a second.
 */
import { data } from 'franc/data.js';

/** franc's constants: the penalty for a trigram a model lacks, and the sample it reads. */
const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;

interface ScriptIndex {
  languages: string[];
  /** Trigrams as three code units each (see `TrigramTable`). */
  trigrams: TrigramTable;
  /**
   * Each trigram's postings laid end to end, one number each (language index
   * << 16 | rank): trigram e's are at `postingsAt[e]` up to `postingsAt[e + 1]`.
   * Detection reads tens of thousands of them per article, and one flat array
   * read in order is what the processor's cache serves best.
   */
  postings: Int32Array;
  postingsAt: Int32Array;
}

const indexes = new Map<string, ScriptIndex>();
/** The index for a candidate list already asked for, by the list itself: detection asks with the same list for every paragraph. */
const byList = new Map<string, WeakMap<readonly string[], ScriptIndex>>();

/** The scripts franc has several trigram models for. */
export function hasTrigramModels(script: string): boolean {
  return script in data;
}

function indexFor(script: string, candidates: readonly string[]): ScriptIndex | undefined {
  let lists = byList.get(script);
  if (!lists) {
    lists = new WeakMap();
    byList.set(script, lists);
  }
  let index = lists.get(candidates);
  if (!index) {
    index = buildIndex(script, candidates);
    if (index) lists.set(candidates, index);
  }
  return index;
}

function buildIndex(script: string, candidates: readonly string[]): ScriptIndex | undefined {
  const models = (data as Record<string, Record<string, string>>)[script];
  if (!models) return undefined;
  const languages = Object.keys(models).filter((l) => candidates.includes(l)).sort();
  const key = `${script}:${languages.join(',')}`;
  let index = indexes.get(key);
  if (index) return index;
  const lists = new Map<string, number[]>();
  languages.forEach((lang, li) => {
    const trigrams = models[lang]!.split('|');
    trigrams.forEach((tri, rank) => {
      let list = lists.get(tri);
      if (!list) {
        list = [];
        lists.set(tri, list);
      }
      list.push(li, rank);
    });
  });
  const trigrams = new TrigramTable(lists.size);
  const flat: number[] = [];
  const at: number[] = [0];
  for (const [tri, list] of lists) {
    // franc's models list three code units per trigram (`slice(i, i + 3)` of the text); entries are numbered in this order.
    if (tri.length !== 3) continue;
    trigrams.add(tri.charCodeAt(0), tri.charCodeAt(1), tri.charCodeAt(2));
    for (let k = 0; k < list.length; k += 2) flat.push((list[k]! << 16) | list[k + 1]!);
    at.push(flat.length);
  }
  index = { languages, trigrams, postings: Int32Array.from(flat), postingsAt: Int32Array.from(at) };
  indexes.set(key, index);
  return index;
}

/** franc's cleaning: ASCII punctuation, symbols and digits out, whitespace collapsed, lower case; padded with a space each side. */
function francSample(value: string): string {
  return ` ${value.replace(/[\u0021-\u0040]+/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase()} `;
}

/**
 * Trigrams keyed by their three UTF-16 code units in an open-addressed table
 * of typed arrays: counting a text's trigrams as strings made a string and a
 * hash of it at every position, and detection reads every paragraph.
 */
class TrigramTable {
  private readonly units: Uint16Array;
  /** Each slot's entry + 1 (0: empty). */
  private readonly slots: Int32Array;
  /** Each entry's slot, so that `clear` empties only the slots in use. */
  private readonly placed: Int32Array;
  private readonly mask: number;
  readonly capacity: number;
  size = 0;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < 2 * capacity) bits++;
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.units = new Uint16Array(3 * capacity);
    this.placed = new Int32Array(capacity);
    this.capacity = capacity;
  }

  /** Empties the table in the time of its entries, not of its slots. */
  clear(): void {
    for (let e = 0; e < this.size; e++) this.slots[this.placed[e]!] = 0;
    this.size = 0;
  }

  /** The entry of a trigram, or -1. */
  find(a: number, b: number, c: number): number {
    return this.slots[this.slotOf(a, b, c)]! - 1;
  }

  /** The entry of a trigram, numbered now if it is new. */
  add(a: number, b: number, c: number): number {
    const h = this.slotOf(a, b, c);
    if (this.slots[h]! > 0) return this.slots[h]! - 1;
    const e = this.size++;
    this.units[3 * e] = a;
    this.units[3 * e + 1] = b;
    this.units[3 * e + 2] = c;
    this.slots[h] = e + 1;
    this.placed[e] = h;
    return e;
  }

  /** The slot that holds the trigram, or the empty slot where it would go. */
  private slotOf(a: number, b: number, c: number): number {
    for (let h = TrigramTable.hash(a, b, c) & this.mask; ; h = (h + 1) & this.mask) {
      const e = this.slots[h]! - 1;
      if (e < 0 || (this.units[3 * e] === a && this.units[3 * e + 1] === b && this.units[3 * e + 2] === c)) return h;
    }
  }

  /** Code unit `k` of the entries laid end to end (entry e's are 3e, 3e + 1, 3e + 2). */
  unit(k: number): number {
    return this.units[k]!;
  }

  private static hash(a: number, b: number, c: number): number {
    return Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ c, 0xc2b2ae3d) >>> 7;
  }
}

/**
 * Candidates of one script ranked by franc's normalised score (best 1), exactly
 * as `francAll(text, { only })` ranks them; ties are broken by code.
 */
export function rankByTrigrams(text: string, script: string, candidates: readonly string[]): { lang: string; score: number }[] {
  const index = indexFor(script, candidates);
  if (!index || index.languages.length === 0) return [];
  const value = text.slice(0, MAX_LENGTH);
  const padded = francSample(value);
  const seen = textTrigrams(Math.max(1, padded.length - 2));
  const counts = textCounts;
  // The text's own trigrams, each counted once per occurrence; the distance is a sum of integers, so their order does not matter.
  for (let i = 0; i + 3 <= padded.length; i++) counts[seen.add(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2))]!++;
  const { languages, postings, postingsAt } = index;
  // Whole numbers throughout (ranks and counts): summed as integers, they are the sums franc makes.
  const sums = new Int32Array(languages.length);
  for (let e = 0; e < seen.size; e++) {
    const less = counts[e]! - 1;
    counts[e] = 0;
    const known = index.trigrams.find(seen.unit(3 * e), seen.unit(3 * e + 1), seen.unit(3 * e + 2));
    if (known < 0) continue;
    for (let k = postingsAt[known]!, end = postingsAt[known + 1]!; k < end; k++) {
      const posting = postings[k]!;
      const diff = less - (posting & 0xffff);
      sums[posting >>> 16]! += (diff < 0 ? -diff : diff) - MAX_DIFFERENCE;
    }
  }
  const distance = new Float64Array(languages.length);
  for (let i = 0; i < distance.length; i++) distance[i] = seen.size * MAX_DIFFERENCE + sums[i]!;
  seen.clear();
  const order = byDistance(distance);
  const min = distance[order[0]!]!;
  const max = value.length * MAX_DIFFERENCE - min;
  return Array.from(order, (i) => ({ lang: languages[i]!, score: 1 - (distance[i]! - min) / max || 0 }));
}

/**
 * Language numbers by distance, nearest first: an insertion sort, which keeps
 * equal distances in code order (languages are listed in code order) and, for
 * a few dozen candidates, costs less than a sort calling back a comparison.
 */
function byDistance(distance: Float64Array): Int32Array {
  const order = new Int32Array(distance.length);
  for (let i = 0; i < order.length; i++) {
    const d = distance[i]!;
    let j = i - 1;
    while (j >= 0 && distance[order[j]!]! > d) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = i;
  }
  return order;
}

/**
 * One table and one array of counts for the trigrams of the text being ranked,
 * kept between calls and emptied after each: detection ranks every paragraph,
 * and allocating them each time cost more than counting short paragraphs.
 */
let textTable = new TrigramTable(MAX_LENGTH + 2);
let textCounts = new Int32Array(MAX_LENGTH + 2);

function textTrigrams(capacity: number): TrigramTable {
  // Lower-casing can lengthen a text (İ is two code units in lower case), so the sample may exceed the usual size.
  if (capacity > textTable.capacity) {
    textTable = new TrigramTable(capacity);
    textCounts = new Int32Array(capacity);
  }
  return textTable;
}
