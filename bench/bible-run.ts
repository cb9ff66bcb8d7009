/**
 * One Bible alignment in a process of its own, so that its peak memory is its
 * own: prints JSON with seconds, peak resident memory and strict/lax scores
 * (verse-merged as the Bertalign evaluation does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../src/index.js';
import { parseGold, score, type Bead } from './alignment-metric.js';
import { BENCH_DIR } from './ntrex.js';

const id = process.argv[2] ?? '001';
const dir = join(BENCH_DIR, 'bible-en-zh');
const read = (f: string) => readFileSync(join(dir, f), 'utf8').replace(/\r/gu, '').replace(/\n$/u, '').split('\n');
const en = read(`${id}.en`);
const zh = read(`${id}.zh`);
const gold = parseGold(readFileSync(join(dir, `${id}.gold`), 'utf8'));
const enVerse = read('en.verse');
const zhVerse = read('zh.verse');

const start = performance.now();
const beads = alignSentences(en, zh, { sourceLang: 'eng', targetLang: 'cmn' });
const seconds = (performance.now() - start) / 1000;

/** Merge consecutive beads whose sentences all lie in one verse, as the Bible evaluation does. */
function mergeByVerse(list: Bead[]): Bead[] {
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

const s = score([{ gold, test: mergeByVerse(beads.map((b) => [b.source, b.target])) }]);
console.log(JSON.stringify({ id, en: en.length, zh: zh.length, seconds, peakMB: process.resourceUsage().maxRSS / 1024, strict: s.strict.f1, lax: s.lax.f1 }));
