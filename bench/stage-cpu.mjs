/**
 * `buildCorpus` with the built package on one JSONL file, in a plain Node
 * process of its own (no TypeScript loader, which its workers would load
 * too), with every thread's CPU read from Linux's /proc every 0.1 s, so that
 * threads that end (workers renewed between stages) are counted. Threads are
 * told apart by when they start: the main thread, the threads the process
 * has before any worker starts (where V8 compiles and collects), and every
 * thread started later (the workers). Prints JSON: per stage (by the
 * progress callback) its wall seconds and the CPU seconds of each kind, for
 * bench/scale.ts's table. Usage: node bench/stage-cpu.mjs FILE [JOBS] (no
 * JOBS: on this thread).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const built = join(import.meta.dirname, '..', 'dist', 'index.js');
const { buildCorpus } = await import(built);
const [file, jobs] = process.argv.slice(2);
const articles = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;
const MAIN = String(process.pid);
const before = new Set(readdirSync('/proc/self/task'));
/** Each thread's latest CPU seconds seen; a thread that ended keeps its last reading. */
const seen = new Map();
function poll() {
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seen.set(tid, (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // The thread ended between listing and reading: its last reading stands.
    }
  }
}
const kindOf = (tid) => (tid === MAIN ? 'main' : before.has(tid) ? 'v8' : 'workers');
function totals() {
  poll();
  const out = { main: 0, workers: 0, v8: 0 };
  for (const [tid, cpu] of seen) out[kindOf(tid)] += cpu;
  return out;
}

const timer = setInterval(poll, 100);
const stages = [];
let current;
let mark = { at: performance.now(), cpu: totals() };
function close() {
  const now = { at: performance.now(), cpu: totals() };
  const cpu = Object.fromEntries(Object.keys(now.cpu).map((k) => [k, now.cpu[k] - mark.cpu[k]]));
  stages.push({ stage: current, wall: (now.at - mark.at) / 1000, ...cpu });
  mark = now;
}
await buildCorpus(articles, {
  ...(jobs && { jobs: Number(jobs) }),
  onProgress: (stage) => {
    if (stage === current) return;
    if (current) close();
    current = stage;
  },
});
close();
clearInterval(timer);
console.log(JSON.stringify(stages));
