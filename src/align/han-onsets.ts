/**
 * How a Chinese transliteration hears a foreign name: the onset classes of
 * pinyin syllables, and the classes a Latin name's consonants may come out
 * as (han-names.ts matches the two).
 */

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
export interface Unit {
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
