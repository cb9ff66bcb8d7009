/**
 * Char-code scans that settle most words before a Unicode-property regex:
 * reading asks such questions of every token of every article, and a loop
 * over code units costs far less than the regex.
 */

/** Whether any UTF-16 code unit of `text` lies in [from, to]. */
export function hasCodeUnitIn(text: string, from: number, to = 0xffff): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= from && c <= to) return true;
  }
  return false;
}
