/**
 * Foreign names written in Chinese characters (霍莉·威洛比, Holly Willoughby),
 * matched to the Latin side's names. Chinese has no capitals, and most runs of
 * a few characters sound like some name, so a run is taken for a name where
 * Chinese marks one: the parts of a full foreign name are joined by a middle
 * dot; runs without one only under the checks of han-name-runs.ts. Each part
 * whose syllable onsets (read through any-ascii's pinyin) are those a
 * transliteration of exactly one of the Latin side's name words would have is
 * taken for that name, wherever in the document the same characters stand
 * again (威洛比 alone, later on).
 */
import { keysOfKind, keyValue } from '../entities/keys.js';
import { pinyinSyllables } from '../entities/transliterate.js';
import { latinUnits, onsetForms, onsetOf } from './han-onsets.js';
import { undottedNames } from './han-name-runs.js';

/**
 * Parts of a foreign name joined by a middle dot (·, ・, •, ‧). Tried only where
 * a run of Han starts (the lookbehind): a match found inside a run is found from
 * its start as well, and trying every position of a long run without a dot took
 * time quadratic in the run (150,000 characters: 49 s in checkCoverage).
 */
const DOTTED_NAME = /(?<!\p{Script=Han})\p{Script=Han}+(?:[·・•‧]\p{Script=Han}+)+/gu;
const DOT = /[·・•‧]/u;
/** The longest part looked at, in characters (Schwarzenegger, 施瓦辛格, is 4). */
const MAX_PART = 6;

/**
 * For each Chinese-side sentence, the `w:` keys of Latin-side names it writes
 * in characters, found through the document's dotted foreign names and its
 * runs of name characters (han-name-runs.ts).
 */
export function hanNameKeys(latinKeys: string[][], hanSentences: string[]): string[][] {
  const byForm = new Map<string, Set<string>>();
  // Each name once, however many sentences write it.
  for (const k of keysOfKind(latinKeys, 'w')) {
    if (!/^[a-z]{3,}$/u.test(keyValue(k, 'w'))) continue;
    for (const form of onsetForms(latinUnits(keyValue(k, 'w')))) {
      const set = byForm.get(form) ?? new Set<string>();
      set.add(k);
      byForm.set(form, set);
    }
  }
  const names = new Map<string, string>();
  if (byForm.size === 0) return hanSentences.map(() => []);
  // The one Latin name a run of characters sounds like, if exactly one.
  const keyOf = (characters: string): string | undefined => {
    const keys = byForm.get(pinyinSyllables(characters).map(onsetOf).join(''));
    return keys?.size === 1 ? [...keys][0]! : undefined;
  };
  for (const sentence of hanSentences) {
    for (const m of sentence.matchAll(DOTTED_NAME)) {
      const parts = m[0].split(DOT);
      parts.forEach((part, p) => {
        // The first part may carry words before the name, the last words after it.
        for (const candidate of candidates(part, p === 0, p === parts.length - 1)) {
          const key = keyOf(candidate);
          if (key) {
            names.set(candidate, key);
            break;
          }
        }
      });
    }
  }
  for (const [characters, key] of undottedNames(hanSentences, latinKeys, keyOf, names, MAX_PART)) names.set(characters, key);
  return hanSentences.map((sentence) => {
    const found = new Set<string>();
    for (const [characters, key] of names) if (sentence.includes(characters)) found.add(key);
    return [...found];
  });
}

/** The spans of a dotted part that may be the name, longest first: its end if it is first, its start if last. */
function candidates(part: string, first: boolean, last: boolean): string[] {
  const chars = [...part];
  // A middle part is the name whole.
  if (!first && !last) return chars.length >= 2 && chars.length <= MAX_PART ? [part] : [];
  const out: string[] = [];
  for (let n = Math.min(chars.length, MAX_PART); n >= 2; n--) out.push(first ? chars.slice(-n).join('') : chars.slice(0, n).join(''));
  return out;
}
