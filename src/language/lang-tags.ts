/**
 * ISO 639-3 (what detection reports) to BCP 47 (what `Intl`, TMX `xml:lang` and
 * Hugging Face translation keys use). Codes missing here pass through unchanged,
 * which is already valid BCP 47 for a three-letter code.
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
  return TO_BCP47[lang] ?? shortTag(lang);
}

const shortTags = new Map<string, string>();
/** Codes remembered at most: a stream of made-up codes must not grow the map without end. */
const REMEMBERED_TAGS = 1_000;

/**
 * A code the table lacks, as `Intl` writes it: ISO 639-3 codes of languages
 * with a two-letter code become that code (isl → is, gle → ga), which is how
 * the entity stage's names and time words are filed; others stay as they are.
 */
function shortTag(lang: string): string {
  let tag = shortTags.get(lang);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(lang)[0] ?? lang;
    } catch {
      tag = lang;
    }
    if (shortTags.size < REMEMBERED_TAGS) shortTags.set(lang, tag);
  }
  return tag;
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
