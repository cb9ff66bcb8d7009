/**
 * The language a country-code domain usually publishes in: a hint for detection
 * (`.id` vs `.my` decides Indonesian vs Malay) and for which version of a story
 * is the original (the one in the language of its source site).
 */
const DOMAIN_LANGUAGE: Record<string, string> = {
  id: 'ind', my: 'zsm', vn: 'vie', th: 'tha', kh: 'khm', mm: 'mya', la: 'lao', ph: 'tgl',
  cn: 'cmn', tw: 'cmn', jp: 'jpn', kr: 'kor', ru: 'rus', ua: 'ukr', fr: 'fra', de: 'deu',
  at: 'deu', es: 'spa', mx: 'spa', ar: 'spa', it: 'ita', pt: 'por', br: 'por', nl: 'nld',
  pl: 'pol', tr: 'tur', gr: 'ell', il: 'heb', ir: 'pes', sa: 'arb', eg: 'arb', ae: 'arb',
  qa: 'arb', jo: 'arb', lb: 'arb', uk: 'eng', us: 'eng', au: 'eng', nz: 'eng', ro: 'ron',
  cz: 'ces', sk: 'slk', hu: 'hun', se: 'swe', dk: 'dan', no: 'nob', fi: 'fin', kz: 'kaz',
};

export function hostOf(url: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+)/iu.exec(url.trim())?.[1]?.toLowerCase();
}

/** ISO 639-3 language of the URL's country domain, if it has one we know. */
export function languageOfDomain(url: string): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return DOMAIN_LANGUAGE[host.slice(host.lastIndexOf('.') + 1)];
}
