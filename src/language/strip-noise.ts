/** Detection reads words and letters without digits, punctuation, symbols or controls; a table of code units finds them faster than the property regex. */
import { codeUnitTable, isSurrogate, pairAt } from '../code-unit-table.js';

/** Letters and spaces only, for the checks that look at words and letters: every run of anything else is one space. */
export function stripNoise(text: string): string {
  const table = (noiseUnits ??= codeUnitTable(NOISE));
  let out = '';
  let kept = 0;
  let i = 0;
  while (i < text.length) {
    const start = i;
    while (i < text.length && isNoiseAt(text, i, table)) i += pairAt(text, i) ? 2 : 1;
    if (i > start) {
      out += text.slice(kept, start) + ' ';
      kept = i;
    } else {
      i += pairAt(text, i) ? 2 : 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

const NOISE = /[\p{N}\p{P}\p{S}\p{C}]/u;
let noiseUnits: Uint8Array | undefined;

/** Digits, punctuation, symbols and controls; a lone surrogate is one of the last (Cs), a pair is asked of the pattern. */
function isNoiseAt(text: string, i: number, table: Uint8Array): boolean {
  const c = text.charCodeAt(i);
  if (!isSurrogate(c)) return table[c] === 1;
  return pairAt(text, i) ? NOISE.test(text.slice(i, i + 2)) : true;
}
