/**
 * Countries and full names (two words or more) of translated source sentences
 * that the translation never mentions, reported only where the check can tell:
 * - in a translation written with capitals (Latin, Cyrillic, Greek), any
 *   spelling close to the source's counts as the name;
 * - in Arabic, Hebrew or an Indic script, a romanisation that spells one of its
 *   words does, and a name with a word of too few consonants to be told apart
 *   (San Diego, Larry Giles) is not reported;
 * - in Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese a name is
 *   written in syllables that do not spell it back (特朗普, ทรัมป์): only countries are checked.
 * Single capitalised words are left out: in many languages they are as often a
 * title or a common word ("Tổng thống") as a name; so are names whose every word
 * the source also writes in lower case (Supreme Court, Pacific Ocean: translated,
 * not transliterated), and headlines, whose words are all capitalised.
 */
import { keysOf, textsOf, type Alignment } from '../align/align-pair.js';
import { readSide } from '../align/read-side.js';
import type { Entity } from '../entities/extract-entities.js';
import { isShortForm } from '../entities/short-forms.js';
import { foldWord } from '../entities/fold.js';
import { foreignCountryName } from '../entities/gazetteer.js';
import { toBcp47 } from '../language/lang-tags.js';
import { lowercaseWords } from '../entities/lowercase-words.js';
import { consonantSkeleton, MIN_SKELETON, scriptWords } from '../entities/transliterate.js';
import { rememberPer } from '../remember.js';
import type { Article } from '../types.js';
import { isKey, keyValue, makeKey } from '../entities/keys.js';

export interface NameMismatch {
  /** Language-free key (`name:larry giles`, `country:DE`). */
  key: string;
  /** The name as the source first writes it. */
  text: string;
  source: number[];
}


export function nameMismatches(source: Article, entities: Entity[][], target: Article, alignment: Alignment): NameMismatch[] {
  const { keys: targetKeys, words: targetWords } = keySetOf(target);
  const script = scriptOf(target);
  // A translation into a script without capitals writes the name in its own letters (ترامب): its romanised words stand for them.
  const romanised = romanisedWords(target);
  const checkable = (w: string) => script === 'cased' || consonantSkeleton(w).length >= MIN_SKELETON;
  const wordFound = (w: string) => targetKeys.has(makeKey('w', w))
    || (w.length >= 5 && targetWords.some((t) => Math.abs(t.length - w.length) <= 1 && t.slice(0, 4) === w.slice(0, 4)))
    || romanised.has(`=${w}`) || (consonantSkeleton(w).length >= MIN_SKELETON && romanised.has(consonantSkeleton(w)));
  const common = commonWords(source);
  const missing = new Map<string, { text: string; source: number[] }>();
  for (const pair of alignment.pairs) {
    for (const i of pair.sourceSentences) {
      if (source.sentences[i]!.kind === 'title') continue;
      for (const e of entities[i]!) {
        if (!reportable(e, source.lang, script, common, checkable)) continue;
        const words = keyValue(e.key, 'name').split(/\s+/u);
        if (e.kind === 'country' ? targetKeys.has(e.key) : targetKeys.has(e.key) || words.some(wordFound)) continue;
        const found = missing.get(e.key) ?? { text: e.text, source: [] };
        if (!found.source.includes(i)) found.source.push(i);
        missing.set(e.key, found);
      }
    }
  }
  return [...missing].map(([key, m]) => ({ key, ...m }));
}

function reportable(e: Entity, lang: string, script: TargetScript, common: Set<string>, checkable: (w: string) => boolean): boolean {
  // German Island or French Maurice in English text is a word or a name, not the country. A short
  // form (US, EU, Vietnamese Mỹ) is as often an adjective ("US officials"), which a translation writes
  // as one (américain, American), and adjectives are no countries: it is not asked for.
  if (e.kind === 'country') return !isShortForm(e.text) && !foreignCountryName(foldWord(e.text), toBcp47(lang));
  if (e.kind !== 'name' || script === 'syllabic') return false;
  const words = keyValue(e.key, 'name').split(/\s+/u);
  // A word too short to check (Larry, Giles in Arabic) may be the very one the translation wrote: then nothing can be concluded.
  return words.length >= 2 && words.every((w) => w.length >= 3) && !words.every((w) => common.has(w)) && words.every(checkable);
}

type TargetScript = 'cased' | 'consonantal' | 'syllabic';

const CASED = new Set(['Latin', 'Cyrillic', 'Greek']);
const SYLLABIC = new Set(['Han', 'Kana', 'Hangul', 'Thai', 'Lao', 'Khmer', 'Myanmar']);

/** How the target writes names, by its main script (the aligner's reading of it, made once per article). */
function scriptOf(article: Article): TargetScript {
  const script = readSide(textsOf(article)).script;
  return script === undefined || CASED.has(script) ? 'cased' : SYLLABIC.has(script) ? 'syllabic' : 'consonantal';
}

/** An article's anchor keys as a set, and its name words: once per article, however many versions it is checked against. */
const keySetOf = rememberPer((article: Article): { keys: Set<string>; words: string[] } => {
  const keys = new Set(keysOf(article).flat());
  return { keys, words: [...keys].filter((k) => isKey(k, 'w')).map((k) => keyValue(k, 'w')) };
});

/** Folded words the source writes in lower case: a name made only of them is a translated phrase. */
const commonWords = rememberPer((article: Article): Set<string> => lowercaseWords(article.text));

const romanisedWords = rememberPer((article: Article): Set<string> => new Set(scriptWords(article.text.match(/[\p{L}\p{M}]+/gu) ?? [])));
