/**
 * A function remembered per object: computed on first use and kept as long as
 * the object lives (a WeakMap, so nothing outlives its article). The aligner
 * and the coverage report read each article's keys, texts and entities once,
 * however many versions it is paired with.
 */
export function rememberPer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
