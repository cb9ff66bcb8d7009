/** The command's own pieces: its options and its progress line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../src/cli/printable.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputFormat, parseArgs } from '../src/cli/args.js';
import { countInputs, eachInput } from '../src/cli/read-inputs.js';
import { decodeText, fileLines } from '../src/cli/decode-text.js';
import { progressBar, progressText } from '../src/cli/progress.js';

describe('the progress line', () => {
  it('shows how much is done, the rate, the time taken and the time left', () => {
    expect(progressText('aligning', 1200, 2000, 34_000)).toBe('aligning   [##############..........] 1200/2000  35/s  0:34, 0:23 left');
    expect(progressText('checking', 5, 5, 2_500)).toBe('checking   [########################] 5/5  2.0/s  0:03');
    expect(progressText('reading', 0, 10, 0)).toBe('reading    [........................] 0/10  0:00');
    expect(progressText('relearning', 3600, 7200, 3_600_000)).toContain('1:00:00, 1:00:00 left');
  });

  it('shows what is done and the rate while a stream\'s length is unknown', () => {
    expect(progressText('reading', 3500, NaN, 8_000)).toBe('reading    3500 so far  438/s  0:08');
  });

  it('times each stage from its own start, and draws only on a terminal', () => {
    let t = 0;
    const written: string[] = [];
    const stream = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(stream, () => t);
    bar('reading', 1, 2);
    t = 60_000;
    bar('grouping', 0, 1);
    t = 61_000;
    bar('grouping', 1, 1);
    expect(written.at(-1)).toContain('grouping   [########################] 1/1  1.0/s  0:01');
    // Reading that comes back where it left off (between the segments --close-stories closes) goes on from its first start;
    // a stage that starts over (grouping the next segment) is timed afresh.
    t = 70_000;
    bar('reading', 3000, 4000);
    expect(written.at(-1)).toContain('reading    [##################......] 3000/4000  43/s  1:10, 0:23 left');
    t = 72_000;
    bar('grouping', 0, 1);
    t = 74_000;
    bar('grouping', 1, 1);
    expect(written.at(-1)).toContain('1/1  0.5/s  0:02');
    const silent: string[] = [];
    progressBar({ isTTY: false, write: (s: string) => silent.push(s) } as unknown as NodeJS.WriteStream)('reading', 1, 2);
    expect(silent).toEqual([]);
  });
});

describe('parseArgs', () => {
  it('takes --quiet and -q', () => {
    expect(parseArgs(['--quiet']).quiet).toBe(true);
    expect(parseArgs(['-q', 'a.jsonl']).quiet).toBe(true);
    expect(parseArgs(['a.jsonl']).quiet).toBe(false);
  });
});

describe('countInputs (the total the progress line shows while reading)', () => {
  it('counts a .txt file as one article and a .jsonl file one a line that holds something', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-count-'));
    writeFileSync(join(dir, 'a.txt'), 'One article.\n\nTwo paragraphs.\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"1","text":"x"}\r\n\n   \n{"id":"2","text":"y"}\n{"id":"3","text":"z"}');
    expect(await countInputs([dir])).toBe(4);
    expect(await countInputs([join(dir, 'b.jsonl'), join(dir, 'a.txt')])).toBe(4);
    expect(await countInputs([join(dir, 'missing.jsonl')])).toBeNaN();
  });
});

describe('eachInput (the articles of files and folders)', () => {
  const collect = async (paths: string[], skipInvalid: boolean) => {
    const skipped: string[] = [];
    const ids: string[] = [];
    for await (const a of eachInput(paths, skipInvalid, (s) => skipped.push(`${s.file.split(/[\\/]/u).at(-1)}:${s.line}: ${s.reason}`))) ids.push(a.id);
    return { ids, skipped };
  };

  it('with --skip-invalid skips lines that are not articles, empty texts and repeated ids, naming file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-skip-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"1","text":"Satu."}\n{"id":"2","text":" ... "}\nnot json\n{"id":"1","text":"Lagi."}\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"2","text":"Dua."}\n{"id":"1","text":"Tiga."}\n');
    const { ids, skipped } = await collect([dir], true);
    expect(ids).toEqual(['1', '2']);
    expect(skipped.map((s) => s.replace(/\(.*\)/u, '(…)'))).toEqual([
      'a.jsonl:2: the text has no letter or digit',
      'a.jsonl:3: not JSON (…)',
      expect.stringMatching(/^a\.jsonl:4: id "1" is already the id of the article at .*a\.jsonl:1$/u),
      expect.stringMatching(/^b\.jsonl:2: id "1" is already the id of the article at .*a\.jsonl:1$/u),
    ]);
  });

  it('without it, keeps an empty text (the pipeline sets it aside) and stops at a repeated id, naming both files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-dup-'));
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"1","text":"Satu."}\n{"id":"2","text":""}\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"3","text":"Tiga."}\n{"id":"1","text":"Lagi."}\n');
    await expect(collect([dir], false)).rejects.toThrow(/b\.jsonl:2: id "1" is already the id of the article at .*a\.jsonl:1/u);
    expect((await collect([join(dir, 'a.jsonl')], false)).ids).toEqual(['1', '2']);
  });
});

describe('decoding input files', () => {
  const text = 'Presiden Joko Widodo tiba di Astana pada 2 Juli 2024.\nIa bertemu Presiden Tokayev di Akorda.';
  const utf16 = (s: string, bigEndian: boolean, mark: boolean) => {
    const le = Buffer.from(s, 'utf16le');
    const bytes = bigEndian ? Buffer.from(le).swap16() : le;
    return mark ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes]) : bytes;
  };

  it('reads UTF-8 with or without a byte-order mark, and UTF-16 either way round with or without one', () => {
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    for (const bigEndian of [false, true]) for (const mark of [false, true]) expect(decodeText(utf16(text, bigEndian, mark))).toBe(text);
    // A UTF-8 file with no ASCII at all is not taken for UTF-16.
    expect(decodeText(Buffer.from('中国国家主席习近平。'))).toBe('中国国家主席习近平。');
  });

  it('refuses a file that is not valid in its encoding, naming the file and the byte', async () => {
    expect(() => decodeText(Buffer.from('Le président est arrivé.', 'latin1'))).toThrow(/^not valid UTF-8 near byte [56] /u);
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-latin1-'));
    writeFileSync(join(dir, 'fr.txt'), Buffer.from('Le président est arrivé.', 'latin1'));
    const read = async (skip: boolean) => {
      const skipped: string[] = [];
      for await (const a of eachInput([dir], skip, (s) => skipped.push(`${s.line}: ${s.reason.slice(0, 15)}`))) skipped.push(a.id);
      return skipped;
    };
    await expect(read(false)).rejects.toThrow(/fr\.txt: not valid UTF-8 near byte [56] /u);
    expect(await read(true)).toEqual(['1: not valid UTF-8']);
  });

  it('reads JSONL with a byte-order mark, in UTF-16, and reports an undecodable line as that line, the others still read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-enc-'));
    const lines = '{"id":"a","text":"Halo dunia."}\r\n{"id":"b","text":"Việt Nam."}\n';
    writeFileSync(join(dir, 'bom.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines)]));
    writeFileSync(join(dir, 'wide.jsonl'), utf16(lines, false, true));
    writeFileSync(join(dir, 'bad.jsonl'), Buffer.concat([Buffer.from('{"id":"c","text":"ok"}\n{"id":"d","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"e","text":"fin"}')]));
    const read = async (file: string) => {
      const out: string[] = [];
      for await (const line of fileLines(join(dir, file))) out.push('text' in line ? `${line.n}:${line.text}` : `${line.n}:${line.error.message.slice(0, 27)}`);
      return out;
    };
    expect(await read('bom.jsonl')).toEqual(['1:{"id":"a","text":"Halo dunia."}', '2:{"id":"b","text":"Việt Nam."}']);
    expect(await read('wide.jsonl')).toEqual(await read('bom.jsonl'));
    expect(await read('bad.jsonl')).toEqual(['1:{"id":"c","text":"ok"}', '2:not valid UTF-8 near byte 4', '3:{"id":"e","text":"fin"}']);
    const skipped: string[] = [];
    const ids: string[] = [];
    for await (const a of eachInput([join(dir, 'bad.jsonl')], true, (s) => skipped.push(`${s.line}`))) ids.push(a.id);
    expect([ids, skipped]).toEqual([['c', 'e'], ['2']]);
  });
});

describe('printable (what reaches a terminal)', () => {
  it('shows every control character but line break and tab as an escape, and leaves all other text as it is', () => {
    expect(printable('evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u007f ok\n\tnext')).toBe('evil\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\x7f ok\n\tnext');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const out = printable(s);
      expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u.test(out)).toBe(false);
      expect(out.replace(/\\x[0-9a-f]{2}/gu, '')).toBe(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, '').replace(/\\x[0-9a-f]{2}/gu, ''));
    }));
  });
});

describe('the text report', () => {
  it('lists every line left out of the sentences, with why, and every article set aside', async () => {
    const { buildCorpus } = await import('../src/pipeline.js');
    const { toText } = await import('../src/cli/summary.js');
    const corpus = buildCorpus([
      { id: 'a', text: 'Presiden tiba di Astana pada 2 Juli 2024.\n\n[iklan_2]\n\nKomentar (0)' },
      { id: 'b', text: ' ... ' },
    ]);
    const text = toText(corpus);
    expect(text).toContain('=== b: set aside, the text has no letter or digit ===');
    expect(text.split('=== lines left out of the sentences ===\n')[1]!.trimEnd().split('\n')).toEqual([
      '  a ad-marker: [iklan_2]', '  a comment-counter: Komentar (0)', '  b no-text: ...',
    ]);
  });
});

describe('outputFormat (what the command writes when --format is not given)', () => {
  it('writes the readable report to a terminal and JSON to a pipe or a file', () => {
    expect(outputFormat(parseArgs([]), true)).toBe('text');
    expect(outputFormat(parseArgs([]), false)).toBe('json');
    expect(outputFormat(parseArgs(['--out', 'x.json']), true)).toBe('json');
    expect(outputFormat(parseArgs(['--format', 'tsv']), true)).toBe('tsv');
  });
});

describe('room in the heap for a large input', async () => {
  const { HEAP_PER_INPUT_BYTE, heapMessage, heapPlan, userSetHeapLimit } = await import('../src/cli/heap-room.js');
  const MB = 2 ** 20;
  const GB = 2 ** 30;

  it('leaves node as it is while the input fits its heap', () => {
    expect(heapPlan(100 * MB, 4 * GB, 24 * GB, false)).toEqual({ kind: 'fits' });
  });

  it('asks for room for what it measured: 101,476 articles from 144 MB of JSONL held 1.3 GB of heap', () => {
    const plan = heapPlan(144 * MB, 1 * GB, 24 * GB, false);
    expect(plan.kind).toBe('raise');
    expect(plan.kind === 'raise' && plan.limitMb).toBeGreaterThanOrEqual(1300);
    expect(HEAP_PER_INPUT_BYTE * 144).toBeLessThan(2 * 1300);
  });

  it('asks for no more than three quarters of the machine, and says when that is short', () => {
    expect(heapPlan(1 * GB, 4 * GB, 8 * GB, false)).toEqual({ kind: 'raise', limitMb: 6144, neededMb: 12288, short: true });
    expect(heapMessage({ kind: 'raise', limitMb: 6144, neededMb: 12288, short: true }, 1 * GB)).toContain('it may run out');
    // A machine whose three quarters are no more than node's limit already: nothing to gain by starting again.
    expect(heapPlan(1 * GB, 4 * GB, 4 * GB, false)).toEqual({ kind: 'fits' });
  });

  it('never overrules a limit the user set, and says when it looks too small', () => {
    expect(heapPlan(1 * GB, 4 * GB, 24 * GB, true)).toEqual({ kind: 'user-limit-short', limitMb: 4096, neededMb: 12288 });
    expect(userSetHeapLimit(['--max-old-space-size=8000'], undefined)).toBe(true);
    expect(userSetHeapLimit(['--max_old_space_size', '8000'], undefined)).toBe(true);
    expect(userSetHeapLimit(['--enable-source-maps'], '--no-warnings --max-old-space-size=4096')).toBe(true);
    expect(userSetHeapLimit(['--max-semi-space-size=64'], '--no-warnings')).toBe(false);
  });

  it('warns from the command when the input is larger than the heap node was given', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'heap-'));
    const file = join(dir, 'blank.jsonl');
    // 15 MB of empty lines: no article, so the command stops once it has read them, after weighing the file.
    writeFileSync(file, '\n'.repeat(15 * MB));
    const run = spawnSync(process.execPath, ['--max-old-space-size=100', '--import', 'tsx', 'src/cli/index.ts', file, '--format', 'jsonl'], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/15 MB of input is expected to need about 180 MB of heap, more than the \d+ MB node was given/u);
    expect(run.stderr).toContain('no articles to read');
    expect(run.status).toBe(2);
  });
});

describe('--close-stories', () => {
  it('writes every story of a dated input and the summary counts every article', async () => {
    const { spawnSync } = await import('node:child_process');
    const { seedArticles } = await import('./seeds.js');
    const dir = mkdtempSync(join(tmpdir(), 'close-'));
    const file = join(dir, 'crawl.jsonl');
    const at = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString();
    const flood = [
      { id: 'flood-en', text: 'Flash floods hit Garut regency in West Java on Tuesday night.\nAt least 27 houses were badly damaged, the disaster agency said.\nSome 315 residents fled to mosques and schools nearby.', publishedAt: at(0) },
      { id: 'flood-id', text: 'Banjir bandang melanda Kabupaten Garut, Jawa Barat, pada Selasa malam.\nSedikitnya 27 rumah rusak berat, kata badan penanggulangan bencana.\nSebanyak 315 warga mengungsi ke masjid dan sekolah terdekat.', publishedAt: at(0) },
    ];
    const seeds = seedArticles().map((a) => ({ ...a, publishedAt: at(40) }));
    writeFileSync(file, [...flood, ...seeds].map((a) => JSON.stringify(a)).join('\n'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', file, '--format', 'tsv', '--close-stories', '--jobs', '1'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const ids = new Set(run.stdout.trim().split('\n').slice(1).flatMap((row) => row.split('\t').slice(6, 8)));
    expect(ids.has('flood-en') && ids.has('flood-id') && ids.has('000') && ids.has('004')).toBe(true);
    expect(run.stderr).toMatch(/^storyalign: 7 articles, 4 story groups/mu);
  }, 60_000);

  it('does not weigh the input for the heap: it holds a few windows of news, not the input', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'heap-'));
    const file = join(dir, 'blank.jsonl');
    writeFileSync(file, '\n'.repeat(15 * 2 ** 20));
    const run = spawnSync(process.execPath, ['--max-old-space-size=100', '--import', 'tsx', 'src/cli/index.ts', file, '--format', 'jsonl', '--close-stories'], { encoding: 'utf8' });
    expect(run.stderr).not.toContain('of heap');
    expect(run.stderr).toContain('no articles to read');
  });
});
