/**
 * `npm run bench:versus -- DIR`: this checkout's reading, aligning and coverage
 * check against another checkout's (DIR: a clone or worktree of another
 * release, with its dependencies installed or linked), both loaded in this one
 * process and run in turn, pass after pass. On a shared machine whose speed
 * drifts by a quarter within minutes, two separate runs hide a 10% change;
 * passes taken in turn see the same drift. Prints each step's median seconds
 * for both, and whether the two give the same results (by hash).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ntrexArticles } from './corpus-data.js';
import { generatedArticles } from './scale-data.js';
import type { Article, ArticleInput } from '../src/types.js';

const other = process.argv[2];
if (!other || !existsSync(join(other, 'src', 'pipeline.ts'))) {
  console.error('usage: npm run bench:versus -- DIR   (DIR: another checkout of storyalign, its dependencies installed)');
  process.exit(2);
}

interface Release {
  name: string;
  readArticle: (input: ArticleInput) => { article: Article };
  pairJobs: (articles: Article[], groups: { articleIds: string[] }[]) => { jobs: unknown[]; total: number };
  runPairJobs: (jobs: unknown[]) => unknown[];
  mergePairJobs: (jobs: unknown[], results: unknown[], total: number) => { alignments: { source: string; target: string }[] };
  coverageOf: (source: Article, target: Article, alignment: unknown) => unknown;
}

async function load(name: string, dir: string): Promise<Release> {
  const from = (path: string) => import(pathToFileURL(resolve(dir, path)).href);
  // Reading has its own file since release 25 (src/read-articles.ts); before, it was in src/pipeline.ts.
  const reading = existsSync(join(dir, 'src', 'read-articles.ts')) ? 'src/read-articles.ts' : 'src/pipeline.ts';
  const [read, jobs, check] = await Promise.all([from(reading), from('src/align/pair-jobs.ts'), from('src/report/check-coverage.ts')]);
  return { name, readArticle: read.readArticle, pairJobs: jobs.pairJobs, runPairJobs: jobs.runPairJobs, mergePairJobs: jobs.mergePairJobs, coverageOf: check.coverageOf };
}

const releases = [await load('this checkout', '.'), await load(other, other)];
const ntrex = ntrexArticles();
const ntrexInputs = ntrex.map(({ id, text }) => ({ id, text }));
const generated = generatedArticles(2000);
const stories = new Map<string, string[]>();
for (const a of ntrex) stories.set(a.story, [...(stories.get(a.story) ?? []), a.id]);
const groups = [...stories.values()].map((articleIds) => ({ articleIds }));

/** A step's pass: the seconds of the work it measures, and what the work gave. */
interface Pass {
  seconds: number;
  result: unknown;
}

function timed(work: () => unknown): Pass {
  const start = performance.now();
  const result = work();
  return { seconds: (performance.now() - start) / 1000, result };
}

type Step = { name: string; passes: number; run: (r: Release) => Pass };
const steps: Step[] = [
  { name: `reading the ${ntrexInputs.length} NTREX articles`, passes: 8, run: (r) => timed(() => ntrexInputs.map((input) => r.readArticle(input))) },
  { name: `reading ${generated.length} generated articles`, passes: 8, run: (r) => timed(() => generated.map((input) => r.readArticle(input))) },
];
// Aligning and checking time only those steps: the articles are read (and the pairs aligned) before their clock starts.
const aligned = new Map<Release, { articles: Article[]; alignments: { source: string; target: string }[] }>();
steps.push({
  name: 'aligning every NTREX story pair with the corpus model', passes: 4, run: (r) => {
    const articles = ntrexInputs.map((input) => r.readArticle(input).article);
    const { jobs, total } = r.pairJobs(articles, groups);
    const pass = timed(() => r.runPairJobs(jobs));
    aligned.set(r, { articles, alignments: r.mergePairJobs(jobs, pass.result as unknown[], total).alignments });
    return pass;
  },
});
steps.push({
  name: 'checking the coverage of those alignments', passes: 4, run: (r) => {
    const { articles, alignments } = aligned.get(r)!;
    // Copies, as a worker gets them: nothing read off the articles while aligning is reused.
    const byId = new Map(articles.map((a) => [a.id, structuredClone(a)]));
    return timed(() => alignments.map((al) => r.coverageOf(byId.get(al.source)!, byId.get(al.target)!, al)));
  },
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const hashOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value, (_, v) => (v instanceof Set ? [...v] : v))).digest('hex');

console.log(`This checkout against ${other}, both in one process, passes taken in turn (medians).\n`);
console.log(`| step | passes | ${releases.map((r) => r.name).join(' | ')} | same results |`);
console.log(`|---|---:|${releases.map(() => '---:').join('|')}|---|`);
for (const step of steps) {
  const seconds = new Map<Release, number[]>(releases.map((r) => [r, []]));
  const hashes = new Map<Release, string>();
  for (let pass = 0; pass < step.passes; pass++) {
    for (const r of pass % 2 ? [...releases].reverse() : releases) {
      const { seconds: took, result } = step.run(r);
      seconds.get(r)!.push(took);
      if (pass === step.passes - 1) hashes.set(r, hashOf(result));
    }
  }
  const same = new Set(hashes.values()).size === 1 ? 'yes' : 'NO';
  console.log(`| ${step.name} | ${step.passes} | ${releases.map((r) => `${median(seconds.get(r)!).toFixed(2)} s`).join(' | ')} | ${same} |`);
}
