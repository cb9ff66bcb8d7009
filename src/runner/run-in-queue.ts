/**
 * `buildCorpus` with `queue`: the same batches as the thread pool, handed to
 * `storyalign worker` processes on any number of machines through a BullMQ
 * queue on Redis. A task and its reply travel as Node's structured
 * serialisation (v8.serialize, what worker threads use), so Maps, typed arrays
 * and objects shared inside a batch arrive as they left; the workers run the
 * same functions as a thread would, and the corpus is the same.
 */
import { connect } from 'node:net';
import { deserialize, serialize } from 'node:v8';
import type { ConnectionOptions, Job } from 'bullmq';
import { StoryalignError } from '../errors.js';
import type { TaskRunner } from './run-in-pool.js';

export interface QueueOptions {
  /** The Redis server, as a URL: `redis://[user:password@]host:port[/db]`. */
  redis: string;
  /** The queue's name; a coordinator and its workers must agree on it. Default `storyalign`. */
  name?: string;
}

export const DEFAULT_QUEUE = 'storyalign';

/** What a job carries: the task, serialised; what it returns: the reply, serialised. */
export interface QueuedTask { task: string }

export function encode(value: unknown): string {
  return serialize(value).toString('base64');
}

export function decode(text: string): unknown {
  return deserialize(Buffer.from(text, 'base64'));
}

/** BullMQ's connection options (ioredis's) from a Redis URL. */
export type RedisConnection = ConnectionOptions & { host: string; port: number };

export function connectionOf(redis: string): RedisConnection {
  let url: URL;
  try {
    url = new URL(redis);
  } catch {
    throw new StoryalignError('INVALID_INPUT', `queue.redis: expected a URL such as redis://127.0.0.1:6379, got ${JSON.stringify(redis)}`, ['queue', 'redis']);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new StoryalignError('INVALID_INPUT', `queue.redis: expected a redis:// or rediss:// URL, got ${JSON.stringify(redis)}`, ['queue', 'redis']);
  }
  const db = url.pathname.replace(/^\//u, '');
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    ...(url.username && { username: decodeURIComponent(url.username) }),
    ...(url.password && { password: decodeURIComponent(url.password) }),
    ...(db && { db: Number(db) }),
    ...(url.protocol === 'rediss:' && { tls: {} }),
    // BullMQ's workers block on Redis; ioredis must not give up on a command while they do.
    maxRetriesPerRequest: null,
  };
}

/**
 * Tasks on the queue at once. Enough to keep dozens of worker threads busy;
 * a bound, so that Redis holds a few hundred tasks at most, never the whole
 * input (a read task carries its 32 articles' text).
 */
const IN_FLIGHT = 64;

/** At most `size` holders at a time; the others wait in order. */
class Slots {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  /** `work` run once a slot is free; the slot is given back however it ends. */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/** How long to wait for Redis to answer at the start: a wrong host or port is an error now, not a silent wait. */
const CONNECT_TIMEOUT_MS = 5000;

/** Whether Redis can be reached at all (ioredis, under BullMQ, would retry forever without a word). */
export function checkReachable({ host, port }: RedisConnection): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new StoryalignError('INVALID_ARGUMENT', `queue.redis: cannot reach Redis at ${host}:${port} (${reason})`, ['queue', 'redis']));
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => fail(`no answer in ${CONNECT_TIMEOUT_MS / 1000} s`));
    socket.once('error', (e: NodeJS.ErrnoException) => fail(e.code ?? e.message));
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
  });
}

export async function queueRunner(options: QueueOptions): Promise<TaskRunner> {
  const connection = connectionOf(options.redis);
  await checkReachable(connection);
  const { Queue, QueueEvents } = await import('bullmq');
  const name = options.name ?? DEFAULT_QUEUE;
  const queue = new Queue<QueuedTask, string>(name, { connection });
  const events = new QueueEvents(name, { connection });
  // Each task in flight listens on the queue while it waits (BullMQ's own listeners).
  queue.setMaxListeners(IN_FLIGHT + 10);
  await events.waitUntilReady();
  const slots = new Slots(IN_FLIGHT);
  return {
    run: (kind, task) => slots.hold(async () => {
      const job: Job<QueuedTask, string> = await queue.add(kind, { task: encode(task) });
      try {
        return decode(await job.waitUntilFinished(events));
      } finally {
        // Removed once its reply is here, not on completion: a reply removed before it is read is lost.
        await queue.remove(job.id!);
      }
    }),
    async close() {
      await events.close();
      await queue.close();
    },
  };
}
