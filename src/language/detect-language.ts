/**
 * The language stage's door. Scripts of one language decide alone; otherwise
 * franc's trigram models rank a realistic candidate set, and word-level
 * evidence franc lacks re-weighs the close calls: function words, letters only
 * one candidate writes, and for Indonesian vs Malay the markers of the two
 * standards over the whole text. Text with no signal is `und`.
 */
import { URL_PATTERN } from '../article/urls.js';
import { langCodeListSchema, parseInput, textSchema } from '../schema.js';
import * as z from 'zod/mini';
import { DEFAULT_LANGUAGES, fromFrancCode, normaliseLangCode, toFrancCode } from './candidates.js';
import { domainVote, weighIndonesianMalay } from './indonesian-malay.js';
import { functionWordHits, functionWordShares, hasEnglishContraction, leadingOthers, listedAtLeast } from './function-words.js';
import { foreignLetterWords, withCatalanL } from './alphabets.js';
import { countScripts, languageOfScript, type ScriptCount } from './scripts.js';
import { hasTrigramModels, rankByTrigrams } from './trigram-distance.js';
import { stripNoise } from './strip-noise.js';
import { startsUpperCase } from './code-units.js';

/** Options of detectLanguage: the candidate languages and the page's URL. */
export interface DetectOptions {
  /** ISO 639-3 codes to choose from; defaults to {@link DEFAULT_LANGUAGES}. */
  only?: string[];
  /** Where the text was published: its country domain (`.id`, `.my`) is evidence. */
  url?: string;
}

/** What detectLanguage answers: an ISO 639-3 code (`und` without signal), its confidence and the runners-up. */
export interface LanguageGuess {
  /** ISO 639-3 code, or `und` when the text carries no signal. */
  lang: string;
  /** In [0, 1]; 0 for `und`. */
  confidence: number;
  /** Other candidates, best first, with scores in [0, 1]. */
  alternatives: { lang: string; score: number }[];
}

const optionsSchema = z.optional(z.object({ only: z.optional(langCodeListSchema.check(z.minLength(1, 'at least one language code'))), url: z.optional(z.string()) }));

const UNDETERMINED: LanguageGuess = { lang: 'und', confidence: 0, alternatives: [] };

/** URLs, e-mail addresses and digits say nothing about the language and confuse trigrams. */
function withoutLinks(text: string): string {
  // Each pattern only where its mark is: tried at every position of a text
  // without spaces (Chinese, Thai), the e-mail pattern cost a tenth of reading.
  const noUrls = text.includes('://') ? text.replace(URL_PATTERN, ' ') : text;
  return noUrls.includes('@') ? noUrls.replace(/\S{1,200}@\S{1,200}/gu, ' ') : noUrls;
}

/**
 * The language of a text, as an ISO 639-3 code with a confidence in [0, 1] and
 * the runners-up. Indonesian and Malay are told apart by their own marker words
 * (and by a site's country when `url` is given); text without signal is `und`.
 *
 * @param text - Any text; URLs, e-mail addresses and digits are ignored.
 * @param options - `only`: candidate languages (any ISO 639 or BCP 47 codes; default the 76 of
 *   DEFAULT_LANGUAGES); `url`: where the text was published, a hint for Indonesian vs Malay.
 * @returns `{ lang, confidence, alternatives }`.
 * @throws StoryalignError INVALID_INPUT for a text that is not a string or a code that names no language.
 * @example
 * detectLanguage('Pemerintah mengatakan bahwa harga beras akan turun karena panen yang baik.').lang; // 'ind'
 */
export function detectLanguage(text: string, options?: DetectOptions): LanguageGuess {
  parseInput(textSchema, text, 'text');
  const opts = parseInput(optionsSchema, options, 'options') ?? {};
  return detectChecked(text, opts.only ?? DEFAULT_LANGUAGES, opts.url);
}

/** The candidate lists detection works with, in both code sets, made once per list it is given. */
interface Candidates {
  /** ISO 639-3. */
  only: readonly string[];
  /** franc's codes for Latin-script text, and for the other scripts (Malay and Indonesian are Latin only). */
  latin: readonly string[];
  other: readonly string[];
}

const candidateLists = new WeakMap<readonly string[], Candidates>();

function candidatesFor(list: readonly string[]): Candidates {
  let c = candidateLists.get(list);
  if (!c) {
    const only = list.map(normaliseLangCode);
    c = { only, latin: only.map(toFrancCode), other: only.filter((l) => l !== 'zsm' && l !== 'ind').map(toFrancCode) };
    candidateLists.set(list, c);
  }
  return c;
}

/**
 * `detectLanguage` for callers that have validated their input: a reader that
 * asks for every paragraph of every article passes the same `only` list each
 * time, and its candidates are prepared once.
 */
export function detectChecked(text: string, list: readonly string[] = DEFAULT_LANGUAGES, url?: string): LanguageGuess {
  const { only, latin, other } = candidatesFor(list);
  const linkless = withoutLinks(text);
  const clean = stripNoise(withCatalanL(linkless)).trim();
  if (!/\p{L}/u.test(clean)) return { ...UNDETERMINED };

  const scripts = scriptsAsRead(clean);
  const byScript = languageOfScript(scripts);
  if (byScript && only.includes(byScript.lang)) {
    // The script settles it: there is no runner-up worth naming.
    return { lang: byScript.lang, confidence: round(Math.min(1, byScript.share) * (clean.length >= 10 ? 1 : 0.8)), alternatives: [] };
  }
  // Malay and Indonesian are Latin-script news languages; franc's Arabic-script
  // Malay model (Jawi) would otherwise catch Arabic sentences.
  const script = scripts[0]?.script;
  if (!script || !hasTrigramModels(script)) return { ...UNDETERMINED };
  // The trigram sample is cleaned the way franc cleans it, so its models see what they were built on.
  const ranked = rankByTrigrams(withoutNames(linkless.trim()), script, script === 'Latin' ? latin : other)
    .map(({ lang, score }) => ({ lang: fromFrancCode(lang), score }));
  if (ranked.length === 0) return { ...UNDETERMINED };
  weighAlphabets(ranked, clean, script);
  const read = wordReading(linkless);
  weighFunctionWords(ranked, clean, read);
  weighContractions(ranked, clean, linkless, read);
  weighDistinctiveLetters(ranked, clean, script);

  const evidence = resolveIndonesianMalay(ranked, text, url, only);
  const [best, ...rest] = ranked;
  // Between Indonesian and Malay the trigram gap is meaningless; the markers' count is the evidence.
  const confidence = evidence === undefined ? confidenceOf(ranked, clean) : malayicConfidence(evidence);
  return { lang: best!.lang, confidence, alternatives: rest.slice(0, 5) };
}

/**
 * The share of a paragraph's words that must be function words of another
 * language (and more of them than of its article's) for that to be a sign of
 * it: one word in ten. Running news text has a fifth to a half of its words
 * in its language's list, Indonesian with names and numbers in it often
 * little more than a tenth; a block of names with one "the" in it has fewer,
 * and proves no language. A sign only lets detection be asked, which must
 * then name that language.
 */
const LEADING_SHARE = 0.1;

/** The script a text is mainly written in, as detection reads it (see `scriptsAsRead`). */
export function mainScript(text: string): string | undefined {
  return scriptsAsRead(text)[0]?.script;
}

/**
 * Whether a paragraph of an article in `lang`, written mainly in
 * `articleScript`, shows any sign of another language, before detection is
 * asked: a script of its own (detection then decides: `{}`), or the function
 * words of other languages leading its own words (`languages`: the ones that
 * lead, detection must name one of them), or for Arabic script the letters
 * only another language writes, for Han the kana of Japanese. Undefined when
 * nothing points away from `lang`. Detection alone, asked of every
 * paragraph, read a Spanish sentence as Galician, an English headline as
 * Afrikaans and a line of footballers' names as German: of the 51 paragraphs
 * it set apart in bench:corpus's mix, 2 were in the language it named
 * (English album titles in a Vietnamese article); with these signs asked
 * first, 5 are set apart, those 2 among them.
 */
export function signsOfAnotherLanguage(text: string, lang: string, articleScript: string | undefined, twins: readonly string[] = []): { languages?: string[] } | undefined {
  const scripts = scriptsAsRead(text);
  const script = scripts[0]?.script;
  if (!script) return undefined;
  if (script !== articleScript) return script === 'Latin' && writesOwnScript(scripts, articleScript) ? undefined : {};
  if (script === 'Latin' || script === 'Cyrillic') {
    const languages = leadingOthers(signWords(text), lang, LEADING_SHARE, twins);
    return languages.length ? { languages } : undefined;
  }
  // Kana among Han characters is Japanese in a Chinese article; Arabic script has its letters.
  const verdict = script === 'Arabic' ? letterVerdict(text, script) : languageOfScript(scripts)?.lang;
  return verdict && verdict !== lang ? { languages: [verdict] } : undefined;
}

/**
 * Share of its letters a paragraph mostly in Latin letters must write in its
 * article's own script (not Latin) to be read as the article's language with
 * names in it: "BBC Scotland 的 Alasdair Lamont 在 Tony Macaroni 球场" is a
 * Chinese line, four characters among the names' thirty-odd letters, and
 * detection asked of the names alone answered Uzbek.
 */
const OWN_SCRIPT_SHARE = 0.05;

function writesOwnScript(scripts: ScriptCount[], articleScript: string | undefined): boolean {
  return !!articleScript && articleScript !== 'Latin' && scripts.some((s) => s.script === articleScript && s.share >= OWN_SCRIPT_SHARE);
}

/**
 * A paragraph's words in lower case for its signs, less a capital letter
 * standing alone: a Roman numeral, an initial or English "I" ("la I Guerra
 * Mundial"), never the conjunction i of Catalan, Croatian or Italian, which
 * the lists hold and which is written small.
 */
function signWords(text: string): string[] {
  const words = text.match(FUNCTION_WORD_FORM) ?? [];
  return words.filter((w) => !(w.length === 1 && w !== w.toLowerCase())).map((w) => w.toLowerCase());
}

/** A text's scripts as detection reads them: by letter count, a script other than Latin with a fifth of the letters first. */
function scriptsAsRead(text: string): ScriptCount[] {
  return preferNonLatin(countScripts(text));
}

/**
 * Names in Latin letters are everywhere (Liverpool, Ryder Cup, YouTube): a Thai
 * or Arabic headline with two English names is still Thai or Arabic. A script
 * other than Latin with a fifth of the letters therefore leads.
 */
function preferNonLatin(scripts: ScriptCount[]): ScriptCount[] {
  if (scripts[0]?.script !== 'Latin') return scripts;
  const other = scripts.find((s) => s.script !== 'Latin' && s.share >= 0.2);
  return other ? [other, ...scripts.filter((s) => s !== other)] : scripts;
}

/**
 * Capitalised words inside a sentence are mostly names, and names carry the
 * trigrams of the language they come from ("Daniel Sturridge", "Chelsea").
 * They are left out of the trigram sample when enough other words remain;
 * a Title Case headline keeps them all.
 */
function withoutNames(text: string): string {
  const words = text.split(/\s+/u);
  if (words.length < 4) return text;
  const kept = words.filter((w, i) => i === 0 || !startsUpperCase(w));
  return kept.length >= 3 && kept.length * 2 >= words.length ? kept.join(' ') : text;
}

/**
 * Letters only one candidate writes decide between neighbours that share a
 * script, whatever names surround them: Vietnamese ơ, ư and its stacked tone
 * marks (not ă or đ: Romanian and Croatian use them); Arabic ك ة ى against
 * Persian ی ک پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے ہ and Pashto ټ ډ ړ ږ ښ ګ ڼ ۍ ې ځ څ.
 */
const VIETNAMESE = /[ơưạảấầẩẫậắằẳẵặẻẽếềểễệỉịỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const ARABIC_ONLY = /[كةى]/gu;
const PERSIAN_FAMILY = /[یکپچژگ]/gu;
const URDU_ONLY = /[ٹڈڑںےہ]/gu;
const PASHTO_ONLY = /[ټډړږښګڼۍېځڅ]/gu;
/** Arabic yeh: Arabic and Pashto write it, Persian and Urdu write ی instead. */
const ARABIC_YEH = /ي/gu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function letterVerdict(clean: string, script: string): string | undefined {
  if (script === 'Latin') return count(clean, VIETNAMESE) >= 2 ? 'vie' : undefined;
  if (script !== 'Arabic') return undefined;
  const pashto = count(clean, PASHTO_ONLY);
  const urdu = count(clean, URDU_ONLY);
  const arabic = count(clean, ARABIC_ONLY);
  const persian = count(clean, PERSIAN_FAMILY);
  // Pashto's own letters are written by no other candidate: one is enough (Urdu's ٹ ڈ ڑ are other letters).
  if (pashto >= 1) return 'pbu';
  if (urdu >= 2) return 'urd';
  if (persian === 0 && (arabic >= 2 || count(clean, ARABIC_YEH) >= 2)) return 'arb';
  if (persian >= 2 && arabic === 0) return 'pes';
  return undefined;
}

/** Put the language its letters prove first, if it is a candidate. */
function weighDistinctiveLetters(ranked: { lang: string; score: number }[], clean: string, script: string): void {
  const lang = letterVerdict(clean, script);
  const entry = lang ? ranked.find((r) => r.lang === lang) : undefined;
  if (!entry || ranked[0] === entry) return;
  entry.score = ranked[0]!.score + 0.01;
  ranked.sort((a, b) => b.score - a.score);
  for (const r of ranked) r.score = Math.max(0, r.score / entry.score);
}

/**
 * What each word with a letter a candidate never writes costs it, against
 * franc's normalised score (the close calls are hundredths apart). 0.15
 * before spellings (not only letters) came in; of 0.1, 0.15, 0.2 and 0.3 on
 * the development sentences, 0.1 was worst and 0.2 and 0.3 about the same.
 */
const ALPHABET_PENALTY = 0.2;
/** Three such words (in ten) put a candidate out of any close call; more say nothing new. */
const ALPHABET_WORDS = 3;
/**
 * The fewest words a text's count is taken over. Counted over ten, as
 * before, one such word in a line of three ("Никогда не придирайтесь !", with
 * Russian's ь where Bulgarian writes none) weighed less than franc's wide
 * gaps on so little text.
 */
const MIN_WORDS = 5;

/**
 * Letters and spellings a candidate never writes count against it (see
 * alphabets.ts; Latin, Cyrillic and Marathi's ळ): franc's models, trained on
 * one short text per language, rank Russian sentences as Bulgarian or
 * Macedonian and Portuguese ones as Galician. Names
 * are left out first, so a foreign name's letters cost its sentence nothing.
 * Re-sorts `ranked` in place.
 */
function weighAlphabets(ranked: { lang: string; score: number }[], clean: string, script: string): void {
  if (script !== 'Latin' && script !== 'Cyrillic' && script !== 'Devanagari') return;
  const words = withoutNames(clean).toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  const counts = foreignLetterWords(words, ranked.map((r) => r.lang), script);
  if (!counts.some((c) => c)) return;
  // Counted per ten words: a long article that quotes a few foreign words (a Tagalog story's Spanish names) keeps its language.
  // A text of five words or fewer counts as five: its trigrams say little, and one such word is a fifth of it.
  const per = Math.max(MIN_WORDS / 10, words.length / 10);
  ranked.forEach((r, i) => {
    r.score -= ALPHABET_PENALTY * Math.min(ALPHABET_WORDS, (counts[i] ?? 0) / per);
  });
  rankAgain(ranked);
}

/** Words as function-word lists write them: letters, marks and apostrophes (l’, n'). */
const FUNCTION_WORD_FORM = /[\p{L}\p{M}'’]+/gu;
/**
 * The same with an apostrophe only inside a word (didn't, c’est): the cleaned
 * text detection reads has none ("didn t"), and a quotation's opening mark
 * ('looking) is no part of its first word.
 */
const INNER_APOSTROPHE_WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Candidates this close to franc's best are re-weighed with word evidence; short texts get a wider window. */
function wordWindow(length: number): number {
  return Math.max(0.1, 0.25 - length / 1000);
}
/**
 * A share of a candidate's function words that puts it among the re-weighed
 * however far franc ranks it: three words in ten of a text of three or more.
 * franc's models were built from one legal text a language, and rank a short
 * line of speech far from its language ("I'm not sure you can do that." first
 * Catalan, English not within the window).
 */
const STRONG_SHARE = 0.3;
/** Texts up to this many characters (a short sentence, some twenty words) are short in that sense. */
const STRONG_TEXT = 120;
/** How much a sentence's share of function words counts against franc's normalised trigram score. */
const WORD_WEIGHT = 0.6;
/**
 * Below this many characters the words count more, up to twice WORD_WEIGHT
 * for the shortest text: a trigram sample of a few words ("I know what you
 * did.", first Catalan) says little, the words as much as in a long one. Of
 * 60 and 100 characters, and twice and three times the weight, this is the
 * one with no set worse (NTREX sentences 153 → 139 errors, headlines 97 → 96,
 * Leipzig and UDHR the same).
 */
const FEW_WORDS = 60;

/** A text's words as the function-word lists write them, with the lists' hits among them. */
interface WordReading {
  words: string[];
  hits: Int32Array;
}

/** The text's words and hits, read on first ask: both word weighings use them, most long texts neither. */
function wordReading(linkless: string): () => WordReading {
  let reading: WordReading | undefined;
  return () => {
    if (!reading) {
      const words = linkless.toLowerCase().match(INNER_APOSTROPHE_WORD) ?? [];
      reading = { words, hits: functionWordHits(words) };
    }
    return reading;
  };
}

/**
 * Trigrams confuse neighbours (Spanish and Galician, English and Afrikaans); the
 * share of each candidate's function words in the text tells them apart.
 * Candidates without a word list get the mean bonus, so they are neither helped
 * nor hurt. In a short text a candidate with STRONG_SHARE of its words is
 * weighed however far behind it is, and in a very short one the words count
 * more (FEW_WORDS). Re-sorts `ranked` in place.
 */
function weighFunctionWords(ranked: { lang: string; score: number }[], clean: string, read: () => WordReading): void {
  const top = ranked[0]!.score;
  const near = top - wordWindow(clean.length);
  // A long text's trigrams are sure enough: with no close call there is nothing to weigh.
  if (clean.length > STRONG_TEXT && !(ranked[1] && ranked[1].score >= near)) return;
  const { words, hits } = read();
  const strong = words.length >= 3 && clean.length <= STRONG_TEXT ? listedAtLeast(hits, words.length, STRONG_SHARE) : [];
  const window = ranked.filter((r) => r.score >= near || strong.includes(r.lang));
  if (window.length < 2) return;
  const shares = functionWordShares(words, window.map((r) => r.lang), hits);
  const known = shares.filter((x): x is number => x !== undefined);
  if (known.length === 0) return;
  const mean = known.reduce((a, b) => a + b, 0) / known.length;
  const weight = WORD_WEIGHT * (2 - Math.min(1, clean.length / FEW_WORDS));
  window.forEach((r, i) => {
    r.score += weight * ((shares[i] ?? mean) - mean);
  });
  rankAgain(ranked);
}

/**
 * English contractions (didn't, it's, I'm) are written by no other candidate:
 * a short text with one, whose words are English at least as much as any
 * other listed language's, is English. Quoted speech split into sentences is
 * short, and franc's models, built from one legal text, ranked "I didn't do
 * it." Albanian and "It's normal." Tagalog. A French sentence quoting
 * "don't" keeps its French words' lead. Re-sorts `ranked` in place.
 */
function weighContractions(ranked: { lang: string; score: number }[], clean: string, linkless: string, read: () => WordReading): void {
  if (clean.length > STRONG_TEXT || !/['’]/u.test(linkless) || ranked[0]!.lang === 'eng') return;
  const english = ranked.find((r) => r.lang === 'eng');
  if (!english) return;
  const { words, hits } = read();
  if (!hasEnglishContraction(words)) return;
  const shares = functionWordShares(words, ranked.map((r) => r.lang), hits);
  const own = shares[ranked.indexOf(english)]!;
  if (shares.some((share) => share !== undefined && share > own)) return;
  english.score = ranked[0]!.score + 0.01;
  rankAgain(ranked);
}

/** Sort the candidates by their re-weighed scores and scale them so that the best is 1 again (what confidenceOf reads). */
function rankAgain(ranked: { lang: string; score: number }[]): void {
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0]!.score;
  for (const r of ranked) r.score = best > 0 ? Math.max(0, r.score / best) : 0;
}

/**
 * How sure an answer between Indonesian and Malay is, from the markers' net
 * weight: 0.81 for 1 (one weak marker), 0.92 for 2 (one strong), 0.97 for 3. Answers
 * with a net weight of 1, 2 and 3 were right 0.83, 0.96 and 0.99 of the time on
 * NTREX's Indonesian and Malay sentences, and 0.88, 0.98 and 1.00 on the UDHR's
 * and Leipzig's Indonesian (a scale of 3 said 0.64, 0.74 and 0.81, and kept
 * every paragraph with two weak markers below the 0.8 needed to be set apart).
 */
function malayicConfidence(evidence: number): number {
  return round(0.5 + 0.49 * (1 - Math.exp(-Math.abs(evidence))));
}

/**
 * When franc's top answer is Indonesian or Malay, let the markers of the two
 * standards and the domain decide, and put the winner first.
 */
function resolveIndonesianMalay(
  ranked: { lang: string; score: number }[],
  text: string,
  url: string | undefined,
  only: readonly string[],
): number | undefined {
  const top = ranked[0]!.lang;
  if ((top !== 'ind' && top !== 'zsm') || !only.includes('ind') || !only.includes('zsm')) return undefined;
  const evidence = weighIndonesianMalay(text).score + domainVote(url);
  // With no evidence either way, Indonesian is the better bet: it has far more
  // published text, and franc's choice between the two is a coin toss.
  const winner = evidence >= 0 ? 'ind' : 'zsm';
  const i = ranked.findIndex((r) => r.lang === winner);
  if (i > 0) {
    const [entry] = ranked.splice(i, 1);
    ranked.unshift({ lang: entry!.lang, score: ranked[0]!.score });
    ranked[1] = { ...ranked[1]!, score: Math.min(ranked[1]!.score, entry!.score) };
  }
  return evidence;
}

/**
 * franc's scores are distances normalised to the best one; the gap to the
 * runner-up, per character, tells how clear the decision was. Short texts carry
 * less evidence, so the same gap counts for less.
 */
function confidenceOf(ranked: { lang: string; score: number }[], clean: string): number {
  if (ranked.length < 2) return 1;
  const gap = (ranked[0]!.score - ranked[1]!.score) * 300;
  const lengthFactor = Math.min(1, clean.length / 80);
  return round(Math.max(0, Math.min(1, (1 - Math.exp(-gap / 1.5)) * (0.5 + 0.5 * lengthFactor))));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
