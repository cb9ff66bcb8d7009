/**
 * A bilingual dictionary the caller points at (hunalign and LF Aligner take
 * one too): FreeDict's dictd files, as Debian's `dict-freedict-*` packages
 * install them. Entries name base forms (Regierung, gouvernement) while
 * articles inflect them (Regierungen, gouvernements), so a dictionary pair
 * links the words of a document that begin with the same STEM letters as its
 * two sides; on Text+Berg that is what made a dictionary pay (whole words
 * matched about half as often).
 */
import * as z from 'zod/mini';
import { langCodeSchema, parseInput } from '../schema.js';
import { StoryalignError } from '../errors.js';
import { normaliseLangCode } from '../language/candidates.js';
import { wordsOf } from './learn-word-pairs.js';

/** Word pairs of a bilingual dictionary, each side one word, folded as the aligner folds words (lower case, no diacritics). */
export interface Dictionary {
  /** ISO 639-3 code of the headwords. */
  sourceLang: string;
  /** ISO 639-3 code of the translations. */
  targetLang: string;
  /** [headword, translation] pairs. */
  pairs: [string, string][];
}

export const dictionarySchema = z.object({
  sourceLang: langCodeSchema,
  targetLang: langCodeSchema,
  pairs: z.array(z.tuple([z.string(), z.string()])),
});

/** Letters two forms must share from their start to count as one word: German and French inflect after the sixth (Regierung-en, gouvernement-s). */
export const STEM = 6;

/**
 * Read a dictionary in dictd format: the `.index` file's text and the
 * `.dict` file's text (a `.dict.dz` is gzip: decompress it first). Only
 * one-word headwords with one-word translations are kept (phrases name
 * idioms, not word links); glosses in the headword's language are skipped.
 *
 * @param index - Text of the `.index` file (headword, offset and length in base 64 on each line).
 * @param dict - Text of the `.dict` file.
 * @param languages - `sourceLang` of the headwords and `targetLang` of the translations (any ISO 639 or BCP 47 code).
 * @returns A {@link Dictionary} for `alignSentences`' and `buildCorpus`' `dictionary` options.
 * @throws StoryalignError INVALID_INPUT when the index points outside the dictionary text or the languages are not languages.
 * @example
 * const dict = 'Regierung <n, fem>\ngouvernement\n';
 * const index = 'Regierung\tA\tg'; // the entry's offset (0) and length (32 bytes), in base 64
 * readDictionary(index, dict, { sourceLang: 'de', targetLang: 'fr' }).pairs; // [['regierung', 'gouvernement']]
 */
export function readDictionary(index: string, dict: string, languages: { sourceLang: string; targetLang: string }): Dictionary {
  parseInput(z.string(), index, 'index');
  parseInput(z.string(), dict, 'dict');
  parseInput(z.object({ sourceLang: langCodeSchema, targetLang: langCodeSchema }), languages, 'languages');
  // Offsets count bytes of the file, not characters.
  const bytes = new TextEncoder().encode(dict);
  const decoder = new TextDecoder();
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  index.split('\n').forEach((line, n) => {
    const [head, offset, length] = line.split('\t');
    if (!head || offset === undefined || length === undefined || head.startsWith('00database')) return;
    const start = base64Number(offset);
    const end = start + base64Number(length);
    if (Number.isNaN(start) || Number.isNaN(end) || end > bytes.length) {
      throw new StoryalignError('INVALID_INPUT', `index line ${n + 1}: ${head} points at bytes ${start}-${end}, outside the ${bytes.length} bytes of the dictionary`, ['index']);
    }
    for (const [h, t] of entryPairs(decoder.decode(bytes.subarray(start, end)))) {
      const key = `${h}\t${t}`;
      if (!seen.has(key)) {
        seen.add(key);
        pairs.push([h, t]);
      }
    }
  });
  return { sourceLang: normaliseLangCode(languages.sourceLang), targetLang: normaliseLangCode(languages.targetLang), pairs };
}

/** A dictionary made by hand may name its languages in any code; the same object when they are already ISO 639-3 (its stem index is kept by object). */
export function withIso6393(dictionary: Dictionary): Dictionary {
  const [sourceLang, targetLang] = [normaliseLangCode(dictionary.sourceLang), normaliseLangCode(dictionary.targetLang)];
  return sourceLang === dictionary.sourceLang && targetLang === dictionary.targetLang ? dictionary : { ...dictionary, sourceLang, targetLang };
}

/** The first of `dictionaries` for these two languages, either way round. */
export function dictionaryFor(dictionaries: readonly Dictionary[], a: string, b: string): Dictionary | undefined {
  return dictionaries.find((d) => (d.sourceLang === a && d.targetLang === b) || (d.sourceLang === b && d.targetLang === a));
}

/** dictd's numbers: base 64 digits, most significant first. */
function base64Number(digits: string): number {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let n = 0;
  for (const c of digits.trim()) {
    const d = alphabet.indexOf(c);
    if (d < 0) return NaN;
    n = n * 64 + d;
  }
  return n;
}

/**
 * The one-word pairs of one entry. FreeDict writes the headword line (with
 * pronunciation and part of speech), then the translations: on the next line,
 * or one numbered line per sense (`1. aller, marcher 2.`), each followed by a
 * gloss in the headword's language, which is no translation.
 */
function entryPairs(entry: string): [string, string][] {
  const lines = entry.split('\n');
  const head = wordsOf(lines[0]!.replace(/\/[^/]*\/|<[^>]*>/gu, ' '));
  if (head.length !== 1) return [];
  const numbered = lines.slice(1).filter((l) => /^\d+\.\s/u.test(l));
  const translations = numbered.length ? numbered : lines.slice(1, 2);
  const out: [string, string][] = [];
  for (const line of translations) {
    const text = line.replace(/^\d+\.\s*/u, '').replace(/\s+\d+\.\s*$/u, '');
    for (const piece of text.split(/[,;]/u)) {
      const words = wordsOf(piece);
      if (words.length === 1) out.push([head[0]!, words[0]!]);
    }
  }
  return out;
}

/** Word pairs (target word → source words) and the source words they name, as the aligner looks them up. */
export interface WordPairTable {
  pairs: Map<string, string[]>;
  sourceSide: Set<string>;
}

const stemOf = (word: string) => word.slice(0, STEM);

/** Each dictionary's pairs by the stems of their two sides, made once per dictionary and direction. */
const stemIndexes = new WeakMap<Dictionary, Map<boolean, Map<string, Set<string>>>>();

function stemIndex(dictionary: Dictionary, reversed: boolean): Map<string, Set<string>> {
  let byDirection = stemIndexes.get(dictionary);
  if (!byDirection) {
    byDirection = new Map();
    stemIndexes.set(dictionary, byDirection);
  }
  let index = byDirection.get(reversed);
  if (!index) {
    index = new Map();
    for (const [h, t] of dictionary.pairs) {
      const [from, to] = reversed ? [t, h] : [h, t];
      const set = index.get(stemOf(from)) ?? new Set<string>();
      set.add(stemOf(to));
      index.set(stemOf(from), set);
    }
    byDirection.set(reversed, index);
  }
  return index;
}

/**
 * The dictionary's links between the words of one document pair: a source
 * word and a target word are linked when their stems are the two sides of an
 * entry. Undefined when the dictionary is for other languages; read the other
 * way round when it is for these two the other way.
 */
export function dictionaryTable(
  dictionary: Dictionary, sourceLang: string | undefined, targetLang: string | undefined, sourceWords: string[][], targetWords: string[][],
): WordPairTable | undefined {
  const forward = (!sourceLang || sourceLang === dictionary.sourceLang) && (!targetLang || targetLang === dictionary.targetLang);
  const backward = sourceLang === dictionary.targetLang && targetLang === dictionary.sourceLang;
  if (!forward && !backward) return undefined;
  const index = stemIndex(dictionary, !forward);
  const targetByStem = new Map<string, string[]>();
  for (const words of targetWords) {
    for (const v of words) {
      const list = targetByStem.get(stemOf(v));
      if (!list) targetByStem.set(stemOf(v), [v]);
      else if (!list.includes(v)) list.push(v);
    }
  }
  const pairs = new Map<string, string[]>();
  const sourceSide = new Set<string>();
  for (const words of sourceWords) {
    for (const w of words) {
      if (sourceSide.has(w)) continue;
      for (const stem of index.get(stemOf(w)) ?? []) {
        for (const v of targetByStem.get(stem) ?? []) {
          sourceSide.add(w);
          const list = pairs.get(v);
          if (!list) pairs.set(v, [w]);
          else if (!list.includes(w)) list.push(w);
        }
      }
    }
  }
  return { pairs, sourceSide };
}
