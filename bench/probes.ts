/**
 * `npm run bench:probes`: hostile and messy input through every public door,
 * with the time each takes, then the cases a crawl and an attacker bring
 * (empty pages in a batch, shared home-page URLs, encodings, language codes,
 * input order, boilerplate look-alikes, terminal escapes, line separators,
 * unchecked doors, unreadable files), each with what it must give and what
 * it gave. Every text path must stay within 1 s per 100,000 characters
 * (short texts: 1 s), every probe must end in a result or a StoryalignError,
 * never a crash or a hang. The command's probes run the built CLI (dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as storyalign from '../src/index.js';
import {
  alignSentences, buildCorpus, canonicalUrl, checkCoverage, detectLanguage, extractEntities, groupStories,
  isStoryalignError, parseArticle, readDictionary, splitSentences, toJsonl, toMoses, toTmx, toTsv,
} from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Shape { name: string; text: string }

const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
const shapes: Shape[] = [
  { name: 'empty text', text: '' },
  { name: 'whitespace only', text: ' \t\n\r\n   ' },
  { name: 'control characters and NUL', text: 'Abc\u0000def\u0001\u0007 ghi.\u001b[31m Red.\u0000' },
  { name: 'lone UTF-16 surrogates', text: 'Astana \ud800 tiba \udc00 di Kazakhstan.\ud83d' },
  { name: 'right-to-left and invisible marks', text: '\u202eKazakhstan\u202c \u200fتعليق\u200e \ufeffSCO\u2066 2024\u2069. \u200b\u200c\u200d' },
  { name: 'mixed scripts', text: 'Xi Jinping 习近平 شي جين بينغ Тập Cận Bình Си Цзиньпин ประเทศไทย 2024. Astana.' },
  { name: '5 MB text on one line', text: words(550_000, 'Presiden tiba di Astana pada 2 Juli.').slice(0, 5_000_000) },
  { name: '100,000 dots', text: '.'.repeat(100_000) },
  { name: '1,000,000 spaces', text: ' '.repeat(1_000_000) + 'Akhir.' },
  { name: '1,000,000 newlines', text: '\n'.repeat(1_000_000) + 'Akhir.' },
  { name: '50,000 nested brackets', text: '('.repeat(25_000) + '[iklan]' + ')'.repeat(25_000) + ' ' + '['.repeat(50_000) },
  { name: '100,000-character URL', text: `Sumber: https://example.com/${'a'.repeat(100_000)}\nLain https://x.id/${'%'.repeat(100_000)}` },
  { name: 'capitalised words, no sentence end', text: words(100_000, 'Kazakhstan Astana Tokayev') },
  { name: 'digits and separators', text: `${'1.'.repeat(100_000)} ${'2/'.repeat(100_000)} ${'3-'.repeat(50_000)}` },
  { name: 'one 200,000-letter word', text: 'a'.repeat(200_000) },
  { name: 'many short lines', text: Array.from({ length: 50_000 }, (_, i) => `Baris ${i}`).join('\n') },
  { name: 'emails and at-signs', text: `${'x@'.repeat(100_000)} ${'a'.repeat(50_000)}@${'b'.repeat(50_000)}` },
  { name: 'Chinese names, no punctuation, 40k', text: '中国国家主席习近平'.repeat(4_445) },
  { name: 'Chinese names, no punctuation, 150k', text: '中国国家主席习近平'.repeat(16_667) },
  { name: 'Thai without spaces, 100k', text: 'ประเทศไทยและกัมพูชาตกลงร่วมมือ'.repeat(3_334) },
  { name: 'aб中, 1 MB, no sentence end', text: 'aб中'.repeat(333_334) },
  { name: 'aб中 with full stops, 1 MB', text: 'aб中. '.repeat(200_000) },
  { name: 'emoji where a long run is cut', text: `x. ${'a'.repeat(7_997)}😀${'a'.repeat(11_997)}😀${'b'.repeat(30_000)}` },
  { name: 'abbreviations, 300k', text: 'Dr. X '.repeat(50_000) },
];

/** A door's outcome on one text: ok, or the error code; and the time. */
function run(fn: () => unknown): { cell: string; ms: number; crashed: boolean } {
  const start = performance.now();
  let outcome: string;
  let crashed = false;
  try {
    fn();
    outcome = 'ok';
  } catch (e) {
    outcome = isStoryalignError(e) ? `error ${e.code}` : `CRASH ${(e as Error).name}`;
    crashed = !isStoryalignError(e);
  }
  const ms = performance.now() - start;
  return { cell: `${outcome} ${ms.toFixed(0)} ms`, ms, crashed };
}

const story = 'Presiden tiba di Astana pada 2 Juli 2024 untuk menghadiri KTT SCO.';
const doors: [string, (text: string) => unknown][] = [
  ['detectLanguage', (t) => detectLanguage(t)],
  ['parseArticle', (t) => parseArticle({ id: 'p', text: t })],
  ['splitSentences', (t) => splitSentences(t)],
  ['extractEntities', (t) => extractEntities(t)],
  ['groupStories', (t) => groupStories([{ id: 'p', text: t }, { id: 'q', text: story }])],
  ['checkCoverage', (t) => checkCoverage({ id: 'p', text: t }, { id: 'q', text: story })],
  ['buildCorpus (+TMX)', (t) => toTmx(buildCorpus([{ id: 'p', text: t }, { id: 'q', text: `${t.slice(0, 1000)} Astana 2024.` }]))],
  // The text as a dictionary file and as an index pointing at all of it: entries of any shape.
  ['readDictionary', (t) => readDictionary(`head\tA\t${base64Number(new TextEncoder().encode(t).length)}`, t, { sourceLang: 'deu', targetLang: 'fra' })],
];

function base64Number(n: number): string {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return n < 64 ? digits[n]! : base64Number(Math.floor(n / 64)) + digits[n % 64]!;
}
// Each door once first: what is built on first use (the gazetteer, the trigram tables) is not a text's cost.
for (const [, door] of doors) door(story);

/** Time allowed for a text: 1 s per 100,000 characters, and 1 s for any shorter text. */
const allowedMs = (chars: number) => Math.max(1000, (chars / 100_000) * 1000);

let failures = 0;
let worstRate = 0;
console.log(`| shape | chars | ${doors.map(([n]) => n).join(' | ')} | within 1 s / 100k chars |`);
console.log(`|---|---:|${doors.map(() => '---|').join('')}---|`);
for (const s of shapes) {
  const results = doors.map(([, door]) => run(() => door(s.text)));
  const slowest = Math.max(...results.map((r) => r.ms));
  if (s.text.length >= 10_000) worstRate = Math.max(worstRate, (slowest / s.text.length) * 100_000);
  const pass = slowest <= allowedMs(s.text.length) && !results.some((r) => r.crashed);
  if (!pass) failures++;
  console.log(`| ${s.name} | ${s.text.length} | ${results.map((r) => r.cell).join(' | ')} | ${pass ? 'yes' : '**NO**'} |`);
}
console.log(`\nSlowest door on texts of 10,000 characters or more: ${worstRate.toFixed(0)} ms per 100,000 characters (limit 1000).`);

// The cases of a crawl and an attacker, each with what it must give.
interface Case { name: string; expected: string; got: () => string }

const cli = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
const dir = mkdtempSync(join(tmpdir(), 'storyalign-probes-'));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const stories = [
  'Gempa bumi mengguncang Lombok pada Senin malam, menewaskan 12 orang di Desa Sembalun.',
  'Tim nasional Indonesia mengalahkan Vietnam 2-1 di Stadion Gelora Bung Karno pada Kamis.',
  'Harga cabai di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram pekan ini.',
];
const seeds = () => readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
const groupsOf = (articles: storyalign.ArticleInput[]) => JSON.stringify(groupStories(articles).map((g) => g.articleIds));
const lonelySurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

const cases: Case[] = [
  {
    name: 'one empty page in a batch of the seeds',
    expected: 'set aside ["empty"], lang und, alignments as alone',
    got: () => {
      const alone = buildCorpus(seeds());
      const c = buildCorpus([{ id: 'empty', text: ' . . . ' }, ...seeds()]);
      const same = JSON.stringify(c.alignments) === JSON.stringify(alone.alignments);
      return `set aside ${JSON.stringify(c.setAside.map((a) => a.id))}, lang ${c.articles[0]!.lang}, alignments ${same ? 'as alone' : 'changed'}`;
    },
  },
  {
    name: 'a wrong type names every bad field',
    expected: 'articles[0].id and articles[0].text',
    got: () => errorText(() => buildCorpus([{ id: 1, text: 5 } as never])),
  },
  {
    name: 'three stories citing one home page (three spellings)',
    expected: '[["s0"],["s1"],["s2"]]',
    got: () => groupsOf(stories.map((t, i) => ({ id: `s${i}`, text: `${t}\n\nSumber: ${['https://www.antaranews.com/', 'https://antaranews.com', 'http://m.antaranews.com/'][i]}` }))),
  },
  {
    name: 'two stories with a line holding only https://www.who.int/',
    expected: '[["w0"],["w1"]]',
    got: () => groupsOf(stories.slice(0, 2).map((t, i) => ({ id: `w${i}`, text: `${t}\n\nhttps://www.who.int/` }))),
  },
  {
    name: 'read.php?s=101 vs ?s=202; a port',
    expected: 'different; https://x.com:8080/a-b-c',
    got: () => `${canonicalUrl('https://x.com/read.php?s=101') === canonicalUrl('https://x.com/read.php?s=202') ? 'equal' : 'different'}; ${canonicalUrl('https://x.com:8080/a-b-c')}`,
  },
  {
    name: 'one article URL cited in 2001 and in 2024',
    expected: '[["d0"],["d1"]]',
    got: () => groupsOf(stories.slice(0, 2).map((t, i) => ({ id: `d${i}`, text: `${t}\n\nSumber: https://antaranews.com/berita/4181539/gempa`, publishedAt: ['2001-07-01', '2024-07-01'][i]! }))),
  },
  {
    name: 'splitSentences on an emoji at every place around the cuts of a long run (8,000 and 20,000 characters in)',
    expected: 'no character cut',
    got: () => {
      const places = [...Array(40).keys()].flatMap((k) => [7_980 + k, 19_980 + k]);
      const cut = places.some((at) => splitSentences(`x. ${'a'.repeat(at - 3)}😀👍🏽${'b'.repeat(30_000)}`).some((s) => lonelySurrogate.test(s.text) || /^[\u{1f3fb}-\u{1f3ff}]/u.test(s.text)));
      return cut ? 'a character cut' : 'no character cut';
    },
  },
  {
    name: 'boilerplate look-alikes kept as text',
    expected: '0 dropped',
    got: () => `${['Quelle surprise!', 'Source code', 'Sumber Waras.', 'Joko Widodo (2014)', 'Piala Dunia (2022)', '[Cập nhật lúc 10:30]']
      .reduce((n, line) => n + parseArticle({ id: 'x', text: `${line}\n\nPresiden tiba.` }).dropped.length, 0)} dropped`,
  },
  {
    name: 'lang en, en-US, en_GB, in, msa, zh-Hant-TW',
    expected: 'eng eng eng ind zsm cmn',
    got: () => buildCorpus(['en', 'en-US', 'en_GB', 'in', 'msa', 'zh-Hant-TW'].map((lang, i) => ({ id: `l${i}`, lang, text: story }))).articles.map((a) => a.lang).join(' '),
  },
  {
    name: 'lang xx; only ["xx"]',
    expected: 'INVALID_INPUT articles[0].lang; INVALID_INPUT options.only[0]',
    got: () => `${errorCode(() => buildCorpus([{ id: 'a', lang: 'xx', text: story }]))}; ${errorCode(() => buildCorpus([{ id: 'a', text: story }], { only: ['xx'] }))}`,
  },
  {
    name: 'the seeds shuffled',
    expected: 'the same pairs, the same directions',
    got: () => {
      const key = (list: storyalign.ArticleInput[]) => buildCorpus(list).alignments.map((al) => `${al.source}>${al.target}`).sort().join(' ');
      const s = seeds();
      return key([s[4]!, s[2]!, s[0]!, s[3]!, s[1]!]) === key(s) ? 'the same pairs, the same directions' : 'changed';
    },
  },
  {
    name: 'ids and texts with every line separator, in TSV, Moses and JSONL',
    expected: 'one line a row in each',
    got: () => {
      const seps = '\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029\t';
      const c = buildCorpus([...seeds()].map((a) => ({ ...a, id: `${a.id}${seps}=x` })));
      const lines = (s: string) => s.split(/\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/u).length - 1;
      const rows = c.alignments.reduce((n, al) => n + al.pairs.length, 0);
      // JSONL writes translation pairs only unless comparable ones are asked for; with them it has a row per pair.
      const ok = lines(toTsv(c)) === rows + 1 && lines(toJsonl(c, { comparable: true })) === rows && toMoses(c).every((f) => lines(f.source) === f.lines && lines(f.target) === f.lines);
      return ok ? 'one line a row in each' : 'rows split';
    },
  },
  {
    name: 'TSV cells starting with =, +, -, @',
    expected: 'each starts with an apostrophe',
    got: () => {
      const c = buildCorpus(seeds().map((a) => ({ ...a, id: `=${a.id}` })));
      const cells = toTsv(c).split('\n').slice(1, -1).map((r) => r.split('\t')[6]!);
      return cells.every((x) => x.startsWith("'=")) ? 'each starts with an apostrophe' : 'formula cells';
    },
  },
  {
    name: 'every public function given undefined, null, {}, 5',
    expected: '0 raw errors',
    got: () => {
      let raw = 0;
      for (const [name, fn] of Object.entries(storyalign)) {
        if (typeof fn !== 'function' || name === 'StoryalignError' || name === 'isStoryalignError') continue;
        for (const bad of [undefined, null, {}, 5]) {
          try {
            const out = (fn as (x: unknown) => unknown)(bad);
            // A promise or a generator that was given a bad argument and did not throw at the call counts as unchecked too.
            if (out && (typeof (out as Promise<unknown>).then === 'function' || typeof (out as Iterator<unknown>).next === 'function')) raw++;
          } catch (e) {
            if (!isStoryalignError(e)) raw++;
          }
        }
      }
      return `${raw} raw errors`;
    },
  },
];

const cliCases: Case[] = existsSync(CLI) ? [
  {
    name: 'command: a hostile id and text on a terminal',
    expected: 'no escape character printed',
    got: () => {
      const input = file('evil.jsonl', `${JSON.stringify({ id: 'e\u001b]0;pwned\u0007\u001b[2J', text: `${story}\u001b[31m \u009b2J` })}\n`);
      const r = cli([input, '--format', 'text']);
      return /[\u001b\u009b\u0007]/u.test(r.stdout + r.stderr) ? 'escape printed' : 'no escape character printed';
    },
  },
  {
    name: 'command: UTF-16 .txt; Latin-1 .txt; JSONL with a BOM',
    expected: 'ind; exit 2 naming the byte; exit 0',
    got: () => {
      const utf16 = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${story}\n\nIa bertemu Presiden Tokayev.`, 'utf16le')]));
      const latin1 = file('fr.txt', Buffer.from('Le président est arrivé à Astana.', 'latin1'));
      const bom = file('bom.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${JSON.stringify({ id: 'b', text: story })}\n`)]));
      const lang = JSON.parse(cli([utf16, '-q']).stdout).articles[0].lang;
      const l1 = cli([latin1, '-q']);
      return `${lang}; exit ${l1.status}${/near byte \d+/u.test(l1.stderr) ? ' naming the byte' : ''}; exit ${cli([bom, '-q']).status}`;
    },
  },
  {
    name: 'command: --skip-invalid on an empty text, a repeated id, a bad line',
    expected: '3 skipped, naming file and line; 1 article',
    got: () => {
      const input = file('mixed.jsonl', [JSON.stringify({ id: 'a', text: story }), JSON.stringify({ id: 'b', text: ' ... ' }), JSON.stringify({ id: 'a', text: story }), 'not json'].join('\n'));
      const r = cli([input, '--skip-invalid', '--format', 'json']);
      const skipped = r.stderr.split('\n').filter((l) => /skipped .*mixed\.jsonl:\d+:/u.test(l)).length;
      return `${skipped} skipped, naming file and line; ${JSON.parse(r.stdout).articles.length} article`;
    },
  },
  {
    name: 'command: --out over a good file, input failing half way',
    expected: 'exit 2, the file as it was',
    got: () => {
      const out = file('out.json', '{"good": true}\n');
      const input = file('half.jsonl', `${JSON.stringify({ id: 'a', text: story })}\nnot json\n`);
      const r = cli([input, '--out', out, '-q']);
      return `exit ${r.status}, ${readFileSync(out, 'utf8') === '{"good": true}\n' ? 'the file as it was' : 'the file changed'}`;
    },
  },
  {
    name: 'command: a broken link; a folder named x.jsonl',
    expected: 'exit 2, exit 2, no stack trace',
    got: () => {
      symlinkSync(join(dir, 'nowhere'), join(dir, 'broken.txt'));
      mkdirSync(join(dir, 'sub', 'x.jsonl'), { recursive: true });
      const a = cli([join(dir, 'broken.txt'), '-q']);
      const b = cli([join(dir, 'sub'), '-q']);
      return `exit ${a.status}, exit ${b.status}, ${/\n\s+at /u.test(a.stderr + b.stderr) ? 'a stack trace' : 'no stack trace'}`;
    },
  },
  {
    name: 'command: --out=, --min-score "", -- before a file',
    expected: 'exit 2, exit 2, exit 0',
    got: () => {
      const input = file('one.jsonl', `${JSON.stringify({ id: 'a', text: story })}\n`);
      return `exit ${cli([input, '--out=', '-q']).status}, exit ${cli([input, '--min-score', '', '-q']).status}, exit ${cli(['-q', '--', input]).status}`;
    },
  },
] : [];

function errorCode(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return isStoryalignError(e) ? `${e.code} ${e.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('')}` : `CRASH ${(e as Error).message}`;
  }
}

function errorText(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return isStoryalignError(e) ? e.message.split('; ').map((m) => m.split(':')[0]).join(' and ') : `CRASH ${(e as Error).message}`;
  }
}

console.log('\n| case | expected | got | pass | ms |');
console.log('|---|---|---|---|---:|');
for (const c of [...cases, ...cliCases]) {
  const start = performance.now();
  let got: string;
  try {
    got = c.got();
  } catch (e) {
    got = `CRASH ${(e as Error).message}`;
  }
  const pass = got === c.expected;
  if (!pass) failures++;
  console.log(`| ${c.name} | ${c.expected} | ${got} | ${pass ? 'yes' : '**NO**'} | ${(performance.now() - start).toFixed(0)} |`);
}
if (!existsSync(CLI)) console.log('\n(The command\'s cases need dist/cli.js: run npm run build first.)');

const many = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed} nomor ${i} di Astana pada ${i % 28 + 1} Juli.`);
for (const n of [10_000, 100_000]) {
  const t = run(() => alignSentences(many(n, 'Kalimat'), many(n, 'Câu'), { sourceLang: 'ind', targetLang: 'vie' }));
  console.log(`\nalignSentences on two ${n.toLocaleString('en')}-sentence documents: ${t.cell}; peak resident memory of the process so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
const articles = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, text: `Presiden ${i % 50} tiba di Astana. Kazakhstan ${i}.` }));
console.log(`groupStories on 2,000 small articles: ${run(() => groupStories(articles)).cell}`);
console.log(`\n${failures === 0 ? 'Every probe passes.' : `${failures} probes fail.`}`);
process.exitCode = failures === 0 ? 0 : 1;
