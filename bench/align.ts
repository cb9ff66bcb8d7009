/**
 * `npm run bench:align`: strict and lax precision, recall and F1 of
 * alignSentences on Text+Berg (de-fr), ParIce (en-is) and perturbed NTREX news
 * pairs (and, apart, on held-out NTREX language pairs no setting was chosen on),
 * with Gale and Church's aligner as published measured in the same run as the
 * baseline; then time and peak memory on the Bible (en-zh), each size with
 * the built package in a plain Node process of its own (bible-align.mjs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { alignSentences, learnTranslationModel, type TranslationModel } from '../src/index.js';
import { alignChecked } from '../src/align/align-sentences.js';
import { score, type Bead, type Scores } from './alignment-metric.js';
import { readFolder, type AlignDoc } from './align-data.js';
import { galeChurch } from './gale-church.js';
import { scoreBible } from './bible-score.js';
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

/** A table of strict F1 by language pair, each document alone, Gale-Church beside storyalign. */
function pairTable(title: string, docs: AlignDoc[], pairs: [string, string][]): void {
  const names = pairs.map(([a, b]) => `${a}-${b}`);
  console.log(`\n${title}, strict F1, each document alone:\n\n| aligner | ${names.join(' | ')} |\n|---|${names.map(() => '---:').join('|')}|`);
  for (const [label, align] of [['Gale-Church', (d: AlignDoc) => galeChurch(d.source, d.target)], ['storyalign, each document alone', (d: AlignDoc) => ours(d)]] as const) {
    const cells = names.map((lp) => score(docs.filter((d) => `${d.sourceLang}-${d.targetLang}` === lp).map((d) => ({ gold: d.gold, test: align(d) }))).strict.f1.toFixed(3));
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
}

// Held-out pairs: never used to choose a setting.
const heldOut = ntrexPairs(HELD_OUT_PAIRS);
pairTable('NTREX held-out language pairs (no setting was chosen on them)', heldOut, HELD_OUT_PAIRS);

// Burmese, the one NTREX language in no pair above: its pairs are printed apart, not held out (a
// release's reading of Burmese dates and Zawgyi letter-digits was checked on them).
const burmesePairs: [string, string][] = [['eng', 'mya'], ['mya', 'ind'], ['vie', 'mya'], ['mya', 'cmn']];
pairTable('NTREX pairs with Burmese (Zawgyi-encoded)', ntrexPairs(burmesePairs), burmesePairs);

// What a bead's score says: is it the probability that the bead is right? Reliability per band and the expected calibration
// error (ECE: the gap between score and share right, averaged over ten equal bins, weighted by beads), for the aligner's own
// score (the baseline) and the calibrated score alignSentences returns. The table was fitted on other data (npm run calibrate).
const RELIABILITY = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];
const rawBeads = (d: AlignDoc) => alignChecked([...d.source], [...d.target], { sourceLang: d.sourceLang, targetLang: d.targetLang });
const calibratedBeads = (d: AlignDoc) => alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang });
function judged(docs: AlignDoc[], align: (d: AlignDoc) => { source: number[]; target: number[]; score: number }[]): { score: number; right: boolean }[] {
  return docs.flatMap((d) => {
    const gold = new Set(d.gold.map((b) => JSON.stringify(b)));
    return align(d).filter((b) => b.source.length && b.target.length).map((b) => ({ score: b.score, right: gold.has(JSON.stringify([b.source, b.target])) }));
  });
}
function ece(beads: { score: number; right: boolean }[]): number {
  let gap = 0;
  for (let k = 0; k < 10; k++) {
    const bin = beads.filter((b) => Math.min(9, Math.floor(b.score * 10)) === k);
    if (bin.length) gap += Math.abs(bin.filter((b) => b.right).length / bin.length - bin.reduce((a, b) => a + b.score, 0) / bin.length) * bin.length;
  }
  return gap / Math.max(1, beads.length);
}
const calibrationSets: [string, AlignDoc[]][] = [...sets.map(([name, docs]) => [name, docs] as [string, AlignDoc[]]), ['NTREX held-out language pairs', heldOut]];
console.log('\nIs a score the probability that the bead is right? Non-null beads (each document alone), expected calibration error (target <= 0.05), and share right among pairs kept by minScore 0.9:\n');
console.log('| set | beads | ECE, aligner\'s own score | ECE, calibrated score | score >= 0.9: pairs kept | right |\n|---|---:|---:|---:|---:|---:|');
const reliability: string[] = [];
for (const [name, docs] of calibrationSets) {
  const raw = judged(docs, rawBeads);
  const calibrated = judged(docs, calibratedBeads);
  const kept = calibrated.filter((b) => b.score >= 0.9);
  console.log(`| ${name} | ${calibrated.length} | ${ece(raw).toFixed(3)} | **${ece(calibrated).toFixed(3)}** | ${kept.length} | ${(kept.filter((b) => b.right).length / Math.max(1, kept.length)).toFixed(3)} |`);
  reliability.push(`| ${name} | ${RELIABILITY.slice(0, -1).map((lo, k) => {
    const band = calibrated.filter((b) => b.score >= lo && b.score < RELIABILITY[k + 1]!);
    return band.length ? `${band.length}: ${(band.reduce((a, b) => a + b.score, 0) / band.length).toFixed(2)} / ${(band.filter((b) => b.right).length / band.length).toFixed(2)}` : '-';
  }).join(' | ')} |`);
}
console.log(`\nReliability of the calibrated score: beads in each band, mean score / share right:\n\n| set | ${RELIABILITY.slice(0, -1).map((lo, k) => `${lo}-${Math.min(1, RELIABILITY[k + 1]!)}`).join(' | ')} |\n|---|${RELIABILITY.slice(0, -1).map(() => '---:').join('|')}|`);
console.log(reliability.join('\n'));

console.log('\nBible en-zh, one long document (the built package in a plain Node process per size; peak resident memory of that whole process, taken before the gold is read):\n');
console.log('| size | seconds | peak memory (MB) | strict F1 | lax F1 |\n|---|---:|---:|---:|---:|');
for (const id of ['001', '006']) {
  const out = execFileSync(process.execPath, [join(import.meta.dirname, 'bible-align.mjs'), id], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as { en: number; zh: number; seconds: number; peakMB: number; beads: Bead[] };
  const { strict, lax } = scoreBible(id, r.beads);
  console.log(`| ${r.en.toLocaleString('en')} x ${r.zh.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${Math.round(r.peakMB)} | ${strict.toFixed(3)} | ${lax.toFixed(3)} |`);
}
