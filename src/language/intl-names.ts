/**
 * Month and weekday names every locale already has, from `Intl.DateTimeFormat`:
 * free cross-lingual knowledge for the Indonesian/Malay markers and the
 * entity gazetteer.
 */

/** For each month (0-11), its long names: standalone and as written with a day ("tháng 7" beside "Tháng 7"). */
export function monthForms(locale: string): string[][] {
  return Array.from({ length: 12 }, (_, month) => {
    const date = new Date(Date.UTC(2024, month, 2));
    const forms = new Set<string>();
    for (const opts of [{ month: 'long' }, { day: 'numeric', month: 'long' }] as const) {
      const name = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month')?.value;
      if (name && !/^\p{N}+$/u.test(name)) forms.add(name);
    }
    return [...forms];
  });
}

/** Long weekday names, Sunday first. */
export function weekdayNames(locale: string): string[] {
  return Array.from({ length: 7 }, (_, day) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + day))));
}
