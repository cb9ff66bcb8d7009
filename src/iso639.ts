/**
 * Callers' language codes to the ISO 639-3 codes storyalign reports. Any BCP 47
 * tag (`en-US`, `zh-Hant-TW`, `sr_Latn`), ISO 639-1 (`en`), ISO 639-2/B or /T
 * (`fre`, `fra`) or ISO 639-3 code is read; what is none of these (`xx`,
 * `english`) is not a language. Macrolanguages become the individual language
 * detection reports (`ar`, `ara` → `arb`; `zh` → `cmn`; `ms`, `msa` → `zsm`), so that a
 * given code and a detected one compare equal. Beside schema.ts, not in the
 * language stage: reading a caller's code is part of checking input, which
 * every stage's door does (the article stage's included).
 */
import { FROM_ISO639_1, FROM_ISO639_2B, ISO639_3 } from './iso639-data.js';

/** Macrolanguages (and codes ICU or franc use) to the individual language detection reports for them. */
const AS_DETECTED: Record<string, string> = {
  ara: 'arb', zho: 'cmn', msa: 'zsm', zlm: 'zsm', fas: 'pes', est: 'ekk', lav: 'lvs', aze: 'azj', uzb: 'uzn',
  swa: 'swh', sqi: 'als', mon: 'khk', nep: 'npi', pus: 'pbu', nor: 'nob', fil: 'tgl',
};

let threeLetter: Set<string> | undefined;
let twoLetter: Map<string, string> | undefined;
let bibliographic: Map<string, string> | undefined;

function pairs(packed: string, keyLength: number): Map<string, string> {
  const out = new Map<string, string>();
  const step = keyLength + 3;
  for (let i = 0; i < packed.length; i += step) out.set(packed.slice(i, i + keyLength), packed.slice(i + keyLength, i + step));
  return out;
}

/** The ISO 639-3 code of a language tag, `und` for `und`, or undefined when the tag names no language. */
export function toIso6393(tag: string): string | undefined {
  const cleaned = tag.trim().replace(/_/gu, '-');
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(cleaned);
  } catch {
    return undefined;
  }
  if (cleaned.toLowerCase() === 'und' || locale.baseName === 'und') return 'und';
  // The caller's own subtag first: ICU would turn individual languages into their macrolanguage (`zsm` into `ms`).
  const given = cleaned.split('-')[0]!.toLowerCase();
  twoLetter ??= pairs(FROM_ISO639_1, 2);
  bibliographic ??= pairs(FROM_ISO639_2B, 3);
  threeLetter ??= new Set(ISO639_3.match(/.{3}/gu));
  for (const code of [given, locale.language.toLowerCase()]) {
    const three = code.length === 2 ? twoLetter.get(code) : bibliographic.get(code) ?? code;
    if (three !== undefined && threeLetter.has(three)) return AS_DETECTED[three] ?? three;
  }
  return undefined;
}

let fromThreeLetter: Map<string, string> | undefined;

/** The two-letter ISO 639-1 code of an ISO 639-3 code, where it has one (isl → is). */
export function toIso6391(code: string): string | undefined {
  if (!fromThreeLetter) {
    twoLetter ??= pairs(FROM_ISO639_1, 2);
    fromThreeLetter = new Map([...twoLetter].map(([two, three]) => [three, two]));
  }
  return fromThreeLetter.get(code);
}
