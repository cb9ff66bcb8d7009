/**
 * The Bible alignment's strict and lax scores against its gold, verse-merged
 * as the Bertalign evaluation does (the alignment itself runs in a process of
 * its own: bible-align.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold, score, type Bead } from './alignment-metric.js';
import { BENCH_DIR } from './ntrex.js';

const dir = join(BENCH_DIR, 'bible-en-zh');
const read = (f: string) => readFileSync(join(dir, f), 'utf8').replace(/\r/gu, '').replace(/\n$/u, '').split('\n');

export function scoreBible(id: string, beads: Bead[]): { strict: number; lax: number } {
  const s = score([{ gold: parseGold(readFileSync(join(dir, `${id}.gold`), 'utf8')), test: mergeByVerse(beads, read('en.verse'), read('zh.verse')) }]);
  return { strict: s.strict.f1, lax: s.lax.f1 };
}

/** Merge consecutive beads whose sentences all lie in one verse, as the Bible evaluation does. */
function mergeByVerse(list: Bead[], enVerse: string[], zhVerse: string[]): Bead[] {
  const verseOf = (b: Bead) => {
    const vs = new Set([...b[0].map((i) => enVerse[i]), ...b[1].map((j) => zhVerse[j])]);
    return vs.size === 1 ? [...vs][0] : undefined;
  };
  const out: Bead[] = [];
  let lastVerse: string | undefined;
  for (const b of list) {
    const v = verseOf(b);
    const prev = out[out.length - 1];
    if (prev && v !== undefined && v === lastVerse) {
      prev[0].push(...b[0]);
      prev[1].push(...b[1]);
    } else {
      out.push([[...b[0]], [...b[1]]]);
      lastVerse = v;
    }
  }
  return out;
}
