/**
 * Strings as reading hands them to the main thread, and the table that
 * numbers them there. An article's words and its sentences' anchor keys were
 * lists of strings: each one a string of its own to copy from the reading
 * thread, to hash and look up in a `Map` on the main thread, and to collect
 * there. A hundred thousand generated articles write tens of millions of
 * them, and numbering them was the main thread's largest cost while the
 * workers read. Packed, an article's strings are one string and two typed
 * arrays, hashed where they were read, and the main thread makes a string
 * only of one the input has not written before.
 */

export interface PackedStrings {
  /** The strings with nothing between them. */
  text: string;
  /** Where each string ends in `text` (it starts where the one before ends). */
  ends: Int32Array;
  /** Each string's `stringHash`. */
  hashes: Int32Array;
}

/** Strings packed, in their order. */
export function packStrings(strings: Iterable<string>): PackedStrings {
  const list = [...strings];
  const ends = new Int32Array(list.length);
  const hashes = new Int32Array(list.length);
  let end = 0;
  list.forEach((s, k) => {
    ends[k] = end += s.length;
    hashes[k] = stringHash(s, 0, s.length);
  });
  return { text: list.join(''), ends, hashes };
}

/** The packed strings as strings again. */
export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const out: string[] = [];
  let start = 0;
  for (const end of ends) {
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** FNV-1a over the UTF-16 code units of `text` from `from` to `to`, finished with a multiply-xorshift so that the low bits (a table's slot) mix all of them. */
export function stringHash(text: string, from: number, to: number): number {
  return hashEnd(hashMore(HASH_START, text, from, to));
}

/** A hash of several strings one after another, begun with HASH_START, each added by `hashMore`, finished by `hashEnd`: the `stringHash` of their concatenation. */
export const HASH_START = 0x811c9dc5;

export function hashMore(h: number, text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

export function hashEnd(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** A typed array with room for at least `size`, doubled as often as needed, what it held copied to its start (`array` itself when it has the room). */
export function withRoom<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: T, size: number): T {
  if (array.length >= size) return array;
  let length = Math.max(1, array.length);
  while (length < size) length *= 2;
  const out = new (array.constructor as new (n: number) => T)(length);
  out.set(array);
  return out;
}

/** V8 copies a slice shorter than this; a longer one is a view that keeps the whole string it was cut from alive. */
const SHORTEST_VIEW = 13;

/** Strings numbered in the order they are first met, and found again by their hash. */
export class StringTable {
  /** Each string, at its id. */
  readonly strings: string[] = [];
  /** Each string's `stringHash`, at its id. */
  private hashes: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Open addressing: ids + 1 by hash (0: empty), at most half full. */
  private slots = new Int32Array(2048);

  /** The string's id, numbered now if it is new. */
  idOf(s: string): number {
    return this.numbered(s, 0, s.length, stringHash(s, 0, s.length));
  }

  /** The string's id, or -1 when it was never numbered. */
  find(s: string): number {
    return this.findIn(s, 0, s.length);
  }

  /** The id of `text` from `from` to `to`, found without cutting it out, or -1 when it was never numbered. */
  findIn(text: string, from: number, to: number): number {
    return this.slots[this.slotOf(text, from, to, stringHash(text, from, to))]! - 1;
  }

  /** The ids of packed strings, each numbered now if it is new, in their order: in a new array, or in `into` from `at`. */
  idsOf({ text, ends, hashes }: PackedStrings, into = new Int32Array(ends.length), at = 0): Int32Array {
    let start = 0;
    for (let k = 0; k < ends.length; k++) {
      into[at + k] = this.numbered(text, start, ends[k]!, hashes[k]!);
      start = ends[k]!;
    }
    return into;
  }

  /** The id of `text` from `from` to `to`, numbered now if it is new. */
  private numbered(text: string, from: number, to: number, hash: number): number {
    const slot = this.slotOf(text, from, to, hash);
    const found = this.slots[slot]! - 1;
    if (found >= 0) return found;
    const id = this.strings.push(ownCopy(text, from, to)) - 1;
    if (id === this.hashes.length) this.hashes = withRoom(this.hashes, id + 1);
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (2 * this.strings.length > this.slots.length) this.rehash();
    return id;
  }

  /** The slot that holds the string, or the empty slot where it would go. */
  private slotOf(text: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0 || (this.hashes[id] === hash && sameString(this.strings[id]!, text, from, to))) return slot;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** Whether `s` is `text` from `from` to `to`. */
function sameString(s: string, text: string, from: number, to: number): boolean {
  if (s.length !== to - from) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

/** `text` from `from` to `to` as a string of its own: a long slice would keep its article's packed strings alive for the whole input. */
function ownCopy(text: string, from: number, to: number): string {
  if (from === 0 && to === text.length) return text;
  const slice = text.slice(from, to);
  return slice.length < SHORTEST_VIEW ? slice : [...slice].join('');
}
