/**
 * Month and weekday names every locale already has, from `Intl.DateTimeFormat`:
 * free cross-lingual knowledge for the Indonesian/Malay markers and the
 * entity gazetteer.
 */

/** For each month (0-11), its long names: standalone and as written with a day ("tháng 7" beside "Tháng 7"). */
export function monthForms(locale: string): string[][] {
  // One formatter per form, not per month: building an Intl formatter costs far more than using it.
  const formats = [{ month: 'long' }, { day: 'numeric', month: 'long' }].map((opts) => new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' } as Intl.DateTimeFormatOptions));
  return Array.from({ length: 12 }, (_, month) => {
    const date = new Date(Date.UTC(2024, month, 2));
    const forms = new Set<string>();
    for (const format of formats) {
      const name = format.formatToParts(date).find((p) => p.type === 'month')?.value;
      if (name && !/^\p{N}+$/u.test(name)) forms.add(name);
    }
    return [...forms];
  });
}

/**
 * Each locale's abbreviated month names, folded to lower case without their
 * period (jan, feb, sept, okt), with the month (1-12): those that are no
 * long name too (May, mai) and hold no digit. English adds the news agencies'
 * Sept (AP style: Sept. 30).
 */
export function shortMonths(locale: string): Map<string, number> {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const long = new Set(monthForms(locale).flat().map((n) => n.toLowerCase()));
  const out = new Map<string, number>();
  for (let month = 0; month < 12; month++) {
    const name = format.format(new Date(Date.UTC(2024, month, 2))).toLowerCase().replace(/\.$/u, '');
    if (!long.has(name) && !/\p{N}/u.test(name)) out.set(name, month + 1);
  }
  if (locale === 'en') out.set('sept', 9);
  return out;
}

/** Weekday names, Sunday first: long (星期六, Saturday) or short (周六, Sat). */
export function weekdayNames(locale: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 7 + day))));
}

/**
 * Words for spans of time and common units in a locale, from `Intl`: the
 * calendar fields (year, month, week, day, hour), relative days and periods
 * (yesterday, today, last year, next week) and unit names (kilometres, per
 * cent), each with a language-free key (`day`, `day-1`, `year+1`, `kilometer`).
 */
export function timeAndUnitWords(locale: string): [string, string][] {
  const out: [string, string][] = [];
  const fields = new Intl.DisplayNames([locale], { type: 'dateTimeField' });
  for (const [field, key] of [['year', 'year'], ['month', 'month'], ['weekOfYear', 'week'], ['day', 'day'], ['hour', 'hour'], ['minute', 'minute']] as const) {
    const name = fields.of(field);
    if (name) out.push([name, key]);
  }
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const unit of ['day', 'week', 'month', 'year'] as const) {
    for (const step of [-1, 0, 1]) {
      const phrase = relative.format(step, unit);
      // Where a locale has no word ("in 1 week"), the phrase says nothing beyond its number.
      if (!/\p{N}/u.test(phrase)) out.push([phrase, `${unit}${step < 0 ? '-1' : step > 0 ? '+1' : '0'}`]);
    }
  }
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  for (const code of LANGUAGE_CODES) {
    const name = languages.of(code);
    if (name && name !== code) out.push([name, `language-${code}`]);
  }
  for (const unit of ['day', 'hour', 'minute', 'week', 'month', 'year', ...UNIT_WORDS]) {
    const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
    for (const n of [1, 2, 5]) {
      const name = format.formatToParts(n).filter((p) => p.type === 'unit').map((p) => p.value).join('').trim();
      if (name && /\p{L}/u.test(name)) out.push([name, unit]);
    }
  }
  return out;
}

/** Units of measure (besides time) whose names are read, as `Intl.NumberFormat` units. */
export const UNIT_WORDS = ['kilometer', 'meter', 'kilogram', 'percent', 'mile', 'liter'] as const;

/** Languages whose names news mentions most (and those storyalign detects). */
const LANGUAGE_CODES = ['en', 'id', 'ms', 'vi', 'ar', 'zh', 'ja', 'ko', 'th', 'fr', 'es', 'de', 'pt', 'ru', 'it', 'nl', 'tr', 'fa', 'hi', 'ur', 'he', 'tl', 'km', 'my', 'lo', 'jv', 'su'];
