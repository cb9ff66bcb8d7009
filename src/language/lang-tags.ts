import { toIso6391 } from '../iso639.js';

/**
 * ISO 639-3 (what detection reports) to BCP 47 (what `Intl`, TMX `xml:lang` and
 * Hugging Face translation keys use). A code missing here is written with its
 * ISO 639-1 code where it has one, otherwise unchanged, which is already valid
 * BCP 47 for a three-letter code.
 */
const TO_BCP47: Record<string, string> = {
  eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl',
  ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi',
  tur: 'tr', vie: 'vi', ind: 'id', zsm: 'ms', tgl: 'tl', hrv: 'hr', bos: 'bs', slv: 'sl',
  lit: 'lt', lvs: 'lv', ekk: 'et', cat: 'ca', glg: 'gl', azj: 'az', uzn: 'uz', swh: 'sw',
  hau: 'ha', yor: 'yo', som: 'so', afr: 'af', zul: 'zu', als: 'sq', jav: 'jv', rus: 'ru',
  ukr: 'uk', bul: 'bg', srp: 'sr', mkd: 'mk', bel: 'be', kaz: 'kk', tgk: 'tg', kir: 'ky',
  khk: 'mn', arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne',
  ben: 'bn', tam: 'ta', tel: 'te', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', sin: 'si',
  ell: 'el', heb: 'he', tha: 'th', lao: 'lo', khm: 'km', mya: 'my', kat: 'ka', hye: 'hy',
  amh: 'am', cmn: 'zh', jpn: 'ja', kor: 'ko',
};

export function toBcp47(lang: string): string {
  // A code the table lacks is written with its ISO 639-1 code where it has one (isl → is, gle → ga):
  // the shortest tag, which is how the entity stage files `Intl`'s names and time words.
  return TO_BCP47[lang] ?? toIso6391(lang) ?? lang;
}

/**
 * The locales whose names for countries, months and weekdays the entity stage
 * learns: every default detection language, plus a few more news languages.
 */
export const NAME_LOCALES: readonly string[] = [...new Set([
  'en', 'id', 'ms', 'vi', 'ar', 'zh', 'zh-Hant', 'ja', 'ko', 'th', 'km', 'my', 'lo', 'tl', 'fr', 'es',
  'de', 'pt', 'it', 'nl', 'ru', 'uk', 'tr', 'fa', 'hi', 'bn', 'ur', 'he', 'el', 'pl', 'sw',
  ...Object.values(TO_BCP47), 'is', 'ga', 'cy', 'eu', 'mt', 'lb',
])];
