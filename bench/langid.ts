/**
 * `npm run bench:langid`: accuracy and speed of detectLanguage against the
 * language identifiers on npm (franc, eld, tinyld, lingua, cld3), all on the
 * same items in the same run: NTREX-128 at four levels (whole articles,
 * headlines, sentences of the ten languages other than Indonesian and Malay,
 * Indonesian-vs-Malay sentences), Leipzig and NusaX (informal text), and
 * held-out sentences of the Universal Declaration of Human Rights for every
 * default candidate, with a table per language; with LINGUA_DIR set, the
 * Leipzig sentences of 61 candidates from a checkout of lingua
 * (langid-lingua.ts), with a table per language; and paragraphs in another
 * language than their article (langid-paragraphs.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANGUAGES, detectLanguage } from '../src/index.js';
import { BENCH_DIR, NTREX_LANGS, articleLines, readLines, readStories } from './ntrex.js';
import { loadPeers, type Detector, type Peer } from './langid-peers.js';
import { udhrSentences, type Item } from './langid-udhr.js';
import { linguaSentences } from './langid-lingua.js';
import { paragraphLanguages } from './langid-paragraphs.js';

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
  ['NTREX articles (12 languages)', stories.map((s) => ({ text: articleLines(lines.get(s.lang as never)!, s).join('\n'), gold: s.lang })), 1],
  ['NTREX headlines (12 languages)', stories.map((s) => ({ text: s.headline, gold: s.lang })), 0.95],
  ['NTREX sentences, 10 non-Malay languages', NTREX_LANGS.filter((l) => l !== 'ind' && l !== 'zsm').flatMap((l) => lines.get(l)!.map((text) => ({ text, gold: l }))), 0.99],
  ['NTREX sentences, Indonesian vs Malay', (['ind', 'zsm'] as const).flatMap((l) => lines.get(l)!.map((text) => ({ text, gold: l }))), 0.93],
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

const udhr = await udhrSentences(DEFAULT_LANGUAGES, process.env.UDHR_HALF === 'dev' ? 'dev' : 'test');
sets.push([`UDHR sentences, ${process.env.UDHR_HALF === 'dev' ? 'development' : 'test'} half, every default candidate`, udhr.items, 0.985]);
// Leipzig sentences of 61 candidates from a checkout of lingua, when LINGUA_DIR points at one (see langid-lingua.ts).
const linguaHalf = process.env.LINGUA_HALF === 'dev' ? 'dev' : 'test';
const lingua = process.env.LINGUA_DIR ? linguaSentences(process.env.LINGUA_DIR, DEFAULT_LANGUAGES, linguaHalf) : [];
const linguaName = `Leipzig sentences from lingua's test data, ${linguaHalf === 'dev' ? 'development' : 'test'} half`;
if (lingua.length) sets.push([linguaName, lingua, 0.985]);

// `LANGID_PEERS=none` measures storyalign alone (a quicker run while working).
const { peers, missing } = process.env.LANGID_PEERS === 'none' ? { peers: [], missing: ['all peers (LANGID_PEERS=none)'] } : await loadPeers(DEFAULT_LANGUAGES);
const ours: Peer = { name: 'storyalign', detect: storyalign, knows: new Set(DEFAULT_LANGUAGES), setup: '' };
const all = [ours, ...peers];
const pct = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(3));
/** Accuracy on the items of the languages a peer knows: a peer is not faulted for a language it lacks (that accuracy is in the first figure). */
const onItsOwn = (items: Item[], p: Peer) => measure(items.filter((it) => p.knows.has(it.gold)), p.detect).accuracy;

console.log(`Language identification, ${DEFAULT_LANGUAGES.length} candidate languages (node ${process.version}, one core)\n`);
console.log(peers.map((p) => `- ${p.setup}: lacks ${DEFAULT_LANGUAGES.length - p.knows.size} of the candidates`).join('\n'));
if (missing.length) console.log(`- not loaded: ${missing.join(', ')}`);
console.log('\nAccuracy (on the languages each knows, in brackets where it lacks some of the set\'s):\n');
console.log(`| set | texts | target | ${all.map((p) => p.name).join(' | ')} |`);
console.log(`|---|---:|---:|${all.map(() => '---:').join('|')}|`);
const speed: string[] = [];
const notes: string[] = [];
for (const [name, items, target] of sets) {
  const cells = all.map((p) => {
    const m = measure(items, p.detect);
    if (p === ours) {
      const top = [...m.errors].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ');
      if (top) notes.push(`${name}: most frequent storyalign errors: ${top}`);
    }
    speed.push(`${name}\t${p.name}\t${Math.round(m.perSecond)}`);
    const lacks = items.some((it) => !p.knows.has(it.gold));
    return lacks ? `${pct(m.accuracy)} (${pct(onItsOwn(items, p))})` : pct(m.accuracy);
  });
  console.log(`| ${name} | ${items.length} | ${target ? `>= ${target}` : '-'} | ${cells.join(' | ')} |`);
}
console.log(`\nTexts per second (one core):\n\n| set | ${all.map((p) => p.name).join(' | ')} |\n|---|${all.map(() => '---:').join('|')}|`);
for (const [name] of sets) console.log(`| ${name} | ${all.map((p) => speed.find((l) => l.startsWith(`${name}\t${p.name}\t`))!.split('\t')[2]).join(' | ')} |`);
console.log(`\n${notes.join('\n')}`);

/** Each candidate on its own sentences of a set: storyalign and every peer (- where the peer lacks the language). */
function perLanguage(items: Item[], title: string): void {
  console.log(`\n${title}:\n`);
  console.log(`| language | sentences | ${all.map((p) => p.name).join(' | ')} | storyalign's errors |\n|---|---:|${all.map(() => '---:').join('|')}|---|`);
  const below: string[] = [];
  for (const lang of DEFAULT_LANGUAGES) {
    const mine = items.filter((it) => it.gold === lang);
    if (mine.length === 0) continue;
    let errors = '';
    const cells = all.map((p) => {
      if (!p.knows.has(lang)) return '-';
      const m = measure(mine, p.detect);
      if (p === ours) {
        errors = [...m.errors].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k.split('->')[1]} ${v}`).join(', ');
        if (m.accuracy < 0.985) below.push(`${lang} ${pct(m.accuracy)}`);
      }
      return pct(m.accuracy);
    });
    console.log(`| ${lang} | ${mine.length} | ${cells.join(' | ')} | ${errors} |`);
  }
  console.log(below.length ? `\nstoryalign below 0.985 on ${below.length} languages: ${below.join(', ')}` : '\nstoryalign at or above 0.985 on every language');
}
perLanguage(udhr.items, `UDHR sentences by language (${udhr.missing.length ? `no declaration for ${udhr.missing.join(', ')}; ` : ''}franc's trigram models were built from the UDHR, so franc and the trigram part of storyalign have seen this text; storyalign's word lists and letter rules were written from grammars and checked on the other half only)`);
if (lingua.length) {
  perLanguage(lingua, `${linguaName}, by language (lingua's models were built from other Leipzig sentences of the same languages, so lingua knows this kind of text; storyalign's word lists and spelling rules were checked on the other half)`);
}

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
paragraphLanguages();
