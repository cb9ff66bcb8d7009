/**
 * Numbers of an aligned pair compared as values, the way CAT QA tools
 * (Xbench, Verifika, CheckMate) compare them, and only as far as a reviewer
 * would act. Each number has every value it may stand for (number-readings.ts):
 * either reading of a separator, its scale word (2.8bn is 28亿), a year in the
 * other side's calendar. Two numbers match when any values agree, first by
 * their digits alone, then by any value; a number written in parts (3:35, 6,6)
 * matches its parts written apart (3分35秒, 6-foot-6). A number the other side
 * writes as a word (sembilan, chín, nine, ketiga) is not missing, nor is a
 * century (20 世纪) the other side names by a year in it.
 *
 * A number on one side only is a warning (the other side may say "a mile",
 * "dozens"); a value on each side that the other lacks is a changed number, an
 * error, unless its unit was converted (inches to centimetres: a warning).
 */
import { converted } from './number-units.js';
import { readNumbers, readWords, wordReading, type Reading } from './number-readings.js';

export interface NumberFinding {
  /** `changed`: each side has a value the other lacks; `unmatched`: only one side has an unmatched number. */
  kind: 'changed' | 'unmatched';
  severity: 'error' | 'warning';
  missing: string[];
  extra: string[];
}

/**
 * What the two sides of a pair say in numbers, compared; undefined when they
 * agree. `months` are the month numbers each side names (2 Juli names 7), which
 * stand for the month of a date the other side writes in digits (2/7).
 */
export function compareNumbers(
  source: string, target: string, sourceLang: string, targetLang: string, months: { source: number[]; target: number[] } = { source: [], target: [] },
): NumberFinding | undefined {
  const s = readNumbers(source, sourceLang, targetLang);
  const t = readNumbers(target, targetLang, sourceLang);
  if (s.length === 0 && t.length === 0) return undefined;
  const left = matchReadings(s, t);
  if (left.source.length === 0 && left.target.length === 0) return undefined;
  // Words are read only when digits alone leave a number unmatched: most pairs agree in digits.
  const named = (list: number[]) => list.map((m) => wordReading(String(m), m));
  const sourceWords = [...readWords(source, sourceLang), ...named(months.source)];
  const targetWords = [...readWords(target, targetLang), ...named(months.target)];
  // A number in parts may be the other side's number and month (2005:3月 is 2005 and March).
  const usedS = left.source.map(() => false);
  const usedT = left.target.map(() => false);
  matchParts(left.source, [...left.target, ...targetWords], usedS, [...usedT, ...targetWords.map(() => false)], usedT);
  matchParts(left.target, [...left.source, ...sourceWords], usedT, [...usedS, ...sourceWords.map(() => false)], usedS);
  const missing = excused(left.source.filter((_, i) => !usedS[i]), targetWords, t);
  const extra = excused(left.target.filter((_, j) => !usedT[j]), sourceWords, s);
  if (missing.length === 0 && extra.length === 0) return undefined;
  const unitsOf = (list: Reading[]) => new Set(list.map((r) => r.unit));
  const changed = missing.length > 0 && extra.length > 0 && !converted(unitsOf(missing), unitsOf(extra));
  const texts = (list: Reading[]) => list.map((r) => r.text);
  return { kind: changed ? 'changed' : 'unmatched', severity: changed ? 'error' : 'warning', missing: texts(missing), extra: texts(extra) };
}

/** The readings of each side that no reading of the other matches. */
function matchReadings(s: Reading[], t: Reading[]): { source: Reading[]; target: Reading[] } {
  const usedS = s.map(() => false);
  const usedT = t.map(() => false);
  const all = (r: Reading) => [...r.values, ...r.alt];
  // Digits first, so that 1953 meets 1953 before it may stand for the 53 of 1950-53.
  pairUp(s, t, usedS, usedT, (a, b) => [...a.values].some((v) => b.values.has(v)));
  pairUp(s, t, usedS, usedT, (a, b) => all(a).some((v) => b.values.has(v) || b.alt.has(v)));
  matchParts(s, t, usedS, usedT);
  matchParts(t, s, usedT, usedS);
  return { source: s.filter((_, i) => !usedS[i]), target: t.filter((_, j) => !usedT[j]) };
}

function pairUp(s: Reading[], t: Reading[], usedS: boolean[], usedT: boolean[], same: (a: Reading, b: Reading) => boolean): void {
  s.forEach((a, i) => {
    if (usedS[i]) return;
    const j = t.findIndex((b, k) => !usedT[k] && same(a, b));
    if (j >= 0) usedS[i] = usedT[j] = true;
  });
}

/**
 * A number in parts (3:35, 1-0 written 0:1, 6,6) matched by the other side's
 * numbers, one per part. `mirror` receives the flags of the first
 * `mirror.length` of `theirs` (when `theirs` extends a list with words).
 */
function matchParts(mine: Reading[], theirs: Reading[], usedMine: boolean[], usedTheirs: boolean[], mirror?: boolean[]): void {
  mine.forEach((r, i) => {
    if (usedMine[i] || r.parts.length < 2) return;
    const taken: number[] = [];
    for (const part of r.parts) {
      const k = theirs.findIndex((o, x) => !usedTheirs[x] && !taken.includes(x) && (o.values.has(part) || o.alt.has(part)));
      if (k < 0) return;
      taken.push(k);
    }
    usedMine[i] = true;
    for (const k of taken) {
      usedTheirs[k] = true;
      if (mirror && k < mirror.length) mirror[k] = true;
    }
  });
}

/** Unmatched readings that neither a number word of the other side nor a year of a named century excuses. */
function excused(unmatched: Reading[], words: Reading[], theirs: Reading[]): Reading[] {
  const used = new Set<number>();
  return unmatched.filter((r) => {
    if (r.century !== undefined && theirs.some((o) => o.yearCentury === r.century)) return false;
    const k = words.findIndex((o, i) => !used.has(i) && [...r.values, ...r.alt].some((v) => o.values.has(v)));
    if (k >= 0) used.add(k);
    return k < 0;
  });
}
