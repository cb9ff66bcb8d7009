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
  const idOf = new Map<string, number>();
  const keyOf: string[] = [];
  const df: number[] = [];
  // The last list that met each key: a list that writes a key twice counts it once.
  const seenBy: number[] = [];
  const ids = lists.map((list, i) => {
    const own: number[] = [];
    for (const key of list) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = keyOf.push(key) - 1;
        idOf.set(key, id);
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

/**
 * Lists of keys already numbered (by `keyOf`), numbered again as `numberKeys`
 * would number the keys they stand for: the lists grouping builds from the
 * articles' keys (fewer, or more) are renumbered without a string looked up.
 */
export function renumberKeys(lists: readonly (readonly number[])[], keyOf: readonly string[]): NumberedKeys {
  const newId = new Int32Array(keyOf.length).fill(-1);
  const spelled: string[] = [];
  const df: number[] = [];
  const seenBy: number[] = [];
  const ids = lists.map((list, i) => {
    const own: number[] = [];
    for (const old of list) {
      let id = newId[old]!;
      if (id < 0) {
        id = newId[old] = spelled.push(keyOf[old]!) - 1;
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
  return { keyOf: spelled, ids, df };
}
