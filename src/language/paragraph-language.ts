/**
 * The language stage's answer for the paragraphs of an article: which of them
 * are in another language than the article (a quote, a paragraph left
 * untranslated). A paragraph is asked only when it shows a sign of another
 * language (see `signsOfAnotherLanguage`), and detection on it alone must then
 * be confident of one of the languages the sign points to.
 */
import { CodeUnitClass } from './code-units.js';
import { detectChecked, mainScript, signsOfAnotherLanguage } from './detect-language.js';

/** Letters a paragraph needs before its own language is worth asking about. */
const MIN_LETTERS = 30;
const LETTERS = new CodeUnitClass(/\p{L}/u);
/** How sure detection must be to overrule the article's language for one paragraph. */
const MIN_CONFIDENCE = 0.8;
/** Indonesian and Malay never overrule each other here: a paragraph is far too little text to tell them apart against its article. */
const MALAYIC = ['ind', 'zsm'];

/**
 * For each paragraph (`texts`) of an article in `articleLang` whose text is
 * `body`, the language it is in when that is another one; undefined where it
 * inherits the article's.
 */
export function paragraphLanguages(texts: readonly string[], articleLang: string, body: string, only?: readonly string[]): (string | undefined)[] {
  if (articleLang === 'und') return texts.map(() => undefined);
  const script = mainScript(body);
  const twins = MALAYIC.includes(articleLang) ? MALAYIC : [];
  return texts.map((text) => {
    if (LETTERS.count(text, MIN_LETTERS) < MIN_LETTERS) return undefined;
    const signs = signsOfAnotherLanguage(text, articleLang, script, twins);
    if (!signs) return undefined;
    const guess = detectChecked(text, only);
    if (guess.lang === 'und' || guess.lang === articleLang || guess.confidence < MIN_CONFIDENCE) return undefined;
    if (signs.languages && !signs.languages.includes(guess.lang)) return undefined;
    if (MALAYIC.includes(guess.lang) && MALAYIC.includes(articleLang)) return undefined;
    return guess.lang;
  });
}
