/**
 * Builds the characters Chinese writes foreign names with (han-name-characters.ts,
 * shipped; `npm run gazetteer:update` writes it), from what this Node's `Intl`
 * knows: the Chinese names of countries and languages whose syllable onsets
 * are those a transliteration of their one-word English name would have
 * (阿富汗 Afghanistan, 斯洛伐克 Slovakia, 阿法尔 Afar). Names translated for
 * their meaning (南非 South Africa, 冰岛 Iceland) fail that test, so the
 * characters of everyday words mostly stay out.
 */
import { foldWord } from '../entities/fold.js';
import { pinyinSyllables } from '../entities/transliterate.js';
import { latinUnits, onsetForms, onsetOf } from './han-onsets.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function buildHanNameCharacters(): string {
  const characters = new Set<string>();
  const consider = (chinese: string | undefined, english: string | undefined) => {
    if (!chinese || !english || !/^\p{Script=Han}+$/u.test(chinese)) return;
    const words = english.split(/[\s-]+/u).map(foldWord).filter((w) => /^[a-z]{3,}$/u.test(w));
    if (words.length !== 1) return;
    // Up to 256 onset forms: a long name (Afghanistan) has many optional consonants.
    if (!onsetForms(latinUnits(words[0]!), 256).includes(pinyinSyllables(chinese).map(onsetOf).join(''))) return;
    for (const c of chinese) characters.add(c);
  };
  const names = (locale: string, type: 'region' | 'language') => new Intl.DisplayNames([locale], { type, fallback: 'none' });
  const [zhRegion, enRegion] = [names('zh', 'region'), names('en', 'region')];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = (a + b).toUpperCase();
      // The suffix 国 ("country") of 泰国, 法国 is no sound.
      consider(zhRegion.of(code)?.replace(/国$/u, ''), enRegion.of(code));
    }
  }
  const [zhLanguage, enLanguage] = [names('zh', 'language'), names('en', 'language')];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      for (const c of ['', ...LETTERS]) {
        // The suffix 语 ("language") of 阿法尔语 is no sound.
        consider(zhLanguage.of(a + b + c)?.replace(/语$/u, ''), enLanguage.of(a + b + c));
      }
    }
  }
  return [...characters].sort().join('');
}
