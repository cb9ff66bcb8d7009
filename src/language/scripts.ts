/**
 * The writing system of a text, by counting letters. Many scripts are used by
 * one news language only (Thai, Khmer, Greek, Korean Hangul, …): for those the
 * script decides, with no trigram model needed. Chinese and Japanese share Han
 * characters; kana decides for Japanese.
 */
interface ScriptRange {
  from: number;
  to: number;
  script: string;
}

const RANGES: ScriptRange[] = [
  [0x0041, 0x005a, 'Latin'], [0x0061, 0x007a, 'Latin'], [0x00c0, 0x00d6, 'Latin'], [0x00d8, 0x00f6, 'Latin'],
  [0x00f8, 0x024f, 'Latin'], [0x1e00, 0x1eff, 'Latin'], [0x0370, 0x03ff, 'Greek'], [0x1f00, 0x1fff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'], [0x0530, 0x058f, 'Armenian'], [0x0590, 0x05ff, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'], [0x0750, 0x077f, 'Arabic'], [0x08a0, 0x08ff, 'Arabic'], [0xfb50, 0xfdff, 'Arabic'], [0xfe70, 0xfeff, 'Arabic'],
  [0x0780, 0x07bf, 'Thaana'], [0x0900, 0x097f, 'Devanagari'], [0x0980, 0x09ff, 'Bengali'], [0x0a00, 0x0a7f, 'Gurmukhi'],
  [0x0a80, 0x0aff, 'Gujarati'], [0x0b00, 0x0b7f, 'Oriya'], [0x0b80, 0x0bff, 'Tamil'], [0x0c00, 0x0c7f, 'Telugu'],
  [0x0c80, 0x0cff, 'Kannada'], [0x0d00, 0x0d7f, 'Malayalam'], [0x0d80, 0x0dff, 'Sinhala'], [0x0e00, 0x0e7f, 'Thai'],
  [0x0e80, 0x0eff, 'Lao'], [0x0f00, 0x0fff, 'Tibetan'], [0x1000, 0x109f, 'Myanmar'], [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'], [0x1200, 0x139f, 'Ethiopic'], [0x1780, 0x17ff, 'Khmer'], [0x19e0, 0x19ff, 'Khmer'],
  [0x3040, 0x309f, 'Kana'], [0x30a0, 0x30ff, 'Kana'], [0x31f0, 0x31ff, 'Kana'], [0xff66, 0xff9f, 'Kana'],
  [0x3400, 0x4dbf, 'Han'], [0x4e00, 0x9fff, 'Han'], [0xf900, 0xfaff, 'Han'], [0x20000, 0x2ffff, 'Han'],
  [0xac00, 0xd7af, 'Hangul'], [0x3130, 0x318f, 'Hangul'],
].map(([from, to, script]) => ({ from: from as number, to: to as number, script: script as string }));

/** Scripts written by one news language, and that language. */
const SINGLE_LANGUAGE: Record<string, string> = {
  Greek: 'ell', Armenian: 'hye', Hebrew: 'heb', Thaana: 'div', Bengali: 'ben', Gurmukhi: 'pan', Gujarati: 'guj',
  Oriya: 'ori', Tamil: 'tam', Telugu: 'tel', Kannada: 'kan', Malayalam: 'mal', Sinhala: 'sin', Thai: 'tha',
  Lao: 'lao', Tibetan: 'bod', Myanmar: 'mya', Georgian: 'kat', Hangul: 'kor', Ethiopic: 'amh', Khmer: 'khm',
};

const SORTED = [...RANGES].sort((a, b) => a.from - b.from);
/** Each script's name once, and each sorted range's script as an index into them. */
const SCRIPT_NAMES = [...new Set(SORTED.map((r) => r.script))];
const RANGE_SCRIPT = Int32Array.from(SORTED, (r) => SCRIPT_NAMES.indexOf(r.script));
const LATIN = SCRIPT_NAMES.indexOf('Latin');

/** The index in SCRIPT_NAMES of a code point's script, or -1: looked up for the Basic Multilingual Plane, searched above it. */
function scriptOf(code: number): number {
  return code < BMP_SCRIPT.length ? BMP_SCRIPT[code]! : searchScript(code);
}

/** The index in SCRIPT_NAMES of a code point's script, or -1 (binary search over the sorted ranges). */
function searchScript(code: number): number {
  if (code < 0x41) return -1;
  if (code <= 0x7a) return code <= 0x5a || code >= 0x61 ? LATIN : -1;
  let lo = 0;
  let hi = SORTED.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = SORTED[mid]!;
    if (code < r.from) hi = mid - 1;
    else if (code > r.to) lo = mid + 1;
    else return RANGE_SCRIPT[mid]!;
  }
  return -1;
}

/**
 * Each code unit's script (as `searchScript` finds it) in one table of 64 KB: detection counts the letters
 * of every article several times over (the whole text, its body, each paragraph), and text in any script
 * but basic Latin took a binary search a letter.
 */
const BMP_SCRIPT = Int8Array.from({ length: 0x10000 }, (_, code) => searchScript(code));

export interface ScriptCount {
  script: string;
  /** Share of the letters in the text written in this script. */
  share: number;
}

/** Letter counts by script, the largest first (scripts of equal count in the order the text first writes them). */
export function countScripts(text: string): ScriptCount[] {
  const counts = new Int32Array(SCRIPT_NAMES.length);
  const seen: number[] = [];
  let total = 0;
  // Code points by char codes: detection counts every paragraph, and iterating a string makes a string of each.
  for (let k = 0; k < text.length; k++) {
    let code = text.charCodeAt(k);
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < text.length) {
      const low = text.charCodeAt(k + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        k++;
      }
    }
    const script = scriptOf(code);
    if (script < 0) continue;
    if (counts[script]!++ === 0) seen.push(script);
    total++;
  }
  // Sorted by count before the objects are made: a share is a whole number (1) in most texts and a
  // fraction in the rest, and a sort reading it off the objects was thrown away and compiled again over
  // and over (25 times in one run of the command on bench:corpus's mix). The same order: one total.
  seen.sort((a, b) => counts[b]! - counts[a]!);
  return seen.map((script) => ({ script: SCRIPT_NAMES[script]!, share: counts[script]! / total }));
}

/**
 * The language a text's script alone decides, if any: Thai for Thai script,
 * Japanese for Han with kana, Chinese for Han without.
 */
export function languageOfScript(scripts: ScriptCount[]): { lang: string; share: number } | undefined {
  const top = scripts[0];
  if (!top) return undefined;
  const kana = scripts.find((s) => s.script === 'Kana')?.share ?? 0;
  if (top.script === 'Han' || top.script === 'Kana') {
    // Japanese writes kana in nearly every sentence; Chinese never does.
    return { lang: kana >= 0.05 ? 'jpn' : 'cmn', share: top.share + kana };
  }
  const lang = SINGLE_LANGUAGE[top.script];
  return lang ? { lang, share: top.share } : undefined;
}
