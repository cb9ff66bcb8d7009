/**
 * A function remembered per object: computed on first use and kept as long as
 * the object lives (a WeakMap, so nothing outlives its article). The aligner
 * and the coverage report read each article's keys, texts and entities once,
 * however many versions it is paired with.
 */
export interface Remembered<K extends object, V> {
  (key: K): V;
  /**
   * Gives the value for a key computed elsewhere: an article that crossed to a
   * worker thread is a copy, and what was read off the original holds for it.
   */
  prime(key: K, value: V): void;
}

export function rememberPer<K extends object, V>(compute: (key: K) => V): Remembered<K, V> {
  const cache = new WeakMap<K, V>();
  const remembered = (key: K): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
  return Object.assign(remembered, { prime: (key: K, value: V) => void cache.set(key, value) });
}

/**
 * A function of a string remembered in a Map of at most `limit` entries
 * (emptied when full): for the many short strings news text repeats (folded
 * words, anchor keys), where computing again costs more than looking up.
 */
export function rememberWords<V>(compute: (word: string) => V, limit: number): (word: string) => V {
  const cache = new Map<string, V>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = compute(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, value);
    }
    return value;
  };
}
