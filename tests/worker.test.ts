/**
 * A worker confirming placements keeps what it read off each article by id,
 * since every task brings a new copy of the strays it asks about; an id that
 * comes back with other sentences is read afresh, never given the old reading.
 */
import { describe, expect, it } from 'vitest';
import { confirm } from '../src/runner/worker.js';
import { workerFlags } from '../src/runner/run-in-pool.js';
import { readArticle } from '../src/read-articles.js';
import { textsOf } from '../src/align/align-pair.js';
import { readSide } from '../src/align/read-side.js';
import type { Article, ArticleInput } from '../src/types.js';
import { seedArticles } from './seeds.js';
import { confirmFit } from '../src/align/place-strays.js';
import { fromConfirmTask, packModel, toConfirmTask } from '../src/runner/confirm-wire.js';
import type { TranslationModel } from '../src/align/translation-model.js';
import { unpackSentenceKeys } from '../src/align/known-keys.js';

/** A confirm task for a fit of two articles, as the pool sends it: a structured copy, keys with them. */
function task(member: ReturnType<typeof readArticle>, other: ReturnType<typeof readArticle>, model?: TranslationModel) {
  const keys = new Map<Article, string[][]>([[member.article, unpackSentenceKeys(member.keys)], [other.article, unpackSentenceKeys(other.keys)]]);
  return structuredClone(toConfirmTask([{ fit: { member: member.article, other: other.article, cost: 0.1 }, ...(model && { model }) }], (a) => keys.get(a)!));
}

describe('a worker confirming fits', () => {
  const [a, b, c] = seedArticles().map((input) => readArticle(input));

  it('does not read again a copy of an article it has read, and gives the same answer', () => {
    const first = task(a!, b!);
    const answer = confirm(first);
    const again = task(a!, b!);
    expect(confirm(again)).toEqual(answer);
    const [copy] = [...again.keys.keys()];
    expect(readSide(textsOf(copy!))).toBe(readSide(textsOf([...first.keys.keys()][0]!)));
  });

  it('reads an article afresh when its id comes back with other sentences', () => {
    confirm(task(a!, b!));
    const impostor = { ...c!, article: { ...c!.article, id: a!.article.id } };
    const next = task(impostor, b!);
    confirm(next);
    const [copy] = [...next.keys.keys()];
    expect(readSide(textsOf(copy!))).toEqual(readSide([...c!.article.sentences.map((s) => s.text)]));
    expect(readSide(textsOf(copy!)).lengths).not.toEqual(readSide(textsOf(a!.article)).lengths);
    // What it read then replaces the other article's reading under that id.
    const again = task(impostor, b!);
    confirm(again);
    expect(readSide(textsOf([...again.keys.keys()][0]!))).toBe(readSide(textsOf(copy!)));
  });
});

describe("a fit's model on its way to a worker", () => {
  const [a, b] = seedArticles().map((input) => readArticle(input));
  const model: TranslationModel = { wordPairs: [['presiden', 'chủ tịch'], ['jakarta', 'jakarta'], ['"', '\u0000'], ['x', '']] };

  it('crosses as one string, written once, and comes back as the same word pairs', () => {
    expect(packModel(model)).toBe(packModel(model));
    const [fit] = fromConfirmTask(task(a!, b!, model));
    expect(fit!.model).toEqual(model);
    expect(confirm(task(a!, b!, model))).toEqual({ ok: [confirmFit({ fit: { member: a!.article, other: b!.article, cost: 0.1 }, model })] });
  });

  it('is unpacked once per worker: task after task gets the same model object', () => {
    const [first] = fromConfirmTask(task(a!, b!, model));
    const [second] = fromConfirmTask(task(b!, a!, model));
    expect(second!.model).toBe(first!.model);
  });

  it('is sent once per task however many of its fits use it, and not at all for fits without one', () => {
    const keys = new Map<Article, string[][]>([[a!.article, unpackSentenceKeys(a!.keys)], [b!.article, unpackSentenceKeys(b!.keys)]]);
    const fit = { member: a!.article, other: b!.article, cost: 0.1 };
    const sent = toConfirmTask([{ fit, model }, { fit }, { fit, model }], (x) => keys.get(x)!);
    expect(sent.models).toHaveLength(1);
    expect(sent.items.map((i) => i.model)).toEqual([0, undefined, 0]);
    expect([...sent.keys.keys()]).toEqual([a!.article, b!.article]);
  });
});

describe('the flags a worker thread starts with', () => {
  it('inherits every flag (heap size included) unless the script was given inline as a module', () => {
    expect(workerFlags(['--max-old-space-size=8000', '--expose-gc', '--import', 'tsx'])).toBeUndefined();
  });

  it('keeps only the flags that load code, with their values, for an inline module', () => {
    const flags = ['--max-old-space-size=8000', '--input-type=module', '--import', 'tsx', '-C', 'development', '--enable-source-maps', '-e', 'run()'];
    expect(workerFlags(flags)).toEqual(['--import', 'tsx', '-C', 'development', '--enable-source-maps']);
    expect(workerFlags(['--input-type=module', '--require=./hook.cjs', '--eval', 'x'])).toEqual(['--require=./hook.cjs']);
  });
});

describe('the worker run from the sources', () => {
  it('hands on every task the built worker has (tests and benchmarks run it)', async () => {
    const { readFileSync } = await import('node:fs');
    const built = readFileSync(new URL('../src/runner/worker.ts', import.meta.url), 'utf8');
    const fromSource = readFileSync(new URL('../src/runner/worker-from-source.mjs', import.meta.url), 'utf8');
    const tasks = [...built.matchAll(/^export function (\w+)/gmu)].map((m) => m[1]!).sort();
    const handed = /export const \{ ([^}]+) \} = worker;/u.exec(fromSource)![1]!.split(',').map((s) => s.trim()).sort();
    expect(tasks).toContain('join');
    expect(handed).toEqual(tasks);
  });
});

describe('a join handed to a worker thread', () => {
  it('moves its arrays there and its pairs back instead of copying them, with the same pairs', async () => {
    const { threadPool, doWith } = await import('../src/runner/run-in-pool.js');
    const { groupingSteps, joinLanguage } = await import('../src/group/group-stories.js');
    const { ReadArticles } = await import('../src/read-articles.js');
    const read = new ReadArticles();
    read.add([...seedArticles(), ...seedArticles().map((s) => ({ ...s, id: `${s.id}-again` }))].map((input) => readArticle(input)));
    const work = groupingSteps(read.docs, read.vocabulary).next().value as { kind: 'join'; jobs: Parameters<typeof joinLanguage>[0][] };
    expect(work.jobs.length).toBeGreaterThan(0);
    const jobs = [...work.jobs];
    const expected = jobs.map((job) => joinLanguage(structuredClone(job)));
    const firstJob = structuredClone(jobs[0]!);
    const runner = threadPool(1);
    try {
      // Started, then collected: the answer to the join is a handle, the pairs come with `joined`.
      const started = (await doWith(runner, work, () => {})) as { pairs: Promise<ReturnType<typeof joinLanguage>[]> };
      expect(started.pairs).toBeInstanceOf(Promise);
      const joined = await doWith(runner, { kind: 'joined', started }, () => {});
      expect(joined).toEqual(expected);
      // Moved, not copied: this thread's arrays of each job are left empty.
      for (const job of jobs) expect([job.ids.length, job.weights.length, job.articles.length]).toEqual([0, 0, 0]);
      // The worker's answer lists its pairs' buffers to be moved (tinypool sends the value under the other key).
      const { join } = await import('../src/runner/worker.js');
      const { kTransferable, kValue } = await import('tinypool');
      const answer = join(firstJob) as unknown as Record<symbol, unknown>;
      const value = answer[kValue] as { ok: ReturnType<typeof joinLanguage> };
      expect(value.ok).toEqual(expected[0]);
      expect(answer[kTransferable]).toEqual([value.ok.a.buffer, value.ok.b.buffer, value.ok.thousandths.buffer]);
    } finally {
      await runner.close();
    }
  }, 30_000);
});

describe('the second part of the join across languages handed to a worker thread', () => {
  it('makes there the pairs it makes here, from a copy of the join', async () => {
    const { groupingSteps, groupWorkHere } = await import('../src/group/group-stories.js');
    const { joinAcross } = await import('../src/group/cross-join.js');
    const { toCrossJoinTask } = await import('../src/runner/cross-join-wire.js');
    const { crossJoin } = await import('../src/runner/worker.js');
    const { kValue } = await import('tinypool');
    const { ReadArticles } = await import('../src/read-articles.js');
    const read = new ReadArticles();
    read.add([...seedArticles(), ...seedArticles().map((s) => ({ ...s, id: `${s.id}-again`, url: undefined }))].map((input) => readArticle(input)));
    const steps = groupingSteps(read.docs, read.vocabulary);
    let next = steps.next();
    while (!next.done && next.value.kind !== 'crossJoin') next = steps.next(groupWorkHere(next.value));
    const work = next.value as { kind: 'crossJoin'; join: Parameters<typeof joinAcross>[0] };
    const nodes = work.join.nodes.length;
    const here = joinAcross(work.join, 0, nodes).arrays();
    expect(here.a.length).toBeGreaterThan(0);
    const there = (from: number) => (crossJoin(structuredClone(toCrossJoinTask(work.join, from, nodes))) as unknown as Record<symbol, { ok: typeof here }>)[kValue]!.ok;
    expect(there(0)).toEqual(here);
    // From a cut on: the nodes before it go empty, and the part's pairs are the same.
    for (const cut of [1, Math.floor(nodes / 2), nodes - 1]) expect(there(cut)).toEqual(joinAcross(work.join, cut, nodes).arrays());
  });
});

describe('the workers of a held input between its stages', () => {
  /** The kinds of work buildCorpus hands out for `inputs`, run here. */
  async function workKinds(inputs: ArticleInput[]): Promise<string[]> {
    const { corpusSteps, doHere } = await import('../src/pipeline.js');
    const steps = corpusSteps(inputs, {});
    const kinds: string[] = [];
    let next = steps.next();
    while (!next.done) {
      kinds.push(next.value.kind);
      next = steps.next(doHere(next.value, () => {}));
    }
    return kinds;
  }
  const inputs = [...seedArticles(), ...seedArticles().map((s) => ({ ...s, id: `${s.id}-again` }))];

  it('are renewed after the last article is read, after aligning and after placing, and at no other step', async () => {
    const { RENEWAL } = await import('../src/pipeline.js');
    const { minArticles } = RENEWAL;
    RENEWAL.minArticles = inputs.length;
    try {
      const kinds = await workKinds(inputs);
      const renewed = kinds.flatMap((k, i) => (k === 'renew' ? [i] : []));
      expect(renewed).toEqual([kinds.lastIndexOf('read') + 1, kinds.lastIndexOf('align') + 1, kinds.indexOf('check') - 1]);
      expect(kinds.indexOf('join')).toBeGreaterThan(renewed[0]!);
    } finally {
      RENEWAL.minArticles = minArticles;
    }
  });

  it('are kept on an input of a few thousand articles, where new threads cost more than they give back', async () => {
    const { RENEWAL } = await import('../src/pipeline.js');
    expect(RENEWAL.minArticles).toBeGreaterThan(3_431);
    expect(RENEWAL.minArticles).toBeLessThanOrEqual(20_000);
    expect(await workKinds(inputs)).not.toContain('renew');
  });

  it('are replaced by the pool, and left alone by a runner without workers of its own', async () => {
    const { doWith } = await import('../src/runner/run-in-pool.js');
    let renewed = 0;
    const pool = { run: async () => ({ ok: [] }), close: async () => {}, renew: async () => void renewed++ };
    await doWith(pool, { kind: 'renew' }, () => {});
    expect(renewed).toBe(1);
    const queue = { run: async () => ({ ok: [] }), close: async () => {} };
    await expect(doWith(queue, { kind: 'renew' }, () => {})).resolves.toBeUndefined();
  });
});

describe('a held stream with worker threads', () => {
  it('renews its pool between stages when the input is large enough, with the alignments of one thread', async () => {
    const { vi } = await import('vitest');
    const { Tinypool } = await import('tinypool');
    const { RENEWAL } = await import('../src/pipeline.js');
    const { buildCorpusStream } = await import('../src/pipeline-stream.js');
    const inputs = [...seedArticles(), ...seedArticles().map((s) => ({ ...s, id: `${s.id}-again` }))];
    const alignmentsOf = async (jobs?: number) => {
      const out: unknown[] = [];
      for await (const event of buildCorpusStream(inputs, jobs ? { jobs } : {})) if (event.type === 'alignment') out.push(event.alignment);
      return out;
    };
    const recycle = vi.spyOn(Tinypool.prototype, 'recycleWorkers');
    const { minArticles } = RENEWAL;
    try {
      const here = await alignmentsOf();
      await alignmentsOf(2);
      expect(recycle).not.toHaveBeenCalled();
      RENEWAL.minArticles = inputs.length;
      expect(await alignmentsOf(2)).toEqual(here);
      expect(recycle).toHaveBeenCalledTimes(3);
    } finally {
      RENEWAL.minArticles = minArticles;
      recycle.mockRestore();
    }
  }, 60_000);
});
