/**
 * One Bible alignment (en-zh) with the built package, in a plain Node process
 * of its own, as a user runs it: nothing else is loaded (no TypeScript
 * loader, no gold), so the peak resident memory is Node's, the library's and
 * the two texts'. Prints JSON: sizes, seconds, peak MB, and the beads for
 * bench/align.ts to score.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const id = process.argv[2] ?? '001';
const built = join(import.meta.dirname, '..', 'dist', 'index.js');
if (!existsSync(built)) throw new Error('the Bible rows run the built package: npm run build first');
const { alignSentences } = await import(built);
// bench/ntrex.ts's BENCH_DIR: this file runs without the TypeScript loader, so it cannot import it.
const dir = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'bible-en-zh');
const read = (f) => readFileSync(join(dir, f), 'utf8').replace(/\r/gu, '').replace(/\n$/u, '').split('\n');
const en = read(`${id}.en`);
const zh = read(`${id}.zh`);

const start = performance.now();
const beads = alignSentences(en, zh, { sourceLang: 'eng', targetLang: 'cmn' });
const seconds = (performance.now() - start) / 1000;
const peakMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ id, en: en.length, zh: zh.length, seconds, peakMB, beads: beads.map((b) => [b.source, b.target]) }));
