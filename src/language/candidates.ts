import { toIso6393 } from '../iso639.js';

/**
 * The languages detection chooses from by default: the most-used languages of
 * online news, as ISO 639-3 codes. franc knows 400 languages; letting all of them
 * compete makes news text come out as Hiligaynon or Scots, so we narrow the field.
 */
export const DEFAULT_LANGUAGES: readonly string[] = [
  // Latin script
  'eng', 'spa', 'fra', 'deu', 'por', 'ita', 'nld', 'pol', 'ces', 'slk', 'ron', 'hun',
  'swe', 'dan', 'nob', 'fin', 'tur', 'vie', 'ind', 'zsm', 'tgl', 'hrv', 'bos', 'slv',
  'lit', 'lvs', 'ekk', 'cat', 'glg', 'azj', 'uzn', 'swh', 'hau', 'yor', 'som', 'afr',
  'zul', 'als', 'jav',
  // Cyrillic
  'rus', 'ukr', 'bul', 'srp', 'mkd', 'bel', 'kaz', 'tgk', 'kir', 'khk',
  // Arabic script
  'arb', 'pes', 'urd', 'pbu',
  // Indic scripts
  'hin', 'mar', 'npi', 'ben', 'tam', 'tel', 'guj', 'kan', 'mal', 'pan', 'sin',
  // Scripts of one language, or of few
  'ell', 'heb', 'tha', 'lao', 'khm', 'mya', 'kat', 'hye', 'amh', 'cmn', 'jpn', 'kor',
];

/** franc's code for a language where it differs from the one we report. */
const TO_FRANC: Record<string, string> = { zsm: 'zlm' };
const FROM_FRANC: Record<string, string> = { zlm: 'zsm' };

/** The language a caller gave an article, as ISO 639-3; undefined when none is given or it is `und` (then it is detected). */
export function givenLanguage(input: { lang?: string | undefined }): string | undefined {
  const lang = input.lang === undefined ? undefined : normaliseLangCode(input.lang);
  return lang === 'und' ? undefined : lang;
}

/** A caller's language code (validated at the door: see toIso6393) as the ISO 639-3 code detection reports. */
export function normaliseLangCode(code: string): string {
  return toIso6393(code) ?? code.toLowerCase();
}

export function toFrancCode(code: string): string {
  return TO_FRANC[code] ?? code;
}

export function fromFrancCode(code: string): string {
  return FROM_FRANC[code] ?? code;
}
