/**
 * Foreign names written in Chinese characters (霍莉·威洛比, Holly Willoughby),
 * matched to the Latin side's names. Chinese has no capitals, and most runs of
 * a few characters sound like some name, so a run is taken for a name only
 * where Chinese marks one: the parts of a full foreign name are joined by a
 * middle dot. Each part whose syllable onsets (read through any-ascii's
 * pinyin) are those a transliteration of exactly one of the Latin side's name
 * words would have is taken for that name, wherever in the document the same
 * characters stand again (威洛比 alone, later on).
 */
import { keysOfKind, keyValue } from '../entities/keys.js';
import { pinyinSyllables } from '../entities/transliterate.js';

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

/** The onset class of a pinyin syllable: which consonant of a foreign name it stands for. */
export function onsetOf(syllable: string): string {
  if (syllable === 'er') return 'l';
  const initial = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxzcsrwy])?/u.exec(syllable)![0];
  return PINYIN_CLASS[initial] ?? 'v';
}

const PINYIN_CLASS: Record<string, string> = {
  b: 'p', p: 'p', d: 't', t: 't', g: 'k', k: 'k', h: 'h', m: 'm', n: 'n', l: 'l', r: 'l', f: 'f', w: 'f',
  j: 's', q: 's', x: 's', z: 's', c: 's', s: 's', zh: 's', ch: 's', sh: 's', y: 'v',
};

/** One consonant of a Latin name: the onset classes a transliteration may give it, and whether it may give none. */
interface Unit {
  classes: string[];
  optional: boolean;
}

const VOWEL = /[aeiouy]/u;
const LATIN_CLASS: Record<string, string> = {
  b: 'p', p: 'p', d: 't', t: 't', k: 'k', q: 'k', s: 's', z: 's', f: 'f', v: 'f', w: 'f',
};

/**
 * The consonants of a folded Latin name word as a transliteration hears them.
 * Chinese gives each consonant a syllable of its own (Cromwell: ke-lun-wei-er)
 * but may swallow a nasal or liquid after a vowel into the syllable before
 * (Trump: te-lang-pu), so those are optional.
 */
export function latinUnits(word: string): Unit[] {
  const units: Unit[] = [];
  const w = word.replace(/(.)\1+/gu, '$1');
  // A vowel first is heard as a syllable of its own; a y first is a consonant, taken in the loop.
  if (/^[aeiou]/u.test(w)) units.push({ classes: ['v'], optional: false });
  for (let i = 0; i < w.length; ) {
    const ch = w[i]!;
    const next = w[i + 1] ?? '';
    const two = w.slice(i, i + 2);
    const swallowable = i > 0 && VOWEL.test(w[i - 1]!) && (next === '' || !VOWEL.test(next));
    const push = (classes: string[], length: number, optional = false) => {
      units.push({ classes, optional });
      i += length;
    };
    if (VOWEL.test(ch) && !(ch === 'y' && i === 0)) i++;
    else if (w.startsWith('sch', i)) push(['s'], 3);
    else if (two === 'sh' || two === 'dg' || two === 'ts' || two === 'tz') push(['s'], 2);
    else if (two === 'ch') push(['s', 'k'], 2);
    else if (two === 'th') push(['t', 's'], 2);
    else if (two === 'ph') push(['f'], 2);
    else if (two === 'ck' || two === 'qu') push(['k'], 2);
    else if (two === 'gh') push(['k'], 2, true);
    else if (ch === 'x') {
      units.push({ classes: ['k'], optional: false });
      push(['s'], 1);
    } else if (ch === 'c') push(/[eiy]/u.test(next) ? ['s'] : ['k'], 1);
    else if (ch === 'g') push(/[eiy]/u.test(next) ? ['s', 'k'] : ['k'], 1);
    else if (ch === 'j') push(['s', 'v'], 1);
    else if (ch === 'y') push(['v'], 1);
    else if (ch === 'h') push(['h'], 1, i > 0);
    else if (ch === 'm' || ch === 'n') push([ch], 1, swallowable);
    else if (ch === 'r' || ch === 'l') push(['l'], 1, swallowable);
    else if (LATIN_CLASS[ch]) push([LATIN_CLASS[ch]], 1);
    else i++;
  }
  return units;
}

/** Every onset string a transliteration of the units may have (at most `limit` of them, else none). */
export function onsetForms(units: Unit[], limit = 32): string[] {
  let forms = [''];
  for (const u of units) {
    const next = new Set<string>();
    for (const f of forms) {
      for (const c of u.classes) next.add(f + c);
      if (u.optional) next.add(f);
    }
    forms = [...next];
    if (forms.length > limit) return [];
  }
  return forms.filter((f) => f.length >= 2);
}

/**
 * For each Chinese-side sentence, the `w:` keys of Latin-side names it writes
 * in characters, found through the document's dotted foreign names.
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
  if (byForm.size > 0) {
    for (const sentence of hanSentences) {
      for (const m of sentence.matchAll(DOTTED_NAME)) {
        const parts = m[0].split(DOT);
        parts.forEach((part, p) => {
          // The first part may carry words before the name, the last words after it.
          for (const candidate of candidates(part, p === 0, p === parts.length - 1)) {
            const keys = byForm.get(pinyinSyllables(candidate).map(onsetOf).join(''));
            if (keys?.size === 1) {
              names.set(candidate, [...keys][0]!);
              break;
            }
          }
        });
      }
    }
  }
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
