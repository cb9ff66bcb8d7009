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
import { rememberWords } from '../remember.js';

/** Non-ASCII letters of Latin-script candidates, lower case. A language not listed is never weighed. */
const LATIN: Record<string, string> = {
  eng: 'éèçïöüñ',
  spa: 'áéíóúüñ',
  por: 'áâãàçéêíóôõúü',
  glg: 'áéíóúñü',
  cat: 'àçéèíïòóúüŀ',
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
  dan: 'æøåéü',
  nob: 'æøåéèêóòôü',
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
 * Where Russian and Bulgarian, which share every common letter, place the two
 * signs: Bulgarian writes ь only before о (шофьор), never at a word's end or
 * before a consonant as Russian does (жить, письмо, здесь); Russian writes ъ
 * only before е, ё, ю and я (объявление), never before a consonant or at the
 * end as Bulgarian does (съм, във, градът). Bulgarian ends no word in -гда
 * or -ую (когато, новата: когда, новую). And Ukrainian begins no common
 * word with и, as Russian's и, из, или and их do, and ends none in Russian's
 * -ие, -ии, -ость, -тся, -ешь and -гда (решение, новости, новость, кажется,
 * знаешь, когда: рішення, новини, новина, здається, знаєш, коли).
 */
const CYRILLIC_GAPS: Record<string, string[]> = {
  bul: ['ь(?!о)', 'гда$', 'ую$'], rus: ['ъ(?![еёюя])'], ukr: ['^и', 'ие$', 'ии$', 'ость$', 'тся$', 'ешь$', 'гда$'],
};

/**
 * Word endings of Spanish its neighbours never write ($: the end of the word):
 * -dad, where Galician and Portuguese write -dade and Catalan -tat (ciudad,
 * cidade, ciutat), and a pronoun joined to an infinitive, which Galician
 * writes without the r (darlo, dalo) and Portuguese and Catalan after a hyphen.
 */
const SPANISH_ENDINGS = ['dad$', 'rlo$', 'rlos$', 'rle$', 'rles$'];

/**
 * Catalan spellings Spanish never writes: ny at a word's end (any, anys,
 * lluny: Spanish año, lejos; inside a word Spanish writes it too, inyección),
 * tx (cotxe) and a final -ig after a vowel (maig, passeig, puig; not the
 * borrowed big).
 */
const CATALAN_SPELLINGS = ['ny$', 'nys$', 'tx', '[aeou]ig$'];

/**
 * Slovene's vs- and vč- at a word's start (vse, vsak, včeraj), which
 * Croatian, Bosnian and Serbian write sv- and ju- (sve, svaki, jučer); not
 * "vs" alone, the versus of every sports page.
 */
const SLOVENE_SPELLINGS = ['^vs\\p{L}', '^vč'];

/**
 * The suffixes of qualities and states, -hed and -skab in Danish (frihed,
 * selskab), -het and -skap in Norwegian and Swedish (frihet, selskap), with
 * their definite and plural endings: each never ends a word of the other.
 */
const DANISH_ENDINGS = ['hed$', 'heden$', 'heder$', 'hederne$', 'skab$', 'skabet$', 'skaber$', 'skaberne$'];
const NORWEGIAN_ENDINGS = ['het$', 'heten$', 'heter$', 'hetene$', 'skap$', 'skapet$', 'skaper$', 'skapene$'];

/**
 * Spellings one of Danish and Norwegian writes where the other writes its own:
 * Danish øj, ej and -tion (øje, vej, arbejde, station) against Norwegian øy,
 * ei and -sjon (øye, vei, arbeid, stasjon); the doubled final consonant of
 * Norwegian (takk, mitt, mann, overskudd) where Danish writes one (tak, mit,
 * mand, overskud); Norwegian gj and kj (gjøre, kjøpe: Danish gøre, købe; not
 * Danish gjorde, gjort, kjole, or skj, which both write: skjule), opp- and
 * inn- (oppmerksom, innhold: opmærksom, indhold) and nn before a consonant
 * (sannsynlig, kunnskap: sandsynlig, kundskab). Norwegian ej only before a
 * vowel (a compound such as drømmejobb); Danish ei only before the consonants
 * of Norwegian's ei words (vei, feil, reise, greit, arbeid), not before n or
 * m, where a Danish compound joins e to in- (pengeinstitut). Each was checked
 * against Debian's hunspell word list of the language it counts against:
 * what it found there were names and a few compounds.
 */
const DANISH_SPELLINGS = ['øj', 'tion', 'ej(?![aeiouyæøå])'];
const NORWEGIAN_SPELLINGS = [
  'øy', 'sjon', 'ei(?:$|[dlrstv])', 'dd$', 'kk$', 'tt$', 'nn$',
  'gj(?!or)', '(?<!s)kj(?!ol)', '^opp[^aeiouyæøå]', '^inn(?!ov)', 'nn[^aeiouyæøå]',
];

/**
 * ASCII letters and pairs a Latin-script language does not write in its own
 * words: Galician writes x where Spanish writes j (xuíz, juez), e for y, and
 * ll where Portuguese writes lh (traballo, trabalho); Portuguese writes no y
 * (e for y) and no ll; Danish, Norwegian and Swedish write w and th only in
 * loanwords and names (an English headline in Title Case read as Norwegian
 * shows them). Not k or w for Portuguese or Italian: news writes km, kg and
 * web in them all the time. Afrikaans writes y, sk, s and d where Dutch writes
 * ij, sch, z and dt (tyd, skool, see, word: tijd, school, zee, wordt), but
 * not c, which its news borrows (cricket); Turkish writes no q or x, which
 * Azerbaijani does (xalq, yaxın), but w both borrow (web sitesi). A gap
 * ending in $ is a word ending (the lists above).
 */
const ASCII_GAPS: Record<string, string[]> = {
  glg: ['j', 'k', 'w', 'y', 'lh', ...SPANISH_ENDINGS], por: ['y', 'll', ...SPANISH_ENDINGS], cat: SPANISH_ENDINGS,
  dan: ['w', 'th', ...NORWEGIAN_ENDINGS, ...NORWEGIAN_SPELLINGS], nob: ['w', 'th', ...DANISH_ENDINGS, ...DANISH_SPELLINGS],
  swe: ['w', 'th', 'sjon', ...DANISH_ENDINGS], afr: ['ij', 'sch', 'z', 'dt$'], spa: CATALAN_SPELLINGS,
  tur: ['q', 'x'], hrv: SLOVENE_SPELLINGS, bos: SLOVENE_SPELLINGS, srp: SLOVENE_SPELLINGS,
};

/**
 * Each script's table: where each of its languages is in the flags, and
 * `neverWrittenBy`, which of its languages never write a word (1 at their
 * place): from flags per letter (which languages lack it, found once per
 * letter: a script has a few hundred) and per language's gaps, instead of
 * testing every letter of the word against every candidate's alphabet.
 */
interface ScriptTable {
  index: Map<string, number>;
  /** Which languages never write the word (1 at their place), or undefined when none is told by it. */
  neverWrittenBy: (word: string) => Uint8Array | undefined;
}

/** Code unit ranges, first and last; all below the surrogates, so a letter in one is one code unit. */
type Ranges = readonly (readonly [number, number])[];

/** Cyrillic letters (U+0400-U+052F); other letters of a Cyrillic text (a Latin name) say nothing. */
const CYRILLIC_LETTER: Ranges = [[0x0400, 0x052f]];
/** Latin letters outside ASCII, with the IPA block's that alphabets took in (Azerbaijani ə, Hausa ɓ ɗ). */
const LATIN_EXTRA: Ranges = [[0x00c0, 0x02af], [0x1e00, 0x1eff]];

/** Char codes, not a regex per letter: detection asks this of every letter of every word it weighs. */
function inRanges(c: number, ranges: Ranges): boolean {
  for (const [first, last] of ranges) if (c >= first && c <= last) return true;
  return false;
}

function scriptTable(letters: Record<string, string>, extra: Ranges, gaps: Record<string, string[]> = {}): ScriptTable {
  const langs = Object.keys(letters);
  const allGaps = [...new Set(Object.values(gaps).flat())];
  const gapTest = allGaps.length ? new RegExp(allGaps.join('|'), 'u') : undefined;
  const alphabets = langs.map((lang) => new Set(letters[lang]));
  // Each language's gaps as one expression, made once: a gap ending in $ is a word ending.
  const withGaps = langs.flatMap((lang, i) => (gaps[lang] ? [{ at: i, gap: new RegExp(gaps[lang].join('|'), 'u') }] : []));
  const lackedBy = new Map<string, Uint8Array>();
  const lacking = (letter: string) => {
    let flags = lackedBy.get(letter);
    if (!flags) lackedBy.set(letter, (flags = Uint8Array.from(alphabets, (alphabet) => (alphabet.has(letter) ? 0 : 1))));
    return flags;
  };
  const hasExtra = (word: string) => {
    for (let k = 0; k < word.length; k++) if (inRanges(word.charCodeAt(k), extra)) return true;
    return false;
  };
  const weigh = (word: string): Uint8Array | undefined => {
    const gapped = gapTest?.test(word) ?? false;
    // Most words of a Latin text are ASCII with no gap in them: two tests skip them.
    if (!gapped && !hasExtra(word)) return undefined;
    const out = new Uint8Array(langs.length);
    if (gapped) for (const { at, gap } of withGaps) if (gap.test(word)) out[at] = 1;
    for (let k = 0; k < word.length; k++) {
      if (!inRanges(word.charCodeAt(k), extra)) continue;
      const flags = lacking(word[k]!);
      for (let i = 0; i < out.length; i++) out[i]! |= flags[i]!;
    }
    return out.includes(1) ? out : undefined;
  };
  // A word's answer never changes, and news repeats its words: each is weighed once, up to a bound
  // (null, not undefined, for "none": the memo weighs again what it holds as undefined).
  const remembered = rememberWords((word) => weigh(word) ?? null, SEEN_WORDS);
  return { index: new Map(langs.map((lang, i) => [lang, i])), neverWrittenBy: (word) => remembered(word) ?? undefined };
}

/** Words whose answer each script's table keeps: some megabytes at most, most of a language's running words. */
const SEEN_WORDS = 50_000;

/** Marathi's ळ, which Hindi and Nepali never write (काळ, बाळ: काल, बाल); the only Devanagari letter weighed. */
const DEVANAGARI: Record<string, string> = { mar: 'ळ', hin: '', npi: '' };
const DEVANAGARI_LLA: Ranges = [[0x0933, 0x0933]];

const TABLES = new Map<string, ScriptTable>([
  ['Latin', scriptTable(LATIN, LATIN_EXTRA, ASCII_GAPS)],
  ['Cyrillic', scriptTable(CYRILLIC, CYRILLIC_LETTER, CYRILLIC_GAPS)],
  ['Devanagari', scriptTable(DEVANAGARI, DEVANAGARI_LLA)],
]);

/**
 * Catalan's l·l (col·lecció, intel·ligent), its middle dot often typed as a
 * full stop or a bullet (instal.lació), as the letter Unicode made for it (ŀl):
 * punctuation is no part of the words the letters are read from, and no other
 * candidate writes ŀ (Catalan's alphabet above has it).
 */
export function withCatalanL(text: string): string {
  return text.includes('l·l') || text.includes('l.l') || text.includes('l•l') ? text.replace(GEMINATE_L, 'ŀl') : text;
}
const GEMINATE_L = /(?<=\p{L})l[.·•]l(?=\p{L})/gu;

/**
 * How many of `words` (lower case) hold something `lang` never writes (a
 * letter outside its alphabet, or one of its ASCII gaps), for each of `langs`
 * (undefined for a language without a table). Only letters of the text's
 * script count, so a Latin name in a Russian sentence is neutral.
 */
export function foreignLetterWords(words: readonly string[], langs: readonly string[], script: string): (number | undefined)[] {
  const table = TABLES.get(script);
  if (!table) return langs.map(() => undefined);
  const places = langs.map((lang) => table.index.get(lang));
  const counts = places.map((at) => (at === undefined ? undefined : 0));
  // Each word is weighed once (its table keeps the answer) and counted as often as it is written,
  // words with the same answer together: a Vietnamese article writes nearly every word with a
  // letter beyond ASCII, and its common words dozens of times (weighing each occurrence against
  // every candidate was a third of detecting its language).
  const times = new Map<Uint8Array, number>();
  for (const word of words) {
    const never = table.neverWrittenBy(word);
    if (never) times.set(never, (times.get(never) ?? 0) + 1);
  }
  for (const [never, n] of times) {
    for (let i = 0; i < places.length; i++) {
      const at = places[i];
      if (at !== undefined && never[at]) counts[i]! += n;
    }
  }
  return counts;
}
