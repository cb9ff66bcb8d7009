/**
 * Tables over the 65,536 UTF-16 code units, made from a one-character pattern
 * by matching it once against all of them: a loop that looks code units up in
 * such a table is several times faster than the Unicode-property regex it
 * stands for, and reading runs its patterns over every paragraph.
 */

/**
 * 1 for each code unit of the Basic Multilingual Plane that `pattern` (a
 * character class with the `u` flag) matches on its own, 0 otherwise.
 * Surrogates are 0: a caller decides pairs (astral characters) with the pattern
 * itself, and lone surrogates as it needs.
 */
export function codeUnitTable(pattern: RegExp): Uint8Array {
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
