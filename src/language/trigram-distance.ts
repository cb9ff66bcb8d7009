/**
 * franc's trigram distance, computed the other way round. franc looks every
 * trigram of the text up in every candidate's model (texts × languages string
 * lookups); here each trigram is looked up once in an index that lists the
 * languages that know it and its rank there. Same models (franc's data), same
 * arithmetic, same scores, several times faster, which is what lets sentence
 * detection run at thousands of sentences a second.
 */
import { data } from 'franc/data.js';

/** franc's constants: the penalty for a trigram a model lacks, and the sample it reads. */
const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;

interface ScriptIndex {
  languages: string[];
  /** Trigram → pairs (language index, rank), flattened. */
  postings: Map<string, Int32Array>;
}

const indexes = new Map<string, ScriptIndex>();
/** The index for a candidate list already asked for, by the list itself: detection asks with the same list for every paragraph. */
const byList = new Map<string, WeakMap<readonly string[], ScriptIndex>>();

/** The scripts franc has several trigram models for. */
export function hasTrigramModels(script: string): boolean {
  return script in data;
}

function indexFor(script: string, candidates: readonly string[]): ScriptIndex | undefined {
  let lists = byList.get(script);
  if (!lists) {
    lists = new WeakMap();
    byList.set(script, lists);
  }
  let index = lists.get(candidates);
  if (!index) {
    index = buildIndex(script, candidates);
    if (index) lists.set(candidates, index);
  }
  return index;
}

function buildIndex(script: string, candidates: readonly string[]): ScriptIndex | undefined {
  const models = (data as Record<string, Record<string, string>>)[script];
  if (!models) return undefined;
  const languages = Object.keys(models).filter((l) => candidates.includes(l)).sort();
  const key = `${script}:${languages.join(',')}`;
  let index = indexes.get(key);
  if (index) return index;
  const lists = new Map<string, number[]>();
  languages.forEach((lang, li) => {
    const trigrams = models[lang]!.split('|');
    trigrams.forEach((tri, rank) => {
      let list = lists.get(tri);
      if (!list) {
        list = [];
        lists.set(tri, list);
      }
      list.push(li, rank);
    });
  });
  index = { languages, postings: new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)])) };
  indexes.set(key, index);
  return index;
}

/** franc's cleaning: ASCII punctuation, symbols and digits out, whitespace collapsed, lower case. */
function trigramCounts(value: string): Map<string, number> {
  const clean = value.replace(/[\u0021-\u0040]+/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
  const padded = ` ${clean} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const tri = padded.slice(i, i + 3);
    counts.set(tri, (counts.get(tri) ?? 0) + 1);
  }
  return counts;
}

/**
 * Candidates of one script ranked by franc's normalised score (best 1), exactly
 * as `francAll(text, { only })` ranks them; ties are broken by code.
 */
export function rankByTrigrams(text: string, script: string, candidates: readonly string[]): { lang: string; score: number }[] {
  const index = indexFor(script, candidates);
  if (!index || index.languages.length === 0) return [];
  const value = text.slice(0, MAX_LENGTH);
  const counts = trigramCounts(value);
  const distance = new Float64Array(index.languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [tri, count] of counts) {
    const postings = index.postings.get(tri);
    if (!postings) continue;
    for (let k = 0; k < postings.length; k += 2) {
      const diff = Math.abs(count - postings[k + 1]! - 1);
      distance[postings[k]!]! += diff - MAX_DIFFERENCE;
    }
  }
  const ranked = index.languages.map((lang, i) => ({ lang, d: distance[i]! }))
    .sort((a, b) => a.d - b.d || (a.lang < b.lang ? -1 : 1));
  const min = ranked[0]!.d;
  const max = value.length * MAX_DIFFERENCE - min;
  return ranked.map((r) => ({ lang: r.lang, score: 1 - (r.d - min) / max || 0 }));
}
