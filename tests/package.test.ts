/**
 * The built package, imported the way a user imports it: by name, through the
 * `exports` map, from ESM and from CommonJS, and the `storyalign` command.
 * `npm test` builds first, so dist/ is fresh.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function node(args: string[], input?: string) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
}

describe('the built package', () => {
  it('imports by name from ESM', () => {
    const script = `import { buildCorpus, detectLanguage, toTmx } from 'storyalign';
      import { readFileSync, readdirSync } from 'node:fs';
      const arts = readdirSync('seeds').sort().map((f) => ({ id: f.slice(0, 3), text: readFileSync('seeds/' + f, 'utf8') }));
      const c = buildCorpus(arts);
      // Burmese text goes through myanmar-tools, whose deprecated Buffer() call warns unless it is loaded from node_modules.
      buildCorpus([{ id: 'my', text: 'မြန်မာနိုင်ငံ၏ မြို့တော်မှာ နေပြည်တော် ဖြစ်သည်။ လူဦးရေ ၁၂၀၀၀၀၀ ရှိသည်။' }]);
      console.log(JSON.stringify({ langs: c.articles.map((a) => a.lang), groups: c.groups.map((g) => g.articleIds), d: detectLanguage('Pemerintah mengatakan bahwa harga beras akan turun bulan depan karena panen yang baik.').lang, tmx: toTmx(c).startsWith('<?xml') }));`;
    const r = node(['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      langs: ['ind', 'vie', 'ind', 'arb', 'eng'],
      groups: [['000', '001', '004'], ['002'], ['003']],
      d: 'ind',
      tmx: true,
    });
  });

  it('requires by name from CommonJS', () => {
    const script = `const { alignSentences, StoryalignError, isStoryalignError } = require('storyalign');
      let code; try { alignSentences('x', []); } catch (e) { code = isStoryalignError(e) && e instanceof StoryalignError && e.code; }
      console.log(JSON.stringify({ beads: alignSentences(['Astana 2024.'], ['Astana 2024.']).length, code }));`;
    const r = node(['--input-type=commonjs', '-e', script]);
    expect(JSON.parse(r.stdout)).toEqual({ beads: 1, code: 'INVALID_INPUT' });
  });

  it('tells its errors from either build, whichever copy checks (by brand and code, not by class)', async () => {
    const esm = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
    const cjs = require(join(ROOT, 'dist', 'index.cjs'));
    expect(esm.StoryalignError).not.toBe(cjs.StoryalignError);
    const fromCjs = (() => { try { cjs.splitSentences(5); } catch (e) { return e; } })();
    const fromEsm = (() => { try { esm.splitSentences(5); } catch (e) { return e; } })();
    expect([esm.isStoryalignError(fromCjs), cjs.isStoryalignError(fromEsm), esm.isStoryalignError(fromEsm)]).toEqual([true, true, true]);
    // Something that only looks like one is not one.
    expect(esm.isStoryalignError(Object.assign(new Error('x'), { name: 'StoryalignError', code: 'INVALID_INPUT' }))).toBe(false);
    expect(esm.isStoryalignError({ [Symbol.for('storyalign.error')]: true, code: 'SOMETHING_ELSE' })).toBe(false);
  });

  it('builds the same corpus and groups in worker threads from CommonJS as on one thread', () => {
    const script = `const { buildCorpus, groupStories } = require('storyalign');
      const { readFileSync, readdirSync } = require('node:fs');
      const arts = readdirSync('seeds').sort().map((f) => ({ id: f.slice(0, 3), text: readFileSync('seeds/' + f, 'utf8') }));
      buildCorpus(arts, { jobs: 2 }).then((c) => console.log(JSON.stringify(c) === JSON.stringify(buildCorpus(arts))))
        .then(() => groupStories(arts, { jobs: 2 })).then((g) => console.log(JSON.stringify(g) === JSON.stringify(groupStories(arts))));`;
    const r = node(['--input-type=commonjs', '-e', script]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['true', 'true']);
  });

  it('loads from node_modules only what package.json depends on (or takes as an optional peer), and names the licence of every package built in', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const { builtinModules } = require('node:module') as typeof import('node:module');
    const loaded = new Set<string>();
    for (const file of readdirSync(join(ROOT, 'dist')).filter((f) => /\.c?js$/u.test(f))) {
      const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
      for (const m of code.matchAll(/(?:from |import\(|require\()\s*["']([^"'./][^"']*)["']/gu)) loaded.add(m[1]!.replace(/^node:/u, '').split('/')[0]!);
    }
    const outside = [...loaded].filter((name) => !builtinModules.includes(name));
    // bullmq, an optional peer, is loaded only for a queue (`queue`, `--redis`, `storyalign worker`).
    expect(outside.sort()).toEqual([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].sort());
    expect(Object.keys(pkg.peerDependencies).every((name) => pkg.peerDependenciesMeta[name].optional)).toBe(true);
    const licences = readFileSync(join(ROOT, 'dist', 'THIRD-PARTY-LICENSES.md'), 'utf8');
    for (const name of ['zod', 'franc', 'sentence-splitter', 'any-ascii', 'fastest-levenshtein', 'trigram-utils']) {
      expect(licences).toMatch(new RegExp(`^## ${name} \\d`, 'mu'));
    }
  });

  it('ships types for both module systems', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    expect(readFileSync(join(ROOT, 'dist', 'index.d.cts'), 'utf8')).toContain('declare function buildCorpus');
  });
});

describe('the storyalign command', () => {
  it('writes the same bytes with --jobs 1 and --jobs 2, and refuses a bad count', () => {
    const one = node([CLI, '--format', 'json', '--jobs', '1', '-q']);
    const two = node([CLI, '--format', 'json', '-j', '2', '-q']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // A larger heap for a large input: a V8 flag a worker refuses by name, so it inherits it.
    const bigHeap = node(['--max-old-space-size=3000', '--stack-size=2000', CLI, '--format', 'json', '-j', '2', '-q']);
    expect(bigHeap.stderr).toBe('');
    expect(bigHeap.stdout).toBe(one.stdout);
    const bad = node([CLI, '--jobs', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--jobs: expected a whole number from 1 to 256, got "0"');
  });

  it('runs on the bundled seeds with no input, data to stdout and a summary to stderr', () => {
    const r = node([CLI, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Story groups:');
    const first = JSON.parse(r.stdout.split('\n')[0]!);
    expect(Object.keys(first.translation)).toEqual(['id', 'vi']);
  });

  it('reads text files, folders and JSONL, and writes --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-'));
    const seeds = readdirSync(join(ROOT, 'seeds')).sort();
    const jsonl = join(dir, 'more.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ id: 'en', text: readFileSync(join(ROOT, 'seeds', seeds[4]!), 'utf8') })}\n`);
    const out = join(dir, 'out.tsv');
    const r = node([CLI, join(ROOT, 'seeds', seeds[0]!), join(ROOT, 'seeds', seeds[1]!), jsonl, '--format', 'tsv', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^source_lang\ttarget_lang/u);
  });

  it('writes each format as the library does, piece by piece (the output need not fit in one string)', () => {
    const script = `import { buildCorpus, toJsonl, toTsv, toTmx, toMoses } from 'storyalign';
      import { readFileSync, readdirSync } from 'node:fs';
      const arts = readdirSync('seeds').sort().map((f) => ({ id: f.slice(0, f.lastIndexOf('.')), text: readFileSync('seeds/' + f, 'utf8') }));
      const c = buildCorpus(arts);
      console.log(JSON.stringify({ jsonl: toJsonl(c, { minScore: 0.3 }), tsv: toTsv(c), tmx: toTmx(c), moses: toMoses(c), json: JSON.stringify(c, null, 2) + '\\n' }));`;
    const lib = JSON.parse(node(['--input-type=module', '-e', script]).stdout);
    expect(node([CLI, 'seeds', '--format', 'jsonl', '--min-score', '0.3', '-q']).stdout).toBe(lib.jsonl);
    expect(node([CLI, 'seeds', '--format', 'tsv', '-q']).stdout).toBe(lib.tsv);
    expect(node([CLI, 'seeds', '--format', 'json', '-q']).stdout).toBe(lib.json);
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-pieces-'));
    expect(node([CLI, 'seeds', '--format', 'tmx', '--out', join(dir, 'out.tmx'), '-q']).status).toBe(0);
    expect(readFileSync(join(dir, 'out.tmx'), 'utf8')).toBe(lib.tmx);
    expect(node([CLI, 'seeds', '--format', 'moses', '--out', join(dir, 'moses'), '-q']).status).toBe(0);
    for (const pair of lib.moses) {
      expect(readFileSync(join(dir, 'moses', pair.sourceFile), 'utf8')).toBe(pair.source);
      expect(readFileSync(join(dir, 'moses', pair.targetFile), 'utf8')).toBe(pair.target);
    }
    expect(lib.moses.length).toBeGreaterThan(0);
  });

  it('writes Moses files into a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-moses-'));
    const r = node([CLI, '--format', 'moses', '--out', dir]);
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toContain('corpus.vi-id.vi');
  });

  it('names a bad JSONL line and its number, or skips it with --skip-invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-bad-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', text: 'Xi Jinping tiba di Astana pada 2 Juli.' })}\n{"id": 5}\nnot json\n${JSON.stringify({ id: 'b', text: 'Xi Jinping arrived in Astana on 2 July.' })}\n`);
    const bad = node([CLI, file]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${file}:2: article.id: expected string, got number 5`);
    const skip = node([CLI, file, '--skip-invalid', '--format', 'jsonl']);
    expect(skip.status).toBe(0);
    expect(skip.stderr).toContain(`skipped ${file}:2`);
    expect(skip.stderr).toContain(`skipped ${file}:3`);
  });

  it('rejects unknown options and formats with exit status 2', () => {
    expect(node([CLI, '--nope']).status).toBe(2);
    const r = node([CLI, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format: expected one of');
  });

  it('forces an alignment mode and takes the grouping settings', () => {
    const forced = node([CLI, '--mode', 'translation', '--format', 'json']);
    expect(forced.status).toBe(0);
    const corpus = JSON.parse(forced.stdout) as { alignments: { mode: string; modeReason: string }[]; groups: unknown[] };
    expect(corpus.alignments.map((a) => a.mode)).toEqual(['translation', 'translation', 'translation']);
    expect(corpus.alignments[1]!.modeReason).toBe('chosen by the caller');
    // A key similarity no pair reaches: only the shared source URL still joins two seeds.
    const apart = JSON.parse(node([CLI, '--threshold', '1', '--format', 'json']).stdout) as { groups: { articleIds: string[] }[] };
    expect(apart.groups.map((g) => g.articleIds.length)).toEqual([2, 1, 1, 1]);
    for (const bad of [['--mode', 'fast'], ['--threshold', '2'], ['--same-language-threshold', 'x'], ['--window-days', '0']]) {
      const r = node([CLI, ...bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(bad[0]);
    }
  });

  it('prints help and version', () => {
    expect(execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' })).toContain('Usage: storyalign');
    expect(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe('the storyalign command, HTML and progress', () => {
  it('writes a self-contained HTML review', () => {
    const r = node([CLI, '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/u);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    const r = node([CLI, '--format', 'jsonl']);
    expect(r.stderr).not.toContain('[###');
  });

  it('says nothing on stderr with --quiet, and counts instead of listing a large input', () => {
    const quiet = node([CLI, '--format', 'jsonl', '--quiet']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-large-'));
    const file = join(dir, 'many.jsonl');
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({
      id: `a${i}`,
      text: i % 2 ? `Minister Rakoto${i} opened the Vahiny${i} bridge on Monday.\nIt cost ${1000 + i} million.` : `Menteri Rakoto${i - 1} membuka jembatan Vahiny${i - 1} pada hari Senin.\nBiayanya ${999 + i} juta.`,
    }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = node([CLI, file, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const summary = r.stderr.trim().split('\n');
    expect(summary.length).toBeLessThan(10);
    expect(r.stderr).toMatch(/^storyalign: 60 articles, \d+ story groups/u);
    expect(r.stderr).toContain('Languages: ');
    expect(r.stderr).toContain('--format text or json');
  });
});

describe('the storyalign command, file errors', () => {
  it('names an output path it cannot write, with exit status 2', () => {
    const r = node([CLI, '--format', 'tsv', '--out', '/nonexistent-folder/out.tsv']);
    expect(r.status).toBe(2);
    // Said before anything is read: the folder that is not there.
    expect(r.stderr).toContain('storyalign: INVALID_ARGUMENT: /nonexistent-folder: cannot write into the folder (ENOENT)');
  });

  it('leaves an existing --out file as it was when the run fails, and no temporary file beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-atomic-'));
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, 'the previous good output\n');
    // The bad line comes after more good ones than the command reads before it starts: the run fails once the output file is open.
    const good = [JSON.stringify({ id: 'a', text: 'Xi Jinping tiba di Astana pada 2 Juli.' }), JSON.stringify({ id: 'b', text: 'Xi Jinping arrived in Astana on 2 July.' })];
    for (let k = 0; k < 60; k++) good.push(JSON.stringify({ id: `n${k}`, text: `Notice ${k}: the library at branch ${k} closes at ${k + 10} o'clock.` }));
    writeFileSync(input, `${good.join('\n')}\n{"id": 5}\n`);
    const r = node([CLI, input, '--format', 'jsonl', '--out', out]);
    expect(r.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the previous good output\n');
    expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'out.jsonl']);
    const ok = node([CLI, input, '--format', 'jsonl', '--out', out, '--skip-invalid', '-q']);
    expect(ok.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"translation"');
    expect(readdirSync(dir).sort()).toEqual(['in.jsonl', 'out.jsonl']);
  });

  it('names an input it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyalign-unreadable-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'x');
    const r = node([CLI, file, join(dir, 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing.txt: cannot read: no such file or folder');
    // A broken link, and a folder whose name says JSONL: exit 2 with the path and why, never a stack trace.
    symlinkSync(join(dir, 'nowhere'), join(dir, 'broken.txt'));
    mkdirSync(join(dir, 'sub', 'x.jsonl'), { recursive: true });
    for (const [input, why] of [[join(dir, 'broken.txt'), 'broken.txt: cannot read: no such file or folder (or a broken link)'], [join(dir, 'sub'), 'x.jsonl: cannot read: EISDIR']]) {
      const bad = node([CLI, input!]);
      expect([bad.status, bad.stderr.includes(why!), bad.stderr.includes('    at ')]).toEqual([2, true, false]);
    }
  });
});

describe('the storyalign command, standard input and pipes', () => {
  const jsonl = [
    { id: 'vi', text: 'Ngày 2/7, Chủ tịch Tập Cận Bình tới Astana.\n\nSCO chỉ gồm 9 thành viên.' },
    { id: 'id', text: 'Pada tanggal 2 Juli, Presiden Xi Jinping tiba di Astana.\n\nSCO hanya beranggotakan sembilan negara.' },
  ].map((a) => JSON.stringify(a)).join('\n');

  it('reads JSONL piped in, with or without "-", and one text article otherwise', () => {
    for (const args of [['-q', '--format', 'json'], ['-', '-q', '--format', 'json']]) {
      const r = node([CLI, ...args], jsonl);
      expect([r.status, JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id)]).toEqual([0, ['vi', 'id']]);
    }
    const text = node([CLI, '-', '-q', '--format', 'json'], 'Presiden tiba di Astana pada 2 Juli 2024 untuk menghadiri KTT SCO.');
    expect(JSON.parse(text.stdout).articles.map((a: { id: string; lang: string }) => [a.id, a.lang])).toEqual([['stdin', 'ind']]);
    // An empty standard input (a program starting the command) runs the seeds, as a terminal does.
    expect(JSON.parse(node([CLI, '-q', '--format', 'json'], '').stdout).articles).toHaveLength(5);
  });

  it('ends quietly when the reader closes the pipe', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" seeds --format json -q | head -c 10`], { encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '{\n  "artic', '']);
  });

  it('says what is wrong with --out before reading anything, and takes --only', () => {
    const missing = node([CLI, 'seeds', '--out', join(tmpdir(), 'no-such-folder-storyalign', 'x.json')]);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('cannot write into the folder (ENOENT)')]);
    expect(node([CLI, 'seeds', '--out', tmpdir()]).stderr).toContain('it is a folder');
    const only = JSON.parse(node([CLI, 'seeds', '-q', '--format', 'json', '--only', 'ind,vie']).stdout);
    // Detection chooses among the languages given (the Arabic and English seeds are neither: und).
    expect(only.articles.map((a: { lang: string }) => a.lang).filter((l: string) => !['ind', 'vie', 'und'].includes(l))).toEqual([]);
    expect(only.articles.map((a: { lang: string }) => a.lang).slice(0, 2)).toEqual(['ind', 'vie']);
    expect(node([CLI, 'seeds', '--only', 'xx']).status).toBe(2);
    const help = node([CLI, '--help']).stdout;
    expect(help).toContain('Examples:');
    expect(help).toContain('Exit status: 0 done; 1 an unexpected failure');
  });
});

describe('the storyalign command, --min-score in every format', () => {
  it('leaves out pairs below it in JSON and text as in the row formats, and starts the review page there', () => {
    const all = JSON.parse(node([CLI, 'seeds', '-q', '--format', 'json']).stdout);
    const kept = JSON.parse(node([CLI, 'seeds', '-q', '--format', 'json', '--min-score', '0.99']).stdout);
    const scores = (c: { alignments: { pairs: { score: number }[] }[] }) => c.alignments.flatMap((al) => al.pairs.map((p) => p.score));
    expect(scores(kept)).toEqual(scores(all).filter((x: number) => x >= 0.99));
    expect(scores(kept).length).toBeLessThan(scores(all).length);
    const text = node([CLI, 'seeds', '-q', '--format', 'text', '--min-score', '0.99']).stdout;
    expect([...text.matchAll(/^\[(\d\.\d\d)\]/gmu)].every((m) => Number(m[1]) >= 0.99)).toBe(true);
    expect(node([CLI, 'seeds', '-q', '--format', 'html', '--min-score', '0.99']).stdout).toContain('value="0.99"');
  });
});

describe('the storyalign command, a Hugging Face dataset folder', () => {
  it('writes one JSONL file per language pair and a dataset card for an --out folder, comparable pairs only when included', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'storyalign-hf-')), 'dataset/');
    expect(node([CLI, 'seeds', '--format', 'jsonl', '--out', dir, '-q']).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'id-vi.jsonl']);
    expect(node([CLI, 'seeds', '--format', 'jsonl', '--out', dir, '--include', 'comparable', '-q']).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'comparable.en-id.jsonl', 'comparable.en-vi.jsonl', 'id-vi.jsonl']);
    const python = spawnSync('python3', ['-c', [
      'import json, sys, os',
      'd = sys.argv[1]',
      'out = {}',
      'for f in sorted(os.listdir(d)):',
      '    if f.endswith(".jsonl"):',
      '        rows = [json.loads(l) for l in open(os.path.join(d, f), encoding="utf-8")]',
      '        out[f] = sorted({"-".join(r["translation"].keys()) for r in rows})',
      'print(json.dumps(out))',
    ].join('\n'), dir], { encoding: 'utf8' });
    if (python.status === 0) {
      expect(JSON.parse(python.stdout)).toEqual({ 'comparable.en-id.jsonl': ['en-id'], 'comparable.en-vi.jsonl': ['en-vi'], 'id-vi.jsonl': ['id-vi'] });
    }
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('- config_name: id-vi\n  data_files: id-vi.jsonl');
    const only = node([CLI, 'seeds', '--format', 'jsonl', '--include', 'comparable', '--pairs', 'vi-en', '-q']).stdout.trimEnd().split('\n');
    expect(new Set(only.map((l) => Object.keys(JSON.parse(l).translation).join('-')))).toEqual(new Set(['en-vi']));
    expect(node([CLI, 'seeds', '--pairs', 'vietnamese']).status).toBe(2);
  });
});
