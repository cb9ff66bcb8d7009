/**
 * Leipzig Corpora sentences as the lingua project ships them for its own
 * accuracy reports (1,000 news and web sentences a language, 61 of our
 * candidates), read from a checkout the user points `LINGUA_DIR` at: nothing
 * is copied into this repository. Either layout: lingua-rs's
 * `language-models/<iso1>/testdata/sentences.txt` (LINGUA_DIR=…/language-models)
 * or lingua-py's `language-testdata/sentences/<iso1>.txt`
 * (LINGUA_DIR=…/language-testdata/sentences). Lines alternate between a
 * development half (the second, fourth, … line of a file: the one looked at
 * while working, `LINGUA_HALF=dev`) and the test half reported (the first,
 * third, …).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from './langid-udhr.js';

/** lingua's ISO 639-1 codes of our candidates, and the codes detection reports. */
const CANDIDATES: Record<string, string> = {
  af: 'afr', ar: 'arb', az: 'azj', be: 'bel', bg: 'bul', bn: 'ben', bs: 'bos', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu', el: 'ell',
  en: 'eng', es: 'spa', et: 'ekk', fa: 'pes', fi: 'fin', fr: 'fra', gu: 'guj', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', hy: 'hye',
  id: 'ind', it: 'ita', ja: 'jpn', ka: 'kat', kk: 'kaz', ko: 'kor', lt: 'lit', lv: 'lvs', mk: 'mkd', mn: 'khk', mr: 'mar', ms: 'zsm',
  nb: 'nob', nl: 'nld', pa: 'pan', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som', sq: 'als', sr: 'srp',
  sv: 'swe', sw: 'swh', ta: 'tam', te: 'tel', th: 'tha', tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', yo: 'yor', zh: 'cmn', zu: 'zul',
};

export function linguaSentences(dir: string, candidates: readonly string[], half: 'test' | 'dev'): Item[] {
  const items: Item[] = [];
  for (const [iso1, gold] of Object.entries(CANDIDATES)) {
    if (!candidates.includes(gold)) continue;
    const file = [join(dir, iso1, 'testdata', 'sentences.txt'), join(dir, `${iso1}.txt`)].find((f) => existsSync(f));
    if (!file) continue;
    readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).forEach((text, i) => {
      if ((i % 2 === 1) === (half === 'dev')) items.push({ text, gold });
    });
  }
  return items;
}
