/**
 * The joins' dot product must add exactly as a loop over two maps does (over
 * the smaller vector, in its order), whichever vector is in focus: grouping's
 * scores are rounded, and a last-bit difference could move one across a bar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SparseVectors } from '../src/group/sparse-vectors.js';

function mapDot(va: Map<number, number>, vb: Map<number, number>): { dot: number; shared: number } {
  const [small, large] = va.size <= vb.size ? [va, vb] : [vb, va];
  let dot = 0;
  let shared = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    dot += x * y;
    shared++;
  }
  return { dot, shared };
}

const vector = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0.001, max: 50, noNaN: true })), { selector: ([k]) => k, maxLength: 25 })
  .map((entries) => new Map(entries));

/** The maps as vectors laid end to end in their order, as grouping lays them. */
function laidEndToEnd(maps: Map<number, number>[], shareable: number): SparseVectors {
  const start = new Int32Array(maps.length + 1);
  maps.forEach((v, x) => (start[x + 1] = start[x]! + v.size));
  const entries = maps.flatMap((v) => [...v]);
  return new SparseVectors(Int32Array.from(entries, ([k]) => k), Float64Array.from(entries, ([, w]) => w), start, shareable);
}

/** Every ordered pair's dot product and shared count as the maps give them, ids below 41 shareable, vector `f` focused first. */
function expectMapDots(maps: Map<number, number>[], f: number): void {
  const sparse = laidEndToEnd(maps, 41);
  sparse.focus(f % maps.length);
  for (let a = 0; a < maps.length; a++) {
    for (let b = 0; b < maps.length; b++) {
      if (a !== b) expect({ dot: sparse.dot(a, b), shared: sparse.shared }).toEqual(mapDot(maps[a]!, maps[b]!));
    }
  }
}

describe('SparseVectors', () => {
  it('gives the dot product of two maps to the last bit, whichever vector is in focus', () => {
    fc.assert(fc.property(fc.array(vector, { minLength: 2, maxLength: 6 }), fc.nat(), (maps, f) => {
      expectMapDots(maps, f);
    }), { numRuns: 300 });
  });

  it('skips ids from `shareable` up (each vector\'s own) and still adds to the last bit', () => {
    // Ids 41 and up are given to one vector each, mixed among its shared ones.
    const own = fc.array(fc.tuple(fc.nat(30), fc.double({ min: 0.001, max: 50, noNaN: true })), { maxLength: 8 });
    fc.assert(fc.property(fc.array(fc.tuple(vector, own), { minLength: 2, maxLength: 6 }), fc.nat(), (parts, f) => {
      const maps = parts.map(([shared, extra], v) => {
        const entries = [...shared];
        extra.forEach(([at, x], j) => entries.splice(at % (entries.length + 1), 0, [41 + 10 * v + j, x]));
        return new Map(entries);
      });
      expectMapDots(maps, f);
    }), { numRuns: 300 });
  });
});
