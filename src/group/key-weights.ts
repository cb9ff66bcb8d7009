/**
 * How much a shared key says. A key's rarity is its share of articles, read
 * from the input and from a background of how often news carries a key of its
 * kind: a year or a country is in many articles, a name word or a full date in
 * few. The background stands in for PRIOR_ARTICLES articles, so on six
 * articles a name still weighs as a name, and on six thousand the input's own
 * counts decide.
 */
import { isKey, keyValue } from '../entities/keys.js';

/** Background share of news articles that carry one given key of this form (a year, a country, a name word, ...). */
export function backgroundShare(key: string): number {
  if (isKey(key, 'num')) {
    const value = Number(keyValue(key, 'num'));
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return 0.08;
    if (value < 100) return 0.05;
    if (value < 1000 || value % 1000 === 0) return 0.01;
    return 0.002;
  }
  if (isKey(key, 'country')) return 0.05;
  if (isKey(key, 'date')) return 0.005;
  if (isKey(key, 'w')) return 0.003;
  return 0.01;
}

/**
 * How many articles the background counts for. A news week of a few hundred
 * articles is what the background shares above describe; against that, one
 * article carrying a key is already informative.
 */
const PRIOR_ARTICLES = 200;

/** Rarity weight (an idf) of a key carried by `df` of `n` input articles. */
export function keyWeight(key: string, df: number, n: number): number {
  return Math.max(0, Math.log((n + PRIOR_ARTICLES) / (df + PRIOR_ARTICLES * backgroundShare(key))));
}

/**
 * One shared key makes no story (two unrelated reports can both mention 58602
 * or a common surname): a join needs at least two shared keys (a full name, a
 * name and a date, a number and a country).
 */
export function corroboratedBy(sharedKeys: number): boolean {
  return sharedKeys >= 2;
}
