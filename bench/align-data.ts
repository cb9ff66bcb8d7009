/** Readers for the alignment benchmark sets beside the project. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold, type Bead } from './alignment-metric.js';
import { BENCH_DIR, requireBench } from './ntrex.js';

export interface AlignDoc {
  name: string;
  source: string[];
  target: string[];
  gold: Bead[];
  sourceLang: string;
  targetLang: string;
}

const lines = (file: string) => readFileSync(file, 'utf8').replace(/\r/gu, '').replace(/\n$/u, '').split('\n');

/** Documents of a folder with `<doc>.<src>`, `<doc>.<tgt>` and `<doc>.gold`. */
export function readFolder(folder: string, src: string, tgt: string, sourceLang: string, targetLang: string): AlignDoc[] {
  const dir = join(BENCH_DIR, folder);
  requireBench(dir);
  return readdirSync(dir).filter((f) => f.endsWith('.gold')).sort().map((f) => {
    const base = f.slice(0, -5);
    return {
      name: base,
      source: lines(join(dir, `${base}.${src}`)),
      target: lines(join(dir, `${base}.${tgt}`)),
      gold: parseGold(readFileSync(join(dir, f), 'utf8')),
      sourceLang,
      targetLang,
    };
  });
}
