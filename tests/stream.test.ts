/**
 * buildCorpusStream: articles as they come (an async iterable), each alignment
 * handed out once final, and the same corpus as buildCorpus.
 */
import { describe, expect, it } from 'vitest';
import { afterReading, buildCorpus, doHere } from '../src/pipeline.js';
import { READ_WINDOW, readArticle, ReadArticles } from '../src/read-articles.js';
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

  it('checks in worker threads a window ahead, and hands the windows on in order, its progress never going back', async () => {
    // One alignment a window: the second window is started before the first is collected (see CheckWork).
    const articles = [...seedArticles(), ...FLOOD];
    const whole = buildCorpus(articles);
    const read = new ReadArticles();
    read.add(articles.map((a) => readArticle(a)));
    const windows: string[][] = [];
    const checked: number[] = [];
    const { threadPool, doWith } = await import('../src/runner/run-in-pool.js');
    const runner = threadPool(2);
    const kinds: string[] = [];
    try {
      const progress = (stage: string, done: number) => void (stage === 'checking' && checked.push(done));
      const steps = afterReading(read, {}, (pairs) => windows.push(pairs.map(({ alignment: al }) => `${al.source}>${al.target}`)), { check: 1 });
      let next = steps.next();
      while (!next.done) {
        kinds.push(next.value.kind);
        next = steps.next(await doWith(runner, next.value, progress));
      }
      expect(next.value.groups).toEqual(whole.groups);
    } finally {
      await runner.close();
    }
    expect(windows).toEqual([['001>000', '000>004', '001>004'], ['flood-en>flood-id']]);
    // Both windows started before the first is collected.
    expect(kinds.filter((k) => k === 'check' || k === 'checked')).toEqual(['check', 'check', 'checked', 'checked']);
    expect(checked.at(-1)).toBe(4);
    expect(checked).toEqual([...checked].sort((x, y) => x - y));
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

const DAY = 86_400_000;
const dated = (articles: ArticleInput[], day: number): ArticleInput[] => articles.map((a, k) => ({ ...a, publishedAt: new Date(Date.UTC(2024, 0, 1) + day * DAY + k * 60_000).toISOString() }));
/** Short reports, one a minute from `day` on, each its own story. */
const reports = (count: number, day: number, from = 0): ArticleInput[] => dated(Array.from({ length: count }, (_, k) => ({ id: `r${from + k}`, text: `Report ${from + k} of the desk, filed at ${k % 24} hours.` })), day);

/** Segments of any size: these inputs are far below the 10,000 articles a segment holds by default. */
const SMALL_SEGMENTS = { closeStories: { minArticles: 1 } };

describe('buildCorpusStream with closeStories', () => {
  it('holds 10,000 articles at least before it closes a segment: a small input is one, grouped as buildCorpus groups it', async () => {
    const input = [...dated(FLOOD, 0), ...dated(seedArticles(), 40)];
    const events = await collect(buildCorpusStream(input, { closeStories: true }));
    const whole = buildCorpus(input);
    expect(events.filter((e) => e.type === 'alignment').map((e) => e.type === 'alignment' && e.alignment)).toEqual(whole.alignments);
    expect(events.filter((e) => e.type === 'stories').map((e) => e.type === 'stories' && [e.articles, e.groups])).toEqual([[whole.articles, whole.groups]]);
  });

  it('closes a story once the dates have passed it, before the stories after it, and groups what is left as buildCorpus would', async () => {
    const flood = dated(FLOOD, 0);
    // Ten articles dated day 40 and after at least: the input's time is the date ten articles have reached.
    const seeds = [...dated(seedArticles(), 40), ...reports(5, 41)];
    const events = await collect(buildCorpusStream([...flood, ...seeds, { id: 'blank', text: '  ', publishedAt: seeds[0]!.publishedAt! }], SMALL_SEGMENTS));
    expect(events.map((e) => (e.type === 'alignment' ? `${e.alignment.source}>${e.alignment.target}` : e.type))).toEqual([
      'flood-en>flood-id', 'stories', '001>000', '000>004', '001>004', 'stories', 'end',
    ]);
    const [first, second] = events.filter((e) => e.type === 'stories');
    const alone = buildCorpus(flood);
    expect(first!.type === 'stories' && first!.articles).toEqual(alone.articles);
    // The first segment held the seeds too: its words' rarity was read from them, so the scores are its own.
    expect(first!.type === 'stories' && first!.groups.map((g) => g.articleIds)).toEqual(alone.groups.map((g) => g.articleIds));
    const rest = buildCorpus([...seeds, { id: 'blank', text: '  ' }]);
    expect(events.filter((e) => e.type === 'alignment').slice(1).map((e) => e.type === 'alignment' && e.alignment)).toEqual(rest.alignments);
    // Group ids run on; an article set aside is named by its place in the whole input.
    expect(second!.type === 'stories' && second!.groups.map((g) => g.id)).toEqual(rest.groups.map((_g, k) => `g${k + 1 + alone.groups.length}`));
    expect(second!.type === 'stories' && second!.setAside).toEqual([{ ...rest.setAside[0]!, index: 12 }]);
    const end = events.at(-1)!;
    expect(end.type === 'end' && [end.articles, end.groups, end.setAside]).toEqual([[], [], []]);
  });

  it('keeps a story open for a version that comes a window late, but not two', async () => {
    // The first window of the input runs to day 29, which closes the stories older than day 15 (two windows of 7 days).
    const input = (english: number, indonesian: number) => [
      ...reports(255, 0), ...dated([FLOOD[0]!], english), ...reports(256, 29, 255), ...dated([FLOOD[1]!], indonesian), ...reports(40, 30, 600),
    ];
    const pairsOf = async (english: number, indonesian: number) => (await collect(buildCorpusStream(input(english, indonesian), SMALL_SEGMENTS)))
      .flatMap((e) => (e.type === 'alignment' ? [[e.alignment.source, e.alignment.target].sort().join('|')] : []));
    // The Indonesian version comes seven days behind the newest date, a day after the English: within the window kept for input out of order.
    expect(await pairsOf(16, 22)).toEqual(['flood-en|flood-id']);
    // An article left alone waits a window more (it may be a version of a story still open), so that is
    // closed only when it is older than day 8: the Indonesian version, fifteen days behind, comes too late for it.
    expect(await pairsOf(12, 18)).toEqual(['flood-en|flood-id']);
    expect(await pairsOf(8, 14)).toEqual([]);
  }, 60_000);

  it('closes undated articles with the segment they come in, and every article comes out once', async () => {
    const input = [...reports(300, 0), ...FLOOD, ...reports(300, 40, 300)];
    const events = await collect(buildCorpusStream(input, SMALL_SEGMENTS));
    const segments = events.filter((e) => e.type === 'stories');
    expect(segments.length).toBe(2);
    expect(segments.flatMap((e) => (e.type === 'stories' ? e.articles.map((a) => a.id) : [])).sort()).toEqual(input.map((a) => a.id).sort());
    expect(events.filter((e) => e.type === 'alignment').length).toBe(1);
  }, 60_000);

  it('gives the same events in worker threads', async () => {
    const input = [...reports(300, 0), ...dated(FLOOD, 1), ...dated(seedArticles(), 40), ...reports(300, 41, 300)];
    const one = await collect(buildCorpusStream(input, SMALL_SEGMENTS));
    expect(one.filter((e) => e.type === 'stories').length).toBe(2);
    const two = await collect(buildCorpusStream(slowly(input), { ...SMALL_SEGMENTS, jobs: 2 }));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 120_000);

  it('is for the stream only: buildCorpus refuses it with a typed error', () => {
    expect(() => buildCorpus(seedArticles(), { closeStories: true })).toThrow(/closeStories.*buildCorpusStream/u);
  });
});
