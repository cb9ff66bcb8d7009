/**
 * The slabs that articles' terms and counts are cut from: each view is its
 * own stretch of zeroed elements, slabs grow to a bound, and a request larger
 * than a slab gets one of its own.
 */
import { describe, expect, it } from 'vitest';
import { Slabs } from '../src/group/slabs.js';

describe('slabs', () => {
  it('hands out views that never overlap, from slabs that grow and are let go of', () => {
    const slabs = new Slabs((n) => new Int32Array(n));
    const views = [3, 4_000, 200, 10_000, 1].map((n, k) => {
      const view = slabs.take(n);
      expect(view.length).toBe(n);
      expect(view.every((x) => x === 0)).toBe(true);
      view.fill(k + 1);
      return view;
    });
    views.forEach((view, k) => expect(view.every((x) => x === k + 1)).toBe(true));
    // The first two share a slab; the 10,000 did not fit the second and has one of its own.
    expect(views[0]!.buffer).toBe(views[1]!.buffer);
    expect(views[3]!.buffer.byteLength).toBeGreaterThanOrEqual(10_000 * 4);
    expect(views[0]!.buffer.byteLength).toBeLessThan(64 * 1024);
    const copied = slabs.copy([5, 6, 7]);
    expect([...copied]).toEqual([5, 6, 7]);
    slabs.release();
    expect(slabs.take(2).buffer).not.toBe(copied.buffer);
  });

  it('grows no slab beyond 32 MB unless one request needs more', () => {
    const slabs = new Slabs((n) => new Float64Array(n));
    let largest = 0;
    for (let k = 0; k < 200; k++) largest = Math.max(largest, slabs.take(100_000).buffer.byteLength);
    expect(largest).toBe(32 * 1024 * 1024);
  });
});
