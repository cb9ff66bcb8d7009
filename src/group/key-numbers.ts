/**
 * Keys numbered once for grouping's joins and checks, which compare millions
 * of pairs of articles or clusters by number, never by string.
 */

/** Lists of keys as numbers: each key's number is its place in `keyOf`; `df`, by number, how many lists carry it. */
export interface NumberedKeys {
  keyOf: string[];
  ids: number[][];
  df: number[];
}

/**
 * The keys of several lists numbered in the order they are first met, each
 * list's keys once each (in the order it first writes them), and how many
 * lists carry each key.
 */
export function numberKeys(lists: readonly (readonly string[])[]): NumberedKeys {
  return numberInOrder(lists, new Map<string, number>(), (key) => key);
}

/**
 * Lists of keys already numbered (by `keyOf`), numbered again as `numberKeys`
 * would number the keys they stand for: the lists grouping builds from the
 * articles' keys (fewer, or more) are renumbered without a string looked up.
 */
export function renumberKeys(lists: readonly Iterable<number>[], keyOf: readonly string[]): NumberedKeys {
  const newId = new Int32Array(keyOf.length).fill(-1);
  const known = { get: (old: number) => (newId[old]! < 0 ? undefined : newId[old]), set: (old: number, id: number) => void (newId[old] = id) };
  return numberInOrder(lists, known, (old) => keyOf[old]!);
}

/** Items of lists numbered in the order first met, each list's once each, with how many lists carry each; `known` remembers the numbers given. */
function numberInOrder<T>(
  lists: readonly Iterable<T>[], known: { get(item: T): number | undefined; set(item: T, id: number): void }, spell: (item: T) => string,
): NumberedKeys {
  const keyOf: string[] = [];
  const df: number[] = [];
  // The last list that met each key: a list that writes a key twice counts it once.
  const seenBy: number[] = [];
  const ids = lists.map((list, i) => {
    const own: number[] = [];
    for (const item of list) {
      let id = known.get(item);
      if (id === undefined) {
        id = keyOf.push(spell(item)) - 1;
        known.set(item, id);
        df.push(0);
        seenBy.push(-1);
      }
      if (seenBy[id] === i) continue;
      seenBy[id] = i;
      df[id]!++;
      own.push(id);
    }
    return own;
  });
  return { keyOf, ids, df };
}
