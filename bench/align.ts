/**
 * `npm run bench:align`: strict and lax precision, recall and F1 of
 * alignSentences on Text+Berg (de-fr), ParIce (en-is) and perturbed NTREX news
 * pairs (and, apart, on held-out NTREX language pairs no setting was chosen on),
 * with Gale and Church's aligner as published measured in the same run as the
 * baseline; then time and peak memory on the Bible (en-zh), each size in
 * a process of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { alignSentences, learnTranslationModel, type TranslationModel } from '../src/index.js';
import { score, type Bead, type Scores } from './alignment-metric.js';
import { readFolder, type AlignDoc } from './align-data.js';
import { galeChurch } from './gale-church.js';
import { loadDictionary } from '../src/cli/read-dictionary.js';
import { HELD_OUT_PAIRS, NTREX_PAIRS, SEED, ntrexPairs } from './ntrex-pairs.js';

const ours = (d: AlignDoc, model?: TranslationModel): Bead[] =>
  alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang, ...(model && { model }) }).map((b) => [b.source, b.target]);

/** Learn one translation model per language pair from all of the set's documents (no gold used), then align each. */
function withCorpusModel(docs: AlignDoc[]): { gold: Bead[]; test: Bead[] }[] {
  const byPair = new Map<string, AlignDoc[]>();
  const pairOf = (d: AlignDoc) => `${d.sourceLang}-${d.targetLang}`;
  for (const d of docs) byPair.set(pairOf(d), [...(byPair.get(pairOf(d)) ?? []), d]);
  const models = new Map([...byPair].map(([pair, group]) => [pair, learnTranslationModel(group)]));
  // Results in the order of `docs`, so they can be split by language pair afterwards.
  return docs.map((d) => ({ gold: d.gold, test: ours(d, models.get(pairOf(d))) }));
}
const fmt = (s: Scores) => `${s.strict.p.toFixed(3)} | ${s.strict.r.toFixed(3)} | **${s.strict.f1.toFixed(3)}** | ${s.lax.p.toFixed(3)} | ${s.lax.r.toFixed(3)} | ${s.lax.f1.toFixed(3)}`;

const sets: [string, AlignDoc[], string][] = [
  ['Text+Berg de-fr test (7 docs)', readFolder('textberg-de-fr/test', 'de', 'fr', 'deu', 'fra'), '>= 0.80'],
  ['ParIce en-is test (10 docs)', readFolder('parice-en-is/test', 'en', 'is', 'eng', 'isl'), '>= 0.88'],
  [`NTREX news pairs (${NTREX_PAIRS.length} language pairs x 123 stories, perturbed, seed ${SEED})`, ntrexPairs(), '>= 0.93'],
];

const perLanguagePair: [string, AlignDoc[], { gold: Bead[]; test: Bead[] }[]][] = [];
console.log('| set | aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 | target (strict F1) | seconds |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---|---:|');
for (const [name, docs, target] of sets) {
  const runs: [string, () => { gold: Bead[]; test: Bead[] }[]][] = [
    ['Gale-Church', () => docs.map((d) => ({ gold: d.gold, test: galeChurch(d.source, d.target) }))],
    ['storyalign, each document alone', () => docs.map((d) => ({ gold: d.gold, test: ours(d) }))],
    ['storyalign, model learned from the set', () => withCorpusModel(docs)],
  ];
  for (const [label, fn] of runs) {
    const start = performance.now();
    const pairs = fn();
    const result = score(pairs);
    if (docs.length > 200) perLanguagePair.push([label, docs, pairs]);
    console.log(`| ${name} | ${label} | ${fmt(result)} | ${label.startsWith('storyalign') ? target : ''} | ${((performance.now() - start) / 1000).toFixed(1)} |`);
  }
}

// NTREX by language pair (documents and results are in the same order).
const languagePairs = [...new Set(perLanguagePair[0]?.[1].map((d) => `${d.sourceLang}-${d.targetLang}`))];
console.log(`\nNTREX strict F1 by language pair:\n\n| aligner | ${languagePairs.join(' | ')} |\n|---|${languagePairs.map(() => '---:').join('|')}|`);
for (const [label, docs, pairs] of perLanguagePair) {
  const cells = languagePairs.map((lp) => score(pairs.filter((_, k) => `${docs[k]!.sourceLang}-${docs[k]!.targetLang}` === lp)).strict.f1.toFixed(3));
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}

// A bilingual dictionary, as hunalign and LF Aligner take one: FreeDict's, from Debian's packages (never downloaded here).
const DICTIONARIES: [string, string][] = [
  ['Text+Berg de-fr test (7 docs)', '/usr/share/dictd/freedict-deu-fra.index'],
  ['ParIce en-is test (10 docs)', '/usr/share/dictd/freedict-isl-eng.index'],
];
console.log('\nWith a FreeDict dictionary (`dictionary` option; `--dictionary` on the command line), same documents, same metric:\n');
console.log('| set | dictionary | aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 | seconds |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, path] of DICTIONARIES) {
  const docs = sets.find(([n]) => n === name)![1];
  if (!existsSync(path)) {
    console.log(`| ${name} | ${basename(path)} not installed (apt-get install ${basename(path, '.index').replace('freedict-', 'dict-freedict-')}) | | | | | | | | |`);
    continue;
  }
  const start = performance.now();
  const dictionary = loadDictionary(path);
  const loaded = (performance.now() - start) / 1000;
  const learned = learnTranslationModel(docs);
  for (const [label, model] of [['each document alone', undefined], ['model learned from the set', learned]] as const) {
    const t0 = performance.now();
    const pairs = docs.map((d) => ({ gold: d.gold, test: alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang, dictionary, ...(model && { model }) }).map((b) => [b.source, b.target] as Bead) }));
    console.log(`| ${name} | ${basename(path)} (${dictionary.pairs.length.toLocaleString('en')} pairs, read in ${loaded.toFixed(1)} s) | storyalign, ${label} | ${fmt(score(pairs))} | ${((performance.now() - t0) / 1000).toFixed(1)} |`);
  }
}

// Held-out pairs: never used to choose a setting.
const heldOut = ntrexPairs(HELD_OUT_PAIRS);
const heldOutPairs = HELD_OUT_PAIRS.map(([a, b]) => `${a}-${b}`);
console.log(`\nNTREX held-out language pairs (no setting was chosen on them), strict F1, each document alone:\n\n| aligner | ${heldOutPairs.join(' | ')} |\n|---|${heldOutPairs.map(() => '---:').join('|')}|`);
for (const [label, align] of [['Gale-Church', (d: AlignDoc) => galeChurch(d.source, d.target)], ['storyalign, each document alone', (d: AlignDoc) => ours(d)]] as const) {
  const cells = heldOutPairs.map((lp) => score(heldOut.filter((d) => `${d.sourceLang}-${d.targetLang}` === lp).map((d) => ({ gold: d.gold, test: align(d) }))).strict.f1.toFixed(3));
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}

// What a bead's score says: the share of non-null beads that are exactly right, by score band.
const BANDS = [0.3, 0.5, 0.7, 0.9, Infinity];
console.log('\nNon-null beads by score (each document alone): how many, and the share exactly in the gold:\n');
console.log(`| set | ${BANDS.map((b, k) => (k === 0 ? `< ${b}` : b === Infinity ? `>= ${BANDS[k - 1]}` : `${BANDS[k - 1]}-${b}`)).join(' | ')} |\n|---|${BANDS.map(() => '---:').join('|')}|`);
for (const [name, docs] of sets) {
  const counts = BANDS.map(() => [0, 0]);
  for (const d of docs) {
    const gold = new Set(d.gold.map((b) => JSON.stringify(b)));
    for (const b of alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang })) {
      if (b.source.length === 0 || b.target.length === 0) continue;
      const c = counts[BANDS.findIndex((edge) => b.score < edge)]!;
      c[0]!++;
      if (gold.has(JSON.stringify([b.source, b.target]))) c[1]!++;
    }
  }
  console.log(`| ${name} | ${counts.map(([n, right]) => `${n} (${(right! / Math.max(1, n!)).toFixed(2)})`).join(' | ')} |`);
}

console.log('\nBible en-zh, one long document (storyalign, each size in its own process):\n');
console.log('| size | seconds | peak memory (MB) | strict F1 | lax F1 |\n|---|---:|---:|---:|---:|');
for (const id of ['001', '006']) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bible-run.ts'), id], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(out.trim().split('\n').pop()!);
  console.log(`| ${r.en.toLocaleString('en')} x ${r.zh.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${Math.round(r.peakMB)} | ${r.strict.toFixed(3)} | ${r.lax.toFixed(3)} |`);
}
