/**
 * The letters each candidate writes, beyond the ASCII alphabet (Latin script)
 * or in full (Cyrillic): a word holding a letter a language never writes is
 * evidence against it that franc's trigram models, built from one short text
 * per language, do not weigh. A Russian sentence with ы or э is not
 * Bulgarian, Macedonian or Serbian; one with й, я or ю is not Macedonian or
 * Serbian; Portuguese ã and õ are neither Galician nor Spanish; Czech ě ř ů
 * are not Slovak. Written from each language's standard orthography (no
 * benchmark text was used), generous with letters of common loanwords
 * (English café, Dutch België), since a missing letter costs more than a
 * spare one.
 */

/** Non-ASCII letters of Latin-script candidates, lower case. A language not listed is never weighed. */
const LATIN: Record<string, string> = {
  eng: 'éèçïöüñ',
  spa: 'áéíóúüñ',
  por: 'áâãàçéêíóôõúü',
  glg: 'áéíóúñü',
  cat: 'àçéèíïòóúü',
  ita: 'àèéìíòóùúî',
  fra: 'àâæçéèêëîïôœùûüÿ',
  deu: 'äöüßé',
  nld: 'áéëèïöüóúàç',
  afr: 'áéèêëíîïóôöúûüŉ',
  pol: 'ąćęłńóśźż',
  ces: 'áčďéěíňóřšťúůýž',
  slk: 'áäčďéíĺľňóôŕšťúýž',
  slv: 'čšžćđ',
  hrv: 'čćđšž',
  bos: 'čćđšž',
  srp: 'čćđšž',
  ron: 'ăâîșțşţ',
  hun: 'áéíóöőúüű',
  swe: 'åäöé',
  dan: 'æøåéäöü',
  nob: 'æøåéèêóòôäöü',
  fin: 'äöåšž',
  ekk: 'äöõüšž',
  lit: 'ąčęėįšųūž',
  lvs: 'āčēģīķļņšūž',
  tur: 'çğıöşüâîû',
  azj: 'çğıöşüə',
  ind: 'é',
  zsm: 'é',
  tgl: 'ñ',
  jav: 'éèê',
  swh: '',
  som: '',
  zul: '',
  als: 'çë',
  hau: 'ɓɗƙƴ',
  yor: 'àáèéìíòóùúẹọṣńǹḿ',
  uzn: '',
  vie: 'àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
};

const CYRILLIC_BASE = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** Every Cyrillic letter of each Cyrillic candidate, lower case. */
const CYRILLIC: Record<string, string> = {
  rus: `${CYRILLIC_BASE}ё`,
  ukr: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  bel: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bul: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ',
  mkd: 'абвгдѓежзѕијклљмнњопрстќуфхцчџшѐѝ',
  srp: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  bos: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  uzn: 'абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ',
  azj: 'абвгғдеәжзиыјкҝлмноөпрстуүфхһчҹш',
  kaz: `${CYRILLIC_BASE}ёәғқңөұүһі`,
  kir: `${CYRILLIC_BASE}ёңөү`,
  tgk: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя',
  khk: `${CYRILLIC_BASE}ёөү`,
};

/**
 * ASCII letters and pairs a Latin-script language does not write in its own
 * words: Galician writes x where Spanish writes j (xuíz, juez), e for y, and
 * ll where Portuguese writes lh (traballo, trabalho); Portuguese writes no y
 * (e for y) and no ll; Danish, Norwegian and Swedish write w and th only in
 * loanwords and names (an English headline in Title Case read as Norwegian
 * shows them). Not k or w for Portuguese or Italian: news writes km, kg and
 * web in them all the time.
 */
const ASCII_GAPS: Record<string, string[]> = {
  glg: ['j', 'k', 'w', 'y', 'lh'], por: ['y', 'll'], dan: ['w', 'th'], nob: ['w', 'th'], swe: ['w', 'th'],
};
const GAP_TEST = /[jkwy]|lh|ll|th/u;

const SETS = new Map<string, { latin?: Set<string>; cyrillic?: Set<string>; gaps?: string[] }>();
for (const [lang, letters] of Object.entries(LATIN)) SETS.set(lang, { latin: new Set(letters) });
for (const [lang, letters] of Object.entries(CYRILLIC)) SETS.set(lang, { ...SETS.get(lang), cyrillic: new Set(letters) });
for (const [lang, gaps] of Object.entries(ASCII_GAPS)) SETS.set(lang, { ...SETS.get(lang), gaps });

/** Cyrillic letters (U+0400-U+052F); other letters of a Cyrillic text (a Latin name) say nothing. */
const CYRILLIC_LETTER = /[\u0400-\u052f]/u;
/** Latin letters outside ASCII. */
const LATIN_EXTRA = /[\u00c0-\u024f\u1e00-\u1eff]/u;

/**
 * How many of `words` (lower case) hold a letter that `lang` never writes, for
 * each of `langs` (undefined for a language without a table). Only letters of
 * the text's script count, so a Latin name in a Russian sentence is neutral.
 */
export function foreignLetterWords(words: readonly string[], langs: readonly string[], script: string): (number | undefined)[] {
  const test = script === 'Cyrillic' ? CYRILLIC_LETTER : script === 'Latin' ? LATIN_EXTRA : undefined;
  if (!test) return langs.map(() => undefined);
  const tables = langs.map((lang) => (script === 'Cyrillic' ? SETS.get(lang)?.cyrillic : SETS.get(lang)?.latin));
  const counts = tables.map((t) => (t ? 0 : undefined));
  const gaps = script === 'Latin' ? langs.map((lang) => SETS.get(lang)?.gaps) : [];
  const anyGaps = gaps.some((g) => g);
  for (const word of words) {
    if (anyGaps && GAP_TEST.test(word)) {
      gaps.forEach((gap, i) => {
        if (gap && counts[i] !== undefined && gap.some((g) => word.includes(g))) counts[i]!++;
      });
    }
    // Most words of a Latin text are ASCII: one test skips them.
    if (!test.test(word)) continue;
    const letters = [...word].filter((c) => test.test(c));
    tables.forEach((table, i) => {
      if (table && letters.some((c) => !table.has(c))) counts[i]!++;
    });
  }
  return counts;
}
