/** Detection reads words and letters without digits, punctuation, symbols or controls; a table of code units finds them faster than the property regex. */
import { CodeUnitClass, isSurrogate, pairAt } from './code-units.js';

/** Letters and spaces only, for the checks that look at words and letters: every run of anything else is one space. */
export function stripNoise(text: string): string {
  let out = '';
  let kept = 0;
  let i = 0;
  while (i < text.length) {
    const start = i;
    for (let w = noiseWidthAt(text, i); w > 0 && i < text.length; w = noiseWidthAt(text, i)) i += w;
    if (i > start) {
      out += text.slice(kept, start) + ' ';
      kept = i;
    } else {
      i += pairAt(text, i) ? 2 : 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

const NOISE = new CodeUnitClass(/[\p{N}\p{P}\p{S}\p{C}]/u);

/**
 * The width of the noise character at `i` (a code point boundary), 0 when it
 * is none: digits, punctuation, symbols and controls, and a lone surrogate (Cs,
 * a control the table leaves out).
 */
function noiseWidthAt(text: string, i: number): number {
  const w = NOISE.widthAt(text, i);
  return w === 0 && isSurrogate(text.charCodeAt(i)) && !pairAt(text, i) ? 1 : w;
}
