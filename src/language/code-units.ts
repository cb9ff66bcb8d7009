/**
 * Char-code scans that settle most characters before a Unicode-property regex:
 * reading asks such questions of every token, paragraph and sentence, and a
 * loop over code units costs far less than the regex. `CodeUnitClass` is a
 * character class looked up in a table of the 65,536 UTF-16 code units, made
 * from a one-character pattern by matching it once against all of them;
 * characters beyond the Basic Multilingual Plane (surrogate pairs) are asked of
 * the pattern itself, and a lone surrogate is in no class.
 */

/** Whether any UTF-16 code unit of `text` lies in [from, to]. */
export function hasCodeUnitIn(text: string, from: number, to = 0xffff): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= from && c <= to) return true;
  }
  return false;
}

/** A character class asked by code unit (see above); the table is made on first use. */
export class CodeUnitClass {
  private table: Uint8Array | undefined;

  /** `pattern`: one character class with the `u` flag, such as `/[\p{L}\p{M}]/u`. */
  constructor(readonly pattern: RegExp) {}

  /** How many code points of `text` are in the class, counted until `limit` is reached. */
  count(text: string, limit = Infinity): number {
    const table = (this.table ??= unitTable(this.pattern));
    let n = 0;
    for (let i = 0; i < text.length && n < limit; i++) {
      const c = text.charCodeAt(i);
      if (!isSurrogate(c)) n += table[c]!;
      else if (pairAt(text, i) && this.pattern.test(text.slice(i, ++i + 1))) n++;
    }
    return n;
  }

  /** The length (1, or 2 for a surrogate pair) of the code point at `i` when it is in the class; 0 when not. */
  widthAt(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (!isSurrogate(c)) return (this.table ??= unitTable(this.pattern))[c]!;
    return pairAt(text, i) && this.pattern.test(text.slice(i, i + 2)) ? 2 : 0;
  }
}

/** 1 for each code unit the pattern matches on its own (surrogates: 0). */
function unitTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < units.length; c++) units[c] = isSurrogate(c) ? 0x20 : c;
  const all = new TextDecoder('utf-16le').decode(units);
  const runs = new RegExp(`(?:${pattern.source})+`, 'gu');
  for (const m of all.matchAll(runs)) table.fill(1, m.index, m.index + m[0].length);
  for (let c = 0xd800; c <= 0xdfff; c++) table[c] = 0;
  return table;
}

export function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** Whether `text` has a surrogate pair (an astral character) starting at `i`. */
export function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** An upper-case first letter: A-Z settled by its code, any other script by Unicode's property (asked of every word of every text). */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(text);
}

/** A lower-case first letter, the same way. */
export function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : /^\p{Ll}/u.test(text);
}
