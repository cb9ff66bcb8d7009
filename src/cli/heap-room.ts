/**
 * Room in the heap for a large input. The command keeps every article's
 * prepared form until its input ends (README, Limits): on the main thread
 * about nine bytes of heap per byte of JSONL read (893 MB live after reading
 * 101,476 articles from 144 MB, 1.3 GB with what the collector has not yet
 * taken back). Node's heap limit is about 4 GB on a 64-bit machine, less on a
 * small one, and not raised with the machine's memory: 401,476 articles (534 MB
 * of JSONL) reached it after eleven minutes, and V8 ended the process there with
 * a fatal error and nothing written. The limit can only be set when node starts, so for input files
 * larger than the limit allows (and no limit of the user's) the command starts
 * itself again with one that fits them, within the machine's memory.
 */

import { spawn } from 'node:child_process';
import { constants, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/** Heap bytes to allow per byte of input: the nine measured, and the collector's slack. */
export const HEAP_PER_INPUT_BYTE = 12;
/** At most this share of the machine's memory: the workers' heaps, buffers and the system need the rest. */
const MACHINE_SHARE = 0.75;
const MB = 2 ** 20;

export type HeapPlan =
  | { kind: 'fits' }
  /** Start again with this limit (MB); `short` when even that is less than the input is expected to need. */
  | { kind: 'raise'; limitMb: number; neededMb: number; short: boolean }
  /** The user set a limit that is expected to be too small: said, not overruled. */
  | { kind: 'user-limit-short'; limitMb: number; neededMb: number };

/**
 * What to do for `inputBytes` of input files, given the heap limit node
 * started with (bytes), the machine's memory (bytes) and whether the user set
 * the limit (`--max-old-space-size` in node's flags or NODE_OPTIONS).
 */
export function heapPlan(inputBytes: number, heapLimit: number, machineMemory: number, userSet: boolean): HeapPlan {
  const needed = inputBytes * HEAP_PER_INPUT_BYTE;
  if (needed <= heapLimit) return { kind: 'fits' };
  const neededMb = Math.ceil(needed / MB);
  if (userSet) return { kind: 'user-limit-short', limitMb: Math.floor(heapLimit / MB), neededMb };
  const most = Math.floor((machineMemory * MACHINE_SHARE) / MB);
  // Nothing gained by starting again below the limit node already has.
  if (most * MB <= heapLimit) return { kind: 'fits' };
  return { kind: 'raise', limitMb: Math.min(most, neededMb), neededMb, short: neededMb > most };
}

/** The plan for this process: its heap limit, this machine's memory, and this process's flags. */
export function heapPlanHere(inputBytes: number): HeapPlan {
  return heapPlan(inputBytes, getHeapStatistics().heap_size_limit, totalmem(), userSetHeapLimit(process.execArgv, process.env.NODE_OPTIONS));
}

/** Whether node's flags or NODE_OPTIONS set the old generation's limit. */
export function userSetHeapLimit(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const flag = /^--max[-_]old[-_]space[-_]size(=|$)/u;
  return execArgv.some((f) => flag.test(f)) || (nodeOptions ?? '').split(/\s+/u).some((f) => flag.test(f));
}

/** What the command says before starting again, or when the user's limit looks too small. */
export function heapMessage(plan: Exclude<HeapPlan, { kind: 'fits' }>, inputBytes: number): string {
  const input = `${Math.round(inputBytes / MB)} MB of input`;
  if (plan.kind === 'user-limit-short') {
    return `storyalign: ${input} is expected to need about ${plan.neededMb} MB of heap, more than the ${plan.limitMb} MB node was given (--max-old-space-size); it may run out\n`;
  }
  const warning = plan.short ? `, less than the ${plan.neededMb} MB it is expected to need: it may run out` : '';
  return `storyalign: ${input}; starting node again with a heap of ${plan.limitMb} MB (--max-old-space-size)${warning}\n`;
}

/** Set in the command started again, so that it does not weigh its input a second time. */
const STARTED_AGAIN = 'STORYALIGN_HEAP_RAISED';

export function startedAgain(): boolean {
  return process.env[STARTED_AGAIN] === '1';
}

/**
 * The command run again in a node given `limitMb` of heap, with the same
 * arguments, standard streams and environment; its exit status is the
 * answer. Ctrl-C and a termination reach it.
 */
export function runWithHeap(limitMb: number, argv: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${limitMb}`, process.argv[1]!, ...argv], {
    stdio: 'inherit', env: { ...process.env, [STARTED_AGAIN]: '1' },
  });
  const pass = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', pass('SIGINT'));
  process.on('SIGTERM', pass('SIGTERM'));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // A child ended by a signal exits as a shell reports it: 128 plus the signal's number.
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
