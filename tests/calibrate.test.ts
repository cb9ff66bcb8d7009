import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../src/index.js';
import { calibratedScore } from '../src/align/calibrate.js';
import { alignChecked } from '../src/align/align-sentences.js';

describe('calibrated scores', () => {
  it('are probabilities that never fall as the aligner\'s score rises, 0 for a null bead, lower for a merge than for a 1-1 bead', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), (a, b, s, t) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(calibratedScore(lo, s, t)).toBeLessThanOrEqual(calibratedScore(hi, s, t));
      expect(calibratedScore(hi, s, t)).toBeGreaterThanOrEqual(0);
      expect(calibratedScore(hi, s, t)).toBeLessThanOrEqual(1);
    }), { numRuns: 2000 });
    expect(calibratedScore(0.9, 0, 1)).toBe(0);
    expect(calibratedScore(0.6, 2, 1)).toBeLessThan(calibratedScore(0.6, 1, 1));
  });

  it('are what alignSentences returns, and what the table says of the aligner\'s own score', () => {
    const source = ['Presiden Xi Jinping tiba di Astana pada 2 Juli 2024.', 'SCO beranggotakan sembilan negara.', 'Cuaca hari itu cerah.'];
    const target = ['Ngày 2/7/2024, Chủ tịch Tập Cận Bình tới Astana.', 'SCO gồm 9 thành viên.', 'Hôm đó trời nắng.'];
    const options = { sourceLang: 'ind', targetLang: 'vie' };
    const raw = alignChecked([...source], [...target], options);
    const given = alignSentences(source, target, options);
    expect(given.map((b) => b.score)).toEqual(raw.map((b) => calibratedScore(b.score, b.source.length, b.target.length)));
    expect(given.map((b) => b.score)).not.toEqual(raw.map((b) => b.score));
  });
});
