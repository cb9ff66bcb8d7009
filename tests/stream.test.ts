/**
 * buildCorpusStream: articles as they come (an async iterable), each alignment
 * handed out once final, and the same corpus as buildCorpus.
 */
import { describe, expect, it } from 'vitest';
import { afterReading, buildCorpus, doHere, READ_WINDOW, readArticle, ReadArticles } from '../src/pipeline.js';
import { buildCorpusStream, readingNeverBack, type CorpusEvent } from '../src/pipeline-stream.js';
import { isStoryalignError } from '../src/errors.js';
import type { ArticleInput } from '../src/types.js';
import { seedArticles } from './seeds.js';

async function* slowly(articles: ArticleInput[]): AsyncGenerator<ArticleInput> {
  for (const a of articles) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield a;
  }
}

async function collect(events: AsyncIterable<CorpusEvent>): Promise<CorpusEvent[]> {
  const out: CorpusEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

/** A second story, told in English and translated into Indonesian (written for this test). */
const FLOOD: ArticleInput[] = [
  { id: 'flood-en', text: 'Flash floods hit Garut regency in West Java on Tuesday night.\nAt least 27 houses were badly damaged, the disaster agency said.\nSome 315 residents fled to mosques and schools nearby.\nAgency head Budi Santoso said rain would continue until Friday.\nThe floods followed 14 hours of heavy rain over the Cimanuk river.' },
  { id: 'flood-id', text: 'Banjir bandang melanda Kabupaten Garut, Jawa Barat, pada Selasa malam.\nSedikitnya 27 rumah rusak berat, kata badan penanggulangan bencana.\nSebanyak 315 warga mengungsi ke masjid dan sekolah terdekat.\nKepala badan Budi Santoso mengatakan hujan akan berlanjut hingga Jumat.\nBanjir terjadi setelah hujan lebat selama 14 jam di atas Sungai Cimanuk.' },
];

/** Copies of the seeds under other ids. */
function manySeeds(copies: number): ArticleInput[] {
  return Array.from({ length: copies }, (_, k) => seedArticles().map((a) => ({ ...a, id: `${k}-${a.id}` }))).flat();
}

describe('buildCorpusStream', () => {
  it('gives the alignments, articles and groups buildCorpus gives, in the same order, from an async iterable', async () => {
    const articles = seedArticles();
    const whole = buildCorpus(articles);
    const events = await collect(buildCorpusStream(slowly(articles)));
    const alignments = events.flatMap((e) => (e.type === 'alignment' ? [e.alignment] : []));
    const end = events.at(-1)!;
    expect(end.type).toBe('end');
    if (end.type !== 'end') return;
    expect(alignments).toEqual(whole.alignments);
    expect(end.articles).toEqual(whole.articles);
    expect(end.groups).toEqual(whole.groups);
    // Each alignment comes with its two articles, as the writers need them.
    for (const e of events) if (e.type === 'alignment') expect([e.source.id, e.target.id]).toEqual([e.alignment.source, e.alignment.target]);
  });

  it('hands each window of checked alignments on and keeps none (checking is a window of stories at a time)', () => {
    // Two stories, checked one alignment at a time: the seeds' three alignments stay in one window.
    const articles = [...seedArticles(), ...FLOOD];
    const whole = buildCorpus(articles);
    const read = new ReadArticles();
    read.add(articles.map((a) => readArticle(a)));
    const windows: string[][] = [];
    const steps = afterReading(read, {}, (checked) => windows.push(checked.map(({ alignment: al }) => `${al.source}>${al.target}`)), { check: 1 });
    let next = steps.next();
    while (!next.done) next = steps.next(doHere(next.value, () => {}));
    expect(next.value.alignments).toEqual([]);
    expect(next.value.groups).toEqual(whole.groups);
    expect(windows.flat()).toEqual(whole.alignments.map((al) => `${al.source}>${al.target}`));
    expect(windows).toEqual([['001>000', '000>004', '001>004'], ['flood-en>flood-id']]);
    // A window never cuts a story: no article is in two windows.
    const windowOf = new Map<string, number>();
    windows.forEach((w, k) => {
      for (const id of w.flatMap((pair) => pair.split('>'))) {
        expect(windowOf.get(id) ?? k).toBe(k);
        windowOf.set(id, k);
      }
    });
  });

  it('reports reading progress against an unknown total while the input is a stream', async () => {
    const totals = new Set<number>();
    await collect(buildCorpusStream(slowly(seedArticles()), { onProgress: (stage, _done, total) => { if (stage === 'reading') totals.add(total); } }));
    expect([...totals].every(Number.isNaN)).toBe(true);
    const known = new Set<number>();
    await collect(buildCorpusStream(seedArticles(), { onProgress: (stage, _done, total) => { if (stage === 'reading') known.add(total); } }));
    expect([...known]).toEqual([5]);
  });

  it('stops on an invalid article with the error buildCorpus gives, naming its place', async () => {
    const articles: unknown[] = [...seedArticles(), { id: '000', text: 'again' }];
    const fail = async () => collect(buildCorpusStream(slowly(articles as ArticleInput[])));
    await expect(fail()).rejects.toSatisfy((e: unknown) => isStoryalignError(e) && e.code === 'DUPLICATE_ID' && e.message.startsWith('articles[5].id'));
    const shape = async () => collect(buildCorpusStream([{ id: 'a', text: 5 }] as unknown as ArticleInput[]));
    await expect(shape()).rejects.toSatisfy((e: unknown) => isStoryalignError(e) && e.code === 'INVALID_INPUT' && JSON.stringify(e.path) === '["articles",0,"text"]');
  });

  it('reads a window ahead in worker threads: every article kept in order, reading progress never going back', async () => {
    // Three windows of short reports, two stories in two languages among them.
    const articles: ArticleInput[] = Array.from({ length: 2 * READ_WINDOW + 40 }, (_, k) => ({ id: `r${k}`, text: `Report ${k} of the day, filed at ${k % 24} hours by desk ${k}.` }));
    articles.splice(300, 0, ...FLOOD);
    const progress: number[] = [];
    const events = await collect(buildCorpusStream(slowly(articles), { jobs: 2, onProgress: (stage, done) => { if (stage === 'reading') progress.push(done); } }));
    const end = events.at(-1)!;
    expect(end.type === 'end' && end.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(progress.every((d, k) => k === 0 || d >= progress[k - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(articles.length);
    expect(JSON.stringify(events)).toBe(JSON.stringify(await collect(buildCorpusStream(articles))));
  }, 120_000);

  it('reports reading as the most read so far when a task of the next window finishes first', () => {
    const seen: [string, number][] = [];
    const report = readingNeverBack((stage, done) => seen.push([stage, done]));
    report('reading', 520, NaN);
    report('reading', 512, NaN);
    report('reading', 540, NaN);
    report('grouping', 0, 1);
    expect(seen).toEqual([['reading', 520], ['reading', 520], ['reading', 540], ['grouping', 0]]);
  });

  it('gives the same corpus in worker threads', async () => {
    const articles = manySeeds(12);
    const one = await collect(buildCorpusStream(articles));
    const two = await collect(buildCorpusStream(slowly(articles), { jobs: 2 }));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 60_000);
});
