/**
 * Many machines: the built command as a coordinator (`--redis`) and three
 * `storyalign worker` processes on one BullMQ queue give the same bytes as one
 * process on one thread. Redis is the one `.ci/run` starts
 * (STORYALIGN_TEST_REDIS); elsewhere the test starts a redis-server of its own
 * on a free port, and is skipped where there is none (never under CI).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const REDIS_SERVER = '/usr/bin/redis-server';
const available = Boolean(process.env.STORYALIGN_TEST_REDIS) || existsSync(REDIS_SERVER);
if (process.env.CI && !available) throw new Error('the distributed test needs Redis: .ci/run starts one and sets STORYALIGN_TEST_REDIS');

/** The seeds and 95 articles that share no story, in words of the seeds, each with names and numbers of its own. */
function articles(): { id: string; text: string }[] {
  const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
  const words = seeds.flatMap((s) => s.text.split(/\s+/u)).map((w) => w.replace(/[\p{P}\p{N}]+/gu, '')).filter((w) => /^\p{Ll}+$/u.test(w));
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const name = () => Array.from({ length: 4 }, () => pick(['ka', 'ro', 'mi', 'ta', 'su', 'le', 'no', 'vi'])).join('').replace(/^./u, (c) => c.toUpperCase());
  const made = Array.from({ length: 95 }, (_, i) => ({
    id: `gen-${i}`,
    text: Array.from({ length: 8 }, (_, k) => `${name()} ${Array.from({ length: 9 }, () => pick(words)).join(' ')} ${k % 2 ? 1000 + Math.floor(random() * 90000) : ''}.`).join('\n'),
  }));
  return [...seeds, ...made];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Resolves with the process's exit code and what it wrote. */
function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Bytes kept whole until the end: a character split between two chunks of the pipe, decoded chunk by chunk, became two U+FFFD.
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => stdout.push(d));
  child.stderr?.on('data', (d: Buffer) => stderr.push(d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') })));
}

describe.runIf(available)('the command on many machines (BullMQ on Redis)', () => {
  let redis = process.env.STORYALIGN_TEST_REDIS ?? '';
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    if (redis) return;
    const port = await freePort();
    server = spawn(REDIS_SERVER, ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
    await new Promise<void>((resolve) => server!.stdout!.on('data', (d: Buffer) => /Ready to accept connections/u.test(d.toString()) && resolve()));
    redis = `redis://127.0.0.1:${port}`;
  });

  afterAll(() => {
    server?.kill();
  });

  it('gives the same output with a coordinator and three workers as one process on one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-queue-'));
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, `${articles().map((a) => JSON.stringify(a)).join('\n')}\n`);
    const single = spawnSync(process.execPath, [CLI, input, '--format', 'json', '--jobs', '1', '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(single.status).toBe(0);

    const queue = `test-${process.pid}-${Date.now()}`;
    const workers = Array.from({ length: 3 }, () => spawn(process.execPath, [CLI, 'worker', '--redis', redis, '--queue', queue, '--jobs', '1'], { stdio: 'pipe' }));
    const stopped = workers.map(finished);
    await Promise.all(workers.map((w) => new Promise<void>((resolve) => w.stderr!.on('data', (d: Buffer) => /taking tasks/u.test(d.toString()) && resolve()))));
    const coordinator = await finished(spawn(process.execPath, [CLI, input, '--format', 'json', '--redis', redis, '--queue', queue, '-q'], { stdio: 'pipe' }));
    for (const w of workers) w.kill('SIGTERM');
    const ends = await Promise.all(stopped);

    expect(coordinator.stderr).toBe('');
    expect(coordinator.code).toBe(0);
    expect(coordinator.stdout).toBe(single.stdout);
    const done = ends.map((e) => Number(/(\d+) tasks done/u.exec(e.stderr)?.[1] ?? -1));
    expect(ends.map((e) => e.code)).toEqual([0, 0, 0]);
    // Every task ran in a worker, and the work was shared out.
    expect(done.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(single.stdout).articles).toHaveLength(100);
  }, 120_000);

  it('refuses a worker without a server and a coordinator given --jobs', () => {
    const noRedis = spawnSync(process.execPath, [CLI, 'worker'], { encoding: 'utf8' });
    expect(noRedis.status).toBe(2);
    expect(noRedis.stderr).toContain('storyalign worker needs --redis URL');
    const both = spawnSync(process.execPath, [CLI, '--redis', redis, '--jobs', '2'], { encoding: 'utf8' });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('give --jobs to storyalign worker');
  });
});

describe('buildCorpus with a queue', () => {
  it('names a bad Redis URL or one nothing answers at, and refuses jobs beside a queue', async () => {
    const { buildCorpus } = await import('../src/index.js');
    const arts = [{ id: 'a', text: 'Xi Jinping arrived in Astana on 2 July.' }];
    await expect(buildCorpus(arts, { queue: { redis: 'localhost:6379' } })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('queue.redis: expected a redis:// or rediss:// URL') });
    expect(() => buildCorpus(arts, { queue: { redis: 'redis://127.0.0.1:1' }, jobs: 2 } as never)).toThrow('options.jobs: with options.queue');
    expect(() => buildCorpus(arts, { queue: { redis: 'redis://127.0.0.1:1', name: 'a b' } })).toThrow('options.queue.name: expected a queue name');
    // Nothing listens on port 1: an error at once, not a silent wait for a server.
    await expect(buildCorpus(arts, { queue: { redis: 'redis://127.0.0.1:1' } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('cannot reach Redis at 127.0.0.1:1') });
  });
});
