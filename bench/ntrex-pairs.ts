/**
 * Realistic news pairs from NTREX-128 (see ../shared/bench/README.md): two
 * languages of one story, perturbed with a seeded generator the way real
 * versions differ: two neighbouring target sentences merged (gold 2-1), two
 * source sentences merged (1-2), a sentence dropped on either side (1-0 / 0-1),
 * a sentence of another story inserted (0-1).
 */
import type { Bead } from './alignment-metric.js';
import type { AlignDoc } from './align-data.js';
import { seededRandom, storyLines } from './ntrex.js';

export const NTREX_PAIRS: [string, string][] = [
  ['vie', 'ind'], ['ind', 'vie'], ['eng', 'ind'], ['eng', 'vie'], ['ind', 'zsm'], ['eng', 'zsm'],
  ['eng', 'arb'], ['arb', 'ind'], ['eng', 'cmn'], ['cmn', 'vie'], ['eng', 'tha'], ['tha', 'ind'],
];
/**
 * Pairs no setting was ever chosen on (the issue warns the aligner will be
 * checked beyond the benchmark's pairs): French, Spanish, Tagalog and Khmer
 * from NTREX, printed apart as a check that the figures above generalise.
 */
export const HELD_OUT_PAIRS: [string, string][] = [
  ['eng', 'fra'], ['spa', 'eng'], ['fra', 'arb'], ['eng', 'khm'], ['tgl', 'ind'], ['spa', 'cmn'],
];
export const SEED = 20261123;
const P = 0.06;

const UNSPACED = new Set(['cmn', 'tha', 'khm', 'mya']);
const join = (lang: string, a: string, b: string) => (UNSPACED.has(lang) ? `${a}${b}` : `${a} ${b}`);

export function ntrexPairs(pairs: [string, string][] = NTREX_PAIRS, seed = SEED): AlignDoc[] {
  const random = seededRandom(seed);
  const { ids, lines, foreign } = storyLines(random);
  const docs: AlignDoc[] = [];
  for (const [src, tgt] of pairs) {
    for (const id of ids) docs.push(perturb(`${src}-${tgt} ${id}`, lines(src, id), lines(tgt, id), src, tgt, random, () => foreign(tgt, id)));
  }
  return docs;
}

function perturb(name: string, s: string[], t: string[], sl: string, tl: string, random: () => number, foreign: () => string): AlignDoc {
  const source: string[] = [];
  const target: string[] = [];
  const gold: Bead[] = [];
  const push = (ss: string[], ts: string[]) => {
    const si = ss.map((x) => source.push(x) - 1);
    const ti = ts.map((x) => target.push(x) - 1);
    gold.push([si, ti]);
  };
  for (let i = 0; i < s.length; i++) {
    const r = random();
    if (r < P) {
      target.push(foreign());
      gold.push([[], [target.length - 1]]);
    }
    const op = random();
    if (op < P && i + 1 < s.length) {
      // Two target sentences merged into one: a 2-1 bead.
      const si = [source.push(s[i]!) - 1, source.push(s[i + 1]!) - 1];
      const ti = [target.push(join(tl, t[i]!, t[i + 1]!)) - 1];
      gold.push([si, ti]);
      i++;
    } else if (op < 2 * P && i + 1 < s.length) {
      const si = [source.push(join(sl, s[i]!, s[i + 1]!)) - 1];
      const ti = [target.push(t[i]!) - 1, target.push(t[i + 1]!) - 1];
      gold.push([si, ti]);
      i++;
    } else if (op < 2.5 * P) {
      push([s[i]!], []);
    } else if (op < 3 * P) {
      push([], [t[i]!]);
    } else {
      push([s[i]!], [t[i]!]);
    }
  }
  return { name, source, target, gold, sourceLang: sl, targetLang: tl };
}
