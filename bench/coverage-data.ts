/**
 * Damaged translations for `bench:coverage`: two NTREX versions of one story,
 * the second damaged the way a careless translation is, with the gold of
 * every damage (seeded, so every run sees the same pairs):
 * - a source line left out of the translation (8% of lines): gold missing;
 * - a line of another story inserted after 5% of lines: gold added;
 * - one number changed in 8% of the translated lines that hold one: gold changed number;
 * - two neighbouring translated lines merged into one (6%), fully translated:
 *   nothing may be reported there.
 */
import { seededRandom, storyLines } from './ntrex.js';

export interface DamagedPair {
  name: string;
  sourceLang: string;
  targetLang: string;
  /** One line each, joined by newlines in the article text. */
  source: string[];
  target: string[];
  /** Gold, as line indices: source lines left out, target lines added, target lines whose number was changed. */
  missing: number[];
  added: number[];
  changed: number[];
  /** Target lines that merge two fully translated lines. */
  merged: number[];
  /** Which half of the stories (by their order) the story is in. */
  half: 0 | 1;
  /** The translation before damage. */
  original: string[];
}

export const LISTED_PAIRS: [string, string][] = [
  ['vie', 'ind'], ['eng', 'ind'], ['eng', 'vie'], ['ind', 'zsm'], ['eng', 'arb'], ['eng', 'cmn'], ['eng', 'tha'],
];
/** Pairs outside the list, printed apart: no setting may be chosen on them. */
export const OTHER_PAIRS: [string, string][] = [
  ['eng', 'fra'], ['spa', 'eng'], ['fra', 'arb'], ['eng', 'khm'], ['tgl', 'ind'], ['vie', 'mya'], ['spa', 'cmn'],
];

export const COVERAGE_SEED = 20261201;
const LEAVE_OUT = 0.08;
const ADD = 0.05;
const CHANGE = 0.08;
const MERGE = 0.06;
const UNSPACED = new Set(['cmn', 'tha', 'khm', 'mya']);

export function damagedPairs(pairs: [string, string][]): DamagedPair[] {
  const random = seededRandom(COVERAGE_SEED);
  const { ids, lines, foreign } = storyLines(random);
  const out: DamagedPair[] = [];
  for (const [sl, tl] of pairs) {
    ids.forEach((id, k) => out.push(damage(`${sl}-${tl} ${id}`, sl, tl, lines(sl, id), lines(tl, id), random, () => foreign(tl, id), halfOf(k))));
  }
  return out;
}

const halfOf = (k: number): 0 | 1 => (k % 2 === 0 ? 0 : 1);

/** The undamaged versions of the stories of one half, for learning word pairs. */
export function undamagedPairs(sl: string, tl: string, half: number): { source: string[]; target: string[] }[] {
  const { ids, lines } = storyLines(seededRandom(COVERAGE_SEED));
  return ids.filter((_, k) => halfOf(k) === half).map((id) => ({ source: lines(sl, id), target: lines(tl, id) }));
}

function damage(name: string, sl: string, tl: string, s: string[], t: string[], random: () => number, foreign: () => string, half: 0 | 1): DamagedPair {
  const pair: DamagedPair = { name, sourceLang: sl, targetLang: tl, source: s, target: [], missing: [], added: [], changed: [], merged: [], half, original: t };
  const glue = UNSPACED.has(tl) ? '' : ' ';
  for (let i = 0; i < s.length; i++) {
    // The headline stays: a review starts from it.
    if (i > 0 && random() < LEAVE_OUT) {
      pair.missing.push(i);
    } else if (i > 0 && i + 1 < s.length && random() < MERGE) {
      pair.merged.push(pair.target.push(`${t[i]}${glue}${t[i + 1]}`) - 1);
      i++;
    } else {
      const line = random() < CHANGE ? changeNumber(t[i]!, random) : undefined;
      const at = pair.target.push(line ?? t[i]!) - 1;
      if (line !== undefined) pair.changed.push(at);
    }
    if (random() < ADD) pair.added.push(pair.target.push(foreign()) - 1);
  }
  return pair;
}

/** One run of ASCII digits given another value of the same length (undefined when the line has none). */
function changeNumber(line: string, random: () => number): string | undefined {
  const runs = [...line.matchAll(/\d+/gu)];
  if (runs.length === 0) return undefined;
  const run = runs[Math.floor(random() * runs.length)]!;
  const digits = run[0];
  const k = Math.floor(random() * digits.length);
  const was = Number(digits[k]);
  const now = (was + 1 + Math.floor(random() * 8)) % 10;
  // A leading digit never becomes 0: "2018" must not turn into "0018".
  const digit = k === 0 && now === 0 && digits.length > 1 ? (was === 1 ? 2 : 1) : now;
  const changed = `${digits.slice(0, k)}${digit}${digits.slice(k + 1)}`;
  return `${line.slice(0, run.index)}${changed}${line.slice(run.index! + digits.length)}`;
}
