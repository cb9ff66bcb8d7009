/** Small helpers for the command's async iterables: look ahead, chain, map. */

/** Up to `count` items taken from `items`, and whether it ended before. */
export async function peek<T>(items: AsyncIterator<T>, count: number): Promise<{ head: T[]; ended: boolean }> {
  const head: T[] = [];
  while (head.length < count) {
    const next = await items.next();
    if (next.done) return { head, ended: true };
    head.push(next.value);
  }
  return { head, ended: false };
}

/** The items taken already, then the rest. */
export async function* concat<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

export async function* map<T, U>(items: AsyncIterable<T>, f: (x: T) => U): AsyncGenerator<U> {
  for await (const x of items) yield f(x);
}

/** `first`, then every item. */
export async function* withHead<T>(first: T, items: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* items;
}
