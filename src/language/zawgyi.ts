/**
 * Burmese is still often typed in Zawgyi, a font encoding that reuses the
 * Unicode Myanmar block with other meanings (NTREX's Burmese is Zawgyi):
 * read as Unicode, its words are garbage and its letters spell invented
 * names and countries. Google's myanmar-tools tells the two apart, and its
 * rules convert Zawgyi to Unicode (run by zawgyi-convert.ts); the original
 * text is kept as written, and only what is read from it (keys, words) goes
 * through the conversion.
 */
// @ts-expect-error myanmar-tools ships JavaScript only (CommonJS); the method used is typed below.
import myanmarTools from 'myanmar-tools';
import { zawgyiToUnicode } from './zawgyi-convert.js';

interface ZawgyiDetector { getZawgyiProbability(text: string): number }
const { ZawgyiDetector: Detector } = myanmarTools as { ZawgyiDetector: new () => ZawgyiDetector };

const MYANMAR = /[\u1000-\u109f]/u;
/** The detector's probability above which a text is taken as Zawgyi (its authors suggest 0.95 for short strings). */
const ZAWGYI_PROBABILITY = 0.95;

let detector: ZawgyiDetector | undefined;

export function isZawgyi(text: string): boolean {
  if (!MYANMAR.test(text)) return false;
  detector ??= new Detector();
  return detector.getZawgyiProbability(text) >= ZAWGYI_PROBABILITY;
}

/** The text in Unicode Myanmar when it is Zawgyi (decided on the text itself unless the caller knows); otherwise unchanged. */
export function readableText(text: string, zawgyi = isZawgyi(text)): string {
  return zawgyi ? zawgyiToUnicode(text) : text;
}

/**
 * Sentences (or lines) in Unicode Myanmar when the text is Zawgyi, each
 * converted on its own so that offsets within a sentence still hold; the
 * opening 50 decide, as a whole document's encoding is one.
 */
export function readableSentences(written: string[]): string[] {
  return isZawgyi(written.slice(0, 50).join('\n')) ? written.map((s) => readableText(s, true)) : written;
}
