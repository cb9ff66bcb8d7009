import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/pipeline.js';
import { toJsonl } from '../src/export/to-jsonl.js';
import { toJsonlDataset } from '../src/export/dataset.js';
import { toMoses } from '../src/export/to-moses.js';
import { escapeXml, tmxDate, toTmx } from '../src/export/to-tmx.js';
import { toTsv } from '../src/export/to-tsv.js';
import { pairRows, type CorpusLike } from '../src/export/pair-rows.js';
import fc from 'fast-check';
import { seedArticles } from './seeds.js';

const corpus = buildCorpus(seedArticles());
const pairCount = corpus.alignments.reduce((n, a) => n + a.pairs.length, 0);

describe('toJsonl', () => {
  const lines = toJsonl(corpus, { comparable: true }).trimEnd().split('\n').map((l) => JSON.parse(l));

  it('writes one pair a line in the Hugging Face translation shape', () => {
    expect(lines).toHaveLength(pairCount);
    expect(Object.keys(lines[0].translation)).toEqual(['id', 'vi']);
    expect(lines[0]).toMatchObject({ mode: 'translation', source: { lang: 'vi', article: '001' }, target: { lang: 'id', article: '000' } });
  });

  it('carries offsets that point into the original texts', () => {
    const texts = new Map(seedArticles().map((a) => [a.id, a.text]));
    for (const l of lines) {
      const src = texts.get(l.source.article)!.slice(l.source.start, l.source.end);
      expect(src.startsWith(l.translation[l.source.lang].slice(0, 20))).toBe(true);
    }
  });

  it('filters by score', () => {
    expect(toJsonl(corpus, { minScore: 0.9 }).trimEnd().split('\n').length).toBeLessThan(pairCount);
  });
});

describe('toTsv', () => {
  it('has a header row and one row per pair, with no stray tabs', () => {
    // Not trimmed: a row ends in two empty URL cells when the articles give no url.
    const rows = toTsv(corpus).split('\n').slice(0, -1);
    expect(rows[0]!.split('\t')[0]).toBe('source_lang');
    expect(rows).toHaveLength(pairCount + 1);
    for (const r of rows) expect(r.split('\t')).toHaveLength(14);
  });

  it('round-trips every field through Python\'s csv module (quotes, apostrophes, formula cells, URLs)', () => {
    const python = spawnSync('python3', ['--version']);
    if (python.status !== 0) return;
    const quoted = buildCorpus([
      { id: 'en', url: 'https://example.com/sport/coach-we-will-win-12345?ref="tw"', lang: 'eng', text: '"We will win," said the coach on 2 July. "We will," he said again.' },
      { id: 'id', url: 'https://example.com/sport/coach-we-will-win-12345?ref="tw"', lang: 'ind', text: '"Kami akan menang," kata pelatih pada 2 Juli. "Kami akan," katanya lagi.' },
    ], { mode: 'translation' });
    const rows = pairRows(quoted);
    expect(rows.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-tsv-'));
    writeFileSync(join(dir, 'pairs.tsv'), toTsv(quoted));
    const read = spawnSync('python3', ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline=""), delimiter="\\t"))))', join(dir, 'pairs.tsv')], { encoding: 'utf8' });
    const [header, ...cells] = JSON.parse(read.stdout) as string[][];
    expect(header!.slice(-2)).toEqual(['source_url', 'target_url']);
    expect(cells.map((c) => [c[2], c[3], c[12], c[13]])).toEqual(rows.map((r) => [r.source, r.target, r.sourceUrl, r.targetUrl]));
  });
});

describe('hostile text and ids in line formats', () => {
  /** Every character a line reader may split on (Python's str.splitlines, JavaScript's line terminators). */
  const breaks = ['\n', '\r', '\r\n', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029', '\t'];
  const piece = fc.oneof(fc.constantFrom(...breaks, '=', '+', '-', '@', ' ', 'é', '😀'), fc.string({ minLength: 1, maxLength: 6 }));
  const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
  /** A corpus of one pair whose texts and ids are given: the writers' input, without the pipeline's reading of it. */
  const article = (id: string, text: string) => ({ ...corpus.articles[0]!, id, sentences: [{ ...corpus.articles[0]!.sentences[0]!, text, start: 0, end: text.length }] });
  const onePair = (source: string, target: string, ids: [string, string]): CorpusLike => ({
    articles: [article(ids[0], source), article(ids[1], target)],
    alignments: [{ ...corpus.alignments[0]!, source: ids[0], target: ids[1], pairs: [{ source, target, score: 0.5, sourceSentences: [0], targetSentences: [0] }] }],
  });
  const lineCount = (s: string) => s.split(/\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/u).length - 1;

  it('writes every row on one line of its file, whatever separators the texts and ids hold', () => {
    fc.assert(fc.property(text, text, text, text, (source, target, a, b) => {
      const c = onePair(source, target, [a, b]);
      expect(lineCount(toTsv(c))).toBe(2);
      expect(toTsv(c).split('\n')[1]!.split('\t')).toHaveLength(14);
      expect(lineCount(toJsonl(c))).toBe(1);
      for (const f of toMoses(c)) expect([lineCount(f.source), lineCount(f.target)]).toEqual([1, 1]);
    }), { numRuns: 300 });
  });

  it('makes a TSV cell that a spreadsheet would run as a formula text, and leaves JSONL and Moses as written', () => {
    const c = onePair('=HYPERLINK("http://x")', '+1 dan -2', ['@id', '-a']);
    const cells = toTsv(c).trimEnd().split('\n')[1]!.split('\t');
    expect([cells[2], cells[3], cells[6], cells[7]]).toEqual(['"\'=HYPERLINK(""http://x"")"', '\'+1 dan -2', '\'@id', '\'-a']);
    const row = JSON.parse(toJsonl(c, { comparable: true }));
    expect([row.translation[row.source.lang], row.translation[row.target.lang]]).toEqual(['=HYPERLINK("http://x")', '+1 dan -2']);
    expect(toMoses(c)[0]!.source).toBe('=HYPERLINK("http://x")\n');
  });
});

describe('toMoses', () => {
  it('writes two files per language pair with the same number of lines', () => {
    const files = toMoses(corpus);
    expect(files.map((f) => `${f.sourceFile} ${f.targetFile}`)).toContain('corpus.vi-id.vi corpus.vi-id.id');
    // Pairs mined from independent reports are kept apart from translations.
    expect(files.map((f) => `${f.sourceFile} ${f.targetFile}`)).toContain('comparable.id-en.id comparable.id-en.en');
    expect(files.filter((f) => f.sourceFile.startsWith('corpus.')).every((f) => f.sourceFile === 'corpus.vi-id.vi')).toBe(true);
    for (const f of files) {
      expect(f.source.split('\n').length).toBe(f.target.split('\n').length);
      expect(f.source.trimEnd().split('\n')).toHaveLength(f.lines);
    }
  });
});

describe('toTmx', () => {
  const tmx = toTmx(corpus);

  it('has a TMX 1.4 header with every required attribute', () => {
    expect(tmx).toContain('<tmx version="1.4">');
    const header = /<header [^>]*\/>/u.exec(tmx)![0];
    for (const attr of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) {
      expect(header).toMatch(new RegExp(` ${attr}="[^"]+"`, 'u'));
    }
  });

  it('puts xml:lang on every tuv and one tu per pair, each with a stable tuid, and the creation date in the header', () => {
    const tuids = [...tmx.matchAll(/<tu tuid="([^"]+)">/gu)].map((m) => m[1]);
    expect(tuids).toHaveLength(pairCount);
    expect(new Set(tuids).size).toBe(pairCount);
    expect(tuids[0]).toMatch(/^001:\d+(?:\+\d+)*&gt;000:\d+(?:\+\d+)*$/u);
    // SOURCE_DATE_EPOCH (set by vitest.config.ts) fixes it, as reproducible builds do.
    expect(tmx).toContain(`creationdate="${tmxDate(new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000))}"`);
    expect(tmxDate(new Date(Date.UTC(2026, 11, 3, 15, 4, 5)))).toBe('20261203T150405Z');
    expect(tmx).not.toContain('<!DOCTYPE');
    expect(tmx.match(/<tuv /gu)).toHaveLength(2 * pairCount);
    expect(tmx.match(/<tuv xml:lang="[a-z-]+">/gu)).toHaveLength(2 * pairCount);
  });

  it('escapes XML and replaces characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" \'d\' > e')).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e');
    expect(escapeXml('x\u0000y\ud800z')).toBe('x\ufffdy\ufffdz');
  });
});

describe('toTmx against the TMX 1.4 DTD', () => {
  const xmllint = '/usr/bin/xmllint';
  const have = existsSync(xmllint);
  if (!have && process.env.REQUIRE_BROWSER === '1') throw new Error(`${xmllint} is missing; .ci/run installs libxml2-utils`);

  it.skipIf(!have)('is valid, hostile text included', () => {
    const hostile = buildCorpus([
      { id: 'a&b', text: 'Harga naik <5%> & "turun" \'lagi\' di Astana pada 2 Juli 2024.\u0000 Dan \ud800 lagi pada 3 Juli.' },
      { id: 'c', text: 'Prices rose <5%> & "fell" \'again\' in Astana on 2 July 2024. And again on 3 July.' },
    ]);
    for (const c of [corpus, hostile]) {
      const file = join(mkdtempSync(join(tmpdir(), 'tmx-')), 'out.tmx');
      writeFileSync(file, toTmx(c));
      const r = spawnSync(xmllint, ['--noout', '--nonet', '--nowarning', '--dtdvalid', join(import.meta.dirname, '..', 'fixtures', 'tmx14.dtd'), file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });
});

describe('buildCorpus progress', () => {
  it('reports each stage as it advances', () => {
    const seen: string[] = [];
    buildCorpus(seedArticles(), { onProgress: (stage, done, total) => seen.push(`${stage} ${done}/${total}`) });
    expect(seen.filter((s) => s.startsWith('reading'))).toEqual(['reading 1/5', 'reading 2/5', 'reading 3/5', 'reading 4/5', 'reading 5/5']);
    expect(seen).toContain('grouping 1/1');
    expect(seen.filter((s) => s.startsWith('aligning'))).toEqual(['aligning 1/3', 'aligning 2/3', 'aligning 3/3']);
  });
});

describe('JSONL for Hugging Face', () => {
  it('writes translation pairs only unless comparable ones are asked for, with the pair\'s two tags as keys in one order', () => {
    const rows = toJsonl(corpus).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(new Set(rows.map((r) => r.mode))).toEqual(new Set(['translation']));
    const all = toJsonl(corpus, { comparable: true }).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(all.length).toBe(pairCount);
    for (const r of all) {
      const keys = Object.keys(r.translation);
      expect(keys).toEqual([...keys].sort());
      expect(keys.sort()).toEqual([r.source.lang, r.target.lang].sort());
    }
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(toJsonl(corpus, { comparable: true, pairs: ['en-id'] }).trimEnd().split('\n').map((l) => Object.keys(JSON.parse(l).translation).join('-'))).toEqual(
      all.filter((r) => Object.keys(r.translation).join('-') === 'en-id').map(() => 'en-id'),
    );
  });

  it('lays a corpus out as a dataset folder: one file per language pair and mode, and a card naming each as a config', () => {
    const files = toJsonlDataset(corpus, { comparable: true });
    expect(files.map((f) => f.name)).toEqual(['comparable.en-id.jsonl', 'comparable.en-vi.jsonl', 'id-vi.jsonl', 'README.md']);
    for (const f of files.filter((x) => x.name.endsWith('.jsonl'))) {
      const tags = f.name.replace(/^comparable\./u, '').replace(/\.jsonl$/u, '').split('-');
      for (const line of f.text.trimEnd().split('\n')) expect(Object.keys(JSON.parse(line).translation)).toEqual(tags);
    }
    const card = files.at(-1)!.text;
    expect(card).toMatch(/^---\nlicense: other/u);
    expect(card).toContain('- config_name: id-vi\n  data_files: id-vi.jsonl');
    expect(card).toMatch(/\| `id-vi\.jsonl` \| translation \| 11 \| 2 \| \d+ \| \d+ \| \d+ \| \d+ \|/u);
    expect(toJsonlDataset(corpus).map((f) => f.name)).toEqual(['id-vi.jsonl', 'README.md']);
  });
});
