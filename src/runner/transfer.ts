/**
 * Typed arrays handed between threads without a copy. A structured copy
 * copies every buffer and leaves the sender's to its collector: the joins
 * within languages send tens of millions of measured pairs back, and a worker
 * idle after its join collects nothing, so each pair was held three times
 * (the worker's list, the copy in transit, the main thread's) while grouping
 * went on. A moved buffer leaves the sender empty instead.
 */
import { kTransferable, kValue, markMovable } from 'tinypool';

/** `value` as tinypool sends it with `buffers` moved, not copied (each must belong to the value alone). */
export function movable<T extends object>(value: T, buffers: ArrayBuffer[]): T {
  const wrapped = { [kTransferable]: buffers, [kValue]: value };
  markMovable(wrapped);
  return wrapped as unknown as T;
}

/** The buffers of typed arrays, once each. */
export function buffersOf(arrays: (ArrayBufferView | undefined)[]): ArrayBuffer[] {
  return [...new Set(arrays.flatMap((x) => (x ? [x.buffer as ArrayBuffer] : [])))];
}
