/**
 * `npm run bench:corpus`: the whole pipeline on realistic mixed news in one
 * `buildCorpus` call with no URLs: NTREX (123 stories x 12 languages, each a
 * translation of one English original), ViMs (1,950 independent Vietnamese
 * reports of 300 stories) and the five seeds, shuffled together. Prints
 * grouping P/R/F1 per kind of pair, pairs joined across datasets, the mode
 * NTREX pairs were aligned in, the yield and precision of output sentence pairs
 * against the NTREX line gold, and articles/s; the naive TF-IDF single-link
 * baseline (best threshold) is measured in the same run. Then two probes: the
 * seeds alone, and generated articles that share no story. `buildCorpus` runs
 * with `jobs` = the number of cores (JOBS=1 for one thread; the corpus is the
 * same either way).
 */
import { availableParallelism } from 'node:os';
import { buildCorpus, groupStories, type Corpus } from '../src/index.js';
import { mixedArticles, seedArticles, type MixedArticle } from './corpus-data.js';
import { pairwiseScores, tfidfSingleLink, type PairScores } from './pairwise.js';
import { NO_STORY_ARTICLES, noStoryGroups } from './no-story.js';

const articles = mixedArticles();
const meta = new Map(articles.map((a) => [a.id, a]));
const fmt = (s: PairScores) => `${s.p.toFixed(3)} | ${s.r.toFixed(3)} | **${s.f1.toFixed(3)}**`;
const kinds: [string, (a: MixedArticle, b: MixedArticle) => boolean][] = [
  ['NTREX + NTREX', (a, b) => a.dataset === 'ntrex' && b.dataset === 'ntrex'],
  ['ViMs + ViMs', (a, b) => a.dataset === 'vims' && b.dataset === 'vims'],
  ['seeds + seeds', (a, b) => a.dataset === 'seeds' && b.dataset === 'seeds'],
];
const scoreKinds = (groupOf: Map<string, string>, gold: 'story' | 'event' = 'story') => kinds.map(([name, keep]) => {
  const items = articles.filter((a) => keep(a, a)).map((a) => ({ id: a.id, story: a[gold] }));
  return [name, pairwiseScores(items, groupOf)] as const;
});
const crossJoins = (groupOf: Map<string, string>) => {
  const byGroup = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const g = byGroup.get(groupOf.get(a.id)!) ?? new Map<string, number>();
    g.set(a.dataset, (g.get(a.dataset) ?? 0) + 1);
    byGroup.set(groupOf.get(a.id)!, g);
  }
  let n = 0;
  for (const g of byGroup.values()) {
    const sizes = [...g.values()];
    for (let x = 0; x < sizes.length; x++) for (let y = x + 1; y < sizes.length; y++) n += sizes[x]! * sizes[y]!;
  }
  return n;
};

console.log(`Mixed input: ${articles.length} articles (${articles.filter((a) => a.dataset === 'ntrex').length} NTREX, ${articles.filter((a) => a.dataset === 'vims').length} ViMs, 5 seeds), no URLs, one buildCorpus call.\n`);

// The baseline, on the same articles.
const t0 = performance.now();
const naive = tfidfSingleLink(articles);
let best = { t: 0, groupOf: new Map<string, string>(), f1: -1 };
for (let t = 0.05; t < 0.9; t += 0.05) {
  const groupOf = naive(t);
  const all = pairwiseScores(articles, groupOf);
  if (all.f1 > best.f1) best = { t, groupOf, f1: all.f1 };
}
const naiveSeconds = (performance.now() - t0) / 1000;

const start = performance.now();
const JOBS = Number(process.env.JOBS ?? availableParallelism());
const corpus = await buildCorpus(articles.map(({ id, text }) => ({ id, text })), { jobs: JOBS });
const seconds = (performance.now() - start) / 1000;
const groupOf = new Map<string, string>();
for (const g of corpus.groups) for (const id of g.articleIds) groupOf.set(id, g.id);

console.log('| kind of pair | method | precision | recall | F1 | target |');
console.log('|---|---|---:|---:|---:|---|');
const targets: Record<string, string> = { 'NTREX + NTREX': '>= 0.97', 'ViMs + ViMs': '>= 0.90', 'seeds + seeds': '1.000' };
const ourKinds = scoreKinds(groupOf);
scoreKinds(best.groupOf).forEach(([name, s], k) => {
  console.log(`| ${name} | naive TF-IDF, single link (best threshold ${best.t.toFixed(2)} over the whole mix) | ${fmt(s)} | |`);
  console.log(`| ${name} | storyalign | ${fmt(ourKinds[k]![1])} | ${targets[name]} |`);
});
const eventGold = (g: Map<string, string>) => pairwiseScores(articles.filter((a) => a.dataset === 'ntrex').map((a) => ({ id: a.id, story: a.event })), g);
console.log(`| NTREX + NTREX, event gold (bench/ntrex-events.tsv) | naive TF-IDF | ${fmt(eventGold(best.groupOf))} | |`);
console.log(`| NTREX + NTREX, event gold (bench/ntrex-events.tsv) | storyalign | ${fmt(eventGold(groupOf))} | |`);
console.log(`| all pairs | naive TF-IDF | ${fmt(pairwiseScores(articles, best.groupOf))} | |`);
console.log(`| all pairs | storyalign | ${fmt(pairwiseScores(articles, groupOf))} | |`);
// Versions only (reports in one language join only as near copies), grouping alone, for users who want one document per story.
const versions = new Map<string, string>();
for (const g of groupStories(articles.map(({ id, text }) => ({ id, text })), { sameLanguageThreshold: 0.8 })) for (const id of g.articleIds) versions.set(id, g.id);
for (const [name, score] of scoreKinds(versions)) console.log(`| ${name} | storyalign, sameLanguageThreshold 0.8 (near copies only; groupStories alone) | ${fmt(score)} | |`);
console.log(`\nArticle pairs joined across datasets (each one wrong): storyalign ${crossJoins(groupOf)} (target <= 5), naive ${crossJoins(best.groupOf)}.`);

// Versions that grouping left out and alignment placed (a join 'via alignment'), and whether each went to its own story.
const placed = corpus.groups.flatMap((g) => g.evidence.joins.filter((j) => j.via === 'alignment').map((j) => [j.articleId, j.joinedWith] as const));
const storyOf = new Map(articles.map((a) => [a.id, a.story]));
console.log(`Versions placed by alignment after grouping: ${placed.length}, of them in their own story ${placed.filter(([a, b]) => storyOf.get(a) === storyOf.get(b)).length}.`);

reportAlignment(corpus);
console.log(`\nbuildCorpus (jobs: ${JOBS}): ${articles.length} articles in ${seconds.toFixed(1)} s = **${(articles.length / seconds).toFixed(1)} articles/s** (target >= 300); peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; naive baseline ${naiveSeconds.toFixed(1)} s for its thresholds.`);

seedsAlone();
noStoryProbe();

/** Yield and precision of output pairs against the NTREX line gold, and the mode of NTREX same-story pairs. */
function reportAlignment(c: Corpus): void {
  const lineOf = new Map<string, Int32Array>();
  for (const a of c.articles) {
    if (meta.get(a.id)!.dataset !== 'ntrex') continue;
    const starts = [0];
    for (let k = 0; k < a.text.length; k++) if (a.text[k] === '\n') starts.push(k + 1);
    lineOf.set(a.id, Int32Array.from(a.sentences, (s) => {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= s.start) line++;
      return line;
    }));
  }
  const lineCount = new Map<string, number>();
  for (const a of articles) if (a.dataset === 'ntrex') lineCount.set(a.id, a.text.split('\n').length);
  let gold = 0;
  const stories = new Map<string, string[]>();
  for (const a of articles) if (a.dataset === 'ntrex') stories.set(a.story, [...(stories.get(a.story) ?? []), a.id]);
  let goldPairs = 0;
  for (const ids of stories.values()) {
    goldPairs += (ids.length * (ids.length - 1)) / 2;
    gold += ((ids.length * (ids.length - 1)) / 2) * lineCount.get(ids[0]!)!;
  }
  const found = new Set<string>();
  let output = 0;
  let right = 0;
  let translation = 0;
  let comparable = 0;
  let other = 0;
  let oneEvent = 0;
  let translationOut = 0;
  let translationRight = 0;
  for (const al of c.alignments) {
    const s = meta.get(al.source)!;
    const t = meta.get(al.target)!;
    if (s.dataset !== 'ntrex' && t.dataset !== 'ntrex') continue;
    const sameStory = s.dataset === 'ntrex' && t.dataset === 'ntrex' && s.story === t.story;
    // Reports of one event by different outlets: mined pairs there may be right, but no line gold says.
    if (!sameStory && s.dataset === t.dataset && s.event === t.event) {
      oneEvent += al.pairs.length;
      continue;
    }
    if (sameStory) {
      if (al.mode === 'translation') translation++;
      else if (al.mode === 'comparable') comparable++;
      else other++;
    }
    for (const p of al.pairs) {
      output++;
      if (al.mode === 'translation') translationOut++;
      if (!sameStory) continue;
      const ls = new Set(p.sourceSentences.map((i) => lineOf.get(al.source)![i]));
      const lt = new Set(p.targetSentences.map((j) => lineOf.get(al.target)![j]));
      if (ls.size !== 1 || lt.size !== 1) continue;
      const [x] = ls;
      const [y] = lt;
      if (x !== y) continue;
      right++;
      if (al.mode === 'translation') translationRight++;
      const key = [al.source, al.target].sort().join('|') + `#${x}`;
      found.add(key);
    }
  }
  const aligned = translation + comparable + other;
  console.log(`\nNTREX same-story pairs: ${goldPairs}; aligned ${aligned} (${(aligned / goldPairs).toFixed(3)}); in translation mode **${(translation / goldPairs).toFixed(3)}** of all (target >= 0.97), ${(translation / Math.max(1, aligned)).toFixed(3)} of those aligned; comparable ${comparable}, other ${other}.`);
  console.log(`Sentence pairs against the NTREX line gold (${gold} gold pairs): yield **${(found.size / gold).toFixed(3)}** (${found.size}; target >= 0.90), precision **${(right / Math.max(1, output)).toFixed(3)}** (${right} right) of ${output} output pairs touching NTREX (target >= 0.985); of the translation-mode pairs ${(translationRight / Math.max(1, translationOut)).toFixed(3)} of ${translationOut}.`);
  console.log(`Comparable pairs mined between NTREX reports of one event by different outlets (no line gold; left out of the precision above): ${oneEvent}.`);
}

function seedsAlone(): void {
  const seeds = seedArticles();
  const groups = groupStories(seeds.map(({ id, text }) => ({ id, text })));
  const g = new Map<string, string>();
  for (const grp of groups) for (const id of grp.articleIds) g.set(id, grp.id);
  const s = pairwiseScores(seeds, g);
  console.log(`\nSeeds alone: groups ${groups.map((x) => `{${x.articleIds.join(', ')}}`).join(' ')}; pairwise F1 ${s.f1.toFixed(3)} (gold {000, 001, 004} {002} {003}).`);
}

/**
 * Articles that share no story: random words, invented names, random numbers.
 * Every article should stay alone; a group here is a false join on one token.
 */
function noStoryProbe(): void {
  console.log(`\nNo-story probe: ${NO_STORY_ARTICLES} generated articles that share no story -> ${noStoryGroups(groupStories)} groups of two or more (each a false join; should be 0).`);
}
