/**
 * What two sentences in different languages can share without a dictionary:
 * numbers, dates, countries, names (matched across spellings) and URLs. Each
 * side's sentences become sets of integer anchor ids, weighted by rarity, so a
 * bead's lexical similarity is a cheap set intersection.
 */
import { distance } from 'fastest-levenshtein';
import { findEntities, type FoundEntity } from '../entities/extract-entities.js';
import { readableSentences } from '../language/zawgyi.js';
import { isKey, keysOfKind, makeKey, nameWords } from '../entities/keys.js';
import { latinNameWord } from '../entities/transliterate.js';


/** Share of a side's name words that must match the other side before an unmatched name counts against a sentence. */
const NAMES_MATCH_RATE = 0.7;

export interface SideAnchors {
  /** Anchor ids of each sentence, without repeats. */
  ids: number[][];
  /**
   * Sentences whose numbers, countries or dates all have no counterpart on the
   * other side (or, where names reliably match, whose names have none): likely
   * added or foreign text (a sentence of another story).
   */
  orphan: boolean[];
  /** Weight of each sentence's learned words that have no counterpart anywhere on the other side. */
  unmatchedLearned: number[];
}

export interface PairAnchors {
  source: SideAnchors;
  target: SideAnchors;
  /** Weight of each anchor id: rarer anchors say more. */
  weight: Float64Array;
  /** 1 for ids that are learned word links (`l:` keys), 0 for names, numbers, dates. */
  learned: Uint8Array;
}

/** Anchor keys of each sentence: entity keys, with names split into words. */
export function anchorKeys(written: string[], lang: string | undefined): string[][] {
  // Zawgyi Burmese is read in Unicode sentence by sentence, so each key still falls in its sentence.
  const sentences = readableSentences(written);
  return sentenceKeys(findEntities(sentences.join('\n'), lang, true), sentences);
}

/**
 * The anchor keys of each sentence from the entities (with terms) of the
 * sentences joined by line breaks: one pass over the whole side, where a
 * word's capitalisation elsewhere in the document tells a name from a
 * sentence-initial common word.
 */
export function sentenceKeys(entities: FoundEntity[], sentences: string[]): string[][] {
  const keys: string[][] = sentences.map(() => []);
  const starts: number[] = [];
  let offset = 0;
  for (const s of sentences) {
    starts.push(offset);
    offset += s.length + 1;
  }
  let k = 0;
  for (const e of entities) {
    while (k + 1 < starts.length && starts[k + 1]! <= e.start) k++;
    const bucket = keys[k]!;
    if (e.kind === 'name') {
      // Names in Cyrillic, Greek or Armenian in Latin letters (путин → putin), as grouping keys them:
      // they then match a Latin side's spelling, exactly or within the edit distance below.
      for (const word of nameWords(e.key)) if (word.length >= 2) bucket.push(makeKey('w', latinNameWord(word)));
    } else {
      // Words for time and units ("last week", "hours") are translated freely (a
      // translator may write a date instead), so they join the gentler channel
      // of learned word links rather than the anchors a bead must not lack.
      bucket.push(e.kind === 'term' ? makeKey('l', e.key) : e.key);
    }
  }
  return keys;
}

/**
 * Punctuation that survives translation: a quotation, a question, an
 * exclamation, a parenthesis, a colon (a quote introduced by "said:"), one bit
 * each, in the marks of the scripts that have their own (؟, ？, ¿, Armenian ՞;
 * not Greek, whose question mark normalises to a semicolon). Semicolons,
 * dashes, ellipses and per cent signs were measured too and said nothing
 * more: translators change them freely.
 */
const PUNCTUATION: RegExp[] = [/["“”«»„「」『』‘]/u, /[?？؟¿՞]/u, /[!！¡]/u, /[(（]/u, /[:：]/u];

export function punctuationMask(sentence: string): number {
  let mask = 0;
  PUNCTUATION.forEach((re, bit) => {
    if (re.test(sentence)) mask |= 1 << bit;
  });
  return mask;
}

/**
 * Link words the two sides spell differently (Mao Ning / Mao Ninh, Kirgistan /
 * Kyrgyzstan) by edit distance, then number every key and weigh it by how many
 * sentences carry it.
 */
export function buildPairAnchors(sourceKeys: string[][], targetKeys: string[][]): PairAnchors {
  const sourceWords = keysOfKind(sourceKeys, 'w');
  const byInitial = new Map<string, string[]>();
  for (const w of sourceWords) {
    const bucket = byInitial.get(w.slice(0, 3)) ?? [];
    bucket.push(w);
    byInitial.set(w.slice(0, 3), bucket);
  }
  const rename = new Map<string, string>();
  for (const w of keysOfKind(targetKeys, 'w')) {
    if (sourceWords.has(w) || w.length < 6) continue;
    const limit = w.length >= 9 ? 2 : 1;
    for (const s of byInitial.get(w.slice(0, 3)) ?? []) {
      if (Math.abs(s.length - w.length) <= limit && distance(s, w) <= limit) {
        rename.set(w, s);
        break;
      }
    }
  }

  // An anchor found on one side only can match nothing; it would only dilute
  // the overlap of the sentences that carry it (German capitalises every noun,
  // Icelandic writes 25 as "tuttugu og fimm").
  const canonical = (side: string[][]) => side.map((keys) => keys.map((k) => rename.get(k) ?? k));
  const sourceCanon = canonical(sourceKeys);
  const targetCanon = canonical(targetKeys);
  const onSource = new Set<string>();
  for (const keys of sourceCanon) for (const k of keys) onSource.add(k);
  const shared = new Set<string>();
  for (const keys of targetCanon) for (const k of keys) if (onSource.has(k)) shared.add(k);
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const languageFree = (k: string) => !isKey(k, 'w') && !isKey(k, 'l');
  /** No key of the sentence is shared, and one of them is of the kind `telling` picks. */
  const unmatched = (keys: string[], telling: (k: string) => boolean) => {
    let found = false;
    for (const k of keys) {
      if (shared.has(k)) return false;
      if (telling(k)) found = true;
    }
    return found;
  };
  const toIds = (keys: string[]) => {
    const ids = new Set<number>();
    for (const key of keys) {
      if (!shared.has(key)) continue;
      let id = idOf.get(key);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(key, id);
        df.push(0);
      }
      ids.add(id);
    }
    for (const id of ids) df[id]!++;
    return [...ids];
  };
  // Where this pair's names mostly match (same script, faithful spelling), a
  // sentence whose names all fail to match is likely one the other side lacks.
  // Where they mostly do not (transliteration, German nouns), names say nothing.
  const strangers = (side: string[][]) => {
    const names = keysOfKind(side, 'w');
    let matched = 0;
    for (const k of names) if (shared.has(k)) matched++;
    const namesMatch = names.size >= 4 && matched / names.size >= NAMES_MATCH_RATE;
    return side.map((keys) => unmatched(keys, languageFree) || (namesMatch && unmatched(keys, (k) => isKey(k, 'w'))));
  };
  const total = sourceKeys.length + targetKeys.length;
  /** An anchor's weight from how many sentences carry it: rarer says more. */
  const rarity = (sentences: number) => Math.log(1 + total / sentences);
  // Learned words whose translation the other document never uses: a sentence
  // made mostly of them is likely one the other side lacks (see translation-path).
  const unmatchedLearned = (side: string[][]) => {
    const distinct = side.map((keys) => new Set(keys));
    const df = new Map<string, number>();
    for (const keys of distinct) for (const k of keys) if (isKey(k, 'l') && !shared.has(k)) df.set(k, (df.get(k) ?? 0) + 1);
    return distinct.map((keys) => {
      let sum = 0;
      for (const k of keys) {
        const n = df.get(k);
        sum += n === undefined ? 0 : rarity(n);
      }
      return sum;
    });
  };
  const source = { ids: sourceCanon.map(toIds), orphan: strangers(sourceCanon), unmatchedLearned: unmatchedLearned(sourceCanon) };
  const target = { ids: targetCanon.map(toIds), orphan: strangers(targetCanon), unmatchedLearned: unmatchedLearned(targetCanon) };
  const weight = Float64Array.from(df, rarity);
  const learned = new Uint8Array(df.length);
  for (const [key, id] of idOf) if (isKey(key, 'l')) learned[id] = 1;
  return { source, target, weight, learned };
}

/**
 * Weighted Dice overlap of the anchors of two groups of sentences, in [0, 1];
 * `undefined` when neither side has an anchor (no evidence either way).
 */
export function anchorSimilarity(pair: PairAnchors, sourceIdx: number[], targetIdx: number[]): number | undefined {
  const a = unionOf(pair.source, sourceIdx);
  const b = unionOf(pair.target, targetIdx);
  if (a.length === 0 && b.length === 0) return undefined;
  let shared = 0;
  let total = 0;
  const inA = new Set(a);
  for (const id of a) total += pair.weight[id]!;
  for (const id of b) {
    const w = pair.weight[id]!;
    total += w;
    if (inA.has(id)) shared += 2 * w;
  }
  return total === 0 ? 0 : shared / total;
}

function unionOf(side: SideAnchors, idx: number[]): number[] {
  if (idx.length === 1) return side.ids[idx[0]!]!;
  const out = new Set<number>();
  for (const i of idx) for (const id of side.ids[i]!) out.add(id);
  return [...out];
}
