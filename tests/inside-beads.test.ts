/** Sentences a multi-sentence bead hides (the report stage). */
import { describe, expect, it } from 'vitest';
import { hiddenInBeads } from '../src/report/inside-beads.js';
import { checkCoverage } from '../src/report/check-coverage.js';

describe('hiddenInBeads', () => {
  const beads = [{ source: [0, 1], target: [0], score: 0.8 }, { source: [2], target: [1, 2], score: 0.7 }];

  it('reports the sentence whose numbers the other side lacks while its bead-mate\'s are there', () => {
    const source = [['num:2018', 'w:palu'], ['num:832'], ['num:5']];
    const target = [['num:2018'], ['num:5'], ['num:77']];
    expect(hiddenInBeads(beads, source, target)).toEqual({
      missing: [{ index: 1, bead: { source: [0, 1], target: [0] } }],
      added: [{ index: 2, bead: { source: [2], target: [1, 2] } }],
    });
  });

  it('says nothing when no sentence of the bead is anchored to the other side, or the other has no number', () => {
    expect(hiddenInBeads(beads, [['num:1'], ['num:2'], []], [['num:3'], [], []])).toEqual({ missing: [], added: [] });
    expect(hiddenInBeads(beads, [['num:1'], [], ['num:5']], [['num:1'], ['num:5'], []])).toEqual({ missing: [], added: [] });
  });
});

describe('checkCoverage inside a bead', () => {
  it('reports a left-out sentence the aligner joined to its neighbour, with the bead', () => {
    const source = {
      id: 'en', lang: 'eng', text: [
        'The storm hit the coast on Monday.',
        'At least 14 people died in Quang Ngai and 2,300 houses lost their roofs.',
        'Officials said 41,000 people had been moved to schools.',
        'The weather office expects 300 millimetres of rain by Friday.',
      ].join('\n'),
    };
    const translation = {
      id: 'id', lang: 'ind', text: [
        'Badai menghantam pantai pada hari Senin.',
        'Sedikitnya 14 orang tewas di Quang Ngai dan 2.300 rumah kehilangan atap.',
        'Kantor cuaca memperkirakan hujan 300 milimeter hingga Jumat.',
      ].join('\n'),
    };
    const report = checkCoverage(source, translation);
    expect(report.missing.map((m) => m.index)).toEqual([2]);
  });
});
