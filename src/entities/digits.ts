/**
 * Digits of every script to ASCII. Neither NFKC nor parseInt converts `٣`, `۳`,
 * `३` or `๓`; every Unicode decimal-digit block is a run of ten starting at zero,
 * so a digit's value is its distance from the start of its run, modulo ten.
 */
const DIGIT = /\p{Nd}/u;
const cache = new Map<number, number>();

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  let start = code;
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
  const value = (code - start) % 10;
  cache.set(code, value);
  return value;
}

/** Replace every decimal digit by its ASCII form; other characters are left alone. */
export function toAsciiDigits(text: string): string {
  if (!/[^\x00-\x7f]/u.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (d) => String(digitValue(d.codePointAt(0)!)));
}
