/**
 * Keys numbered once for grouping's joins and checks, which compare millions
 * of pairs of articles or clusters by number, never by string.
 */

/**
 * The keys of several lists numbered in the order they are first met, each
 * list's keys once each (in the order it first writes them), and how many
 * lists carry each key.
 */
export function numberKeys(lists: readonly (readonly string[])[]): { keyOf: string[]; ids: number[][]; df: number[] } {
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
