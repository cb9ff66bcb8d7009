/**
 * `storyalign worker`: takes the tasks a coordinator (`buildCorpus` with
 * `queue`, or the command with `--redis`) puts on a BullMQ queue and runs them
 * in worker threads of its own, `jobs` at a time. The threads leave this
 * process's event loop free, so BullMQ keeps renewing the lock on a long task
 * and never takes it for a stalled one.
 */
import { Worker } from 'bullmq';
import { checkReachable, connectionOf, decode, DEFAULT_QUEUE, encode, type QueueOptions, type QueuedTask } from './run-in-queue.js';
import { threadPool } from './run-in-pool.js';

export interface QueueWorker {
  /** Finishes the tasks under way, then stops. */
  close(): Promise<void>;
  /** How many tasks this worker has done. */
  done(): number;
}

export async function startQueueWorker(options: QueueOptions & { jobs: number }): Promise<QueueWorker> {
  const connection = connectionOf(options.redis);
  await checkReachable(connection);
  const pool = threadPool(options.jobs);
  let done = 0;
  const worker = new Worker<QueuedTask, string>(
    options.name ?? DEFAULT_QUEUE,
    async (job) => {
      const reply = encode(await pool.run(job.name, decode(job.data.task)));
      done++;
      return reply;
    },
    { connection, concurrency: options.jobs },
  );
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await pool.close();
    },
    done: () => done,
  };
}
