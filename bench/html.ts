/**
 * `npm run bench:html`: the review pages at corpus size in Chromium. The seed
 * corpus copied 2,000 times (10,000 articles, 6,000 stories, 58,000 pairs) is
 * written as one page (`toHtml`, the baseline) and as a site (`toHtmlSite`: an
 * index and a page per story); each is opened three times, and the score
 * slider moved on it. Prints the medians: time until the page has run its
 * script, and until a slider move (or a search on the index) has been applied.
 */
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildCorpus, toHtml, toHtmlSite } from '../src/index.js';
import { corpusCopies } from '../tests/corpus-copies.js';
import { seedArticles } from '../tests/seeds.js';

const COPIES = 2_000;
const RUNS = 3;
const big = corpusCopies(buildCorpus(seedArticles()), COPIES);
const dir = mkdtempSync(join(tmpdir(), 'storyalign-html-'));
writeFileSync(join(dir, 'one-page.html'), toHtml(big));
mkdirSync(join(dir, 'site'));
const site = toHtmlSite(big);
for (const f of site) writeFileSync(join(dir, 'site', f.name), f.text);
const story = site[1]!.name;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds to open `file` until its script has filled `ready`, then to apply one change made by `act` until `settled` holds. */
async function measure(file: string, ready: string, act: (p: Page) => Promise<void>, settled: (p: Page) => Promise<boolean>): Promise<[number, number]> {
  const page = await browser.newPage();
  const start = performance.now();
  await page.goto(`file://${file}`, { timeout: 600_000 });
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '') !== '', ready, { timeout: 600_000 });
  const open = performance.now() - start;
  const t = performance.now();
  await act(page);
  while (!(await settled(page))) await page.waitForTimeout(5);
  const change = performance.now() - t;
  await page.close();
  return [open, change];
}

const slider = async (p: Page) => p.locator('#min-score').fill('0.9');
const sliderSettled = async (p: Page) => (await p.locator('#min-score-value').innerText()) === '0.90';
const cases: [string, string, string, (p: Page) => Promise<void>, (p: Page) => Promise<boolean>][] = [
  ['one page (toHtml), the baseline', join(dir, 'one-page.html'), '#shown', slider, sliderSettled],
  ['site: index.html, a search', join(dir, 'site', 'index.html'), '#count', async (p) => p.locator('#find').fill('000-1999'), async (p) => (await p.locator('#count').innerText()).startsWith('1 of')],
  [`site: ${story}, the slider`, join(dir, 'site', story), '#shown', slider, sliderSettled],
];
console.log(`${big.articles.length} articles, ${big.groups.length} stories, ${big.alignments.reduce((n, al) => n + al.pairs.length, 0)} pairs; ${RUNS} runs each, medians.\n`);
console.log('| page | size | open, ms | change applied, ms |');
console.log('|---|---:|---:|---:|');
for (const [name, file, ready, act, settled] of cases) {
  const runs: [number, number][] = [];
  for (let r = 0; r < RUNS; r++) runs.push(await measure(file, ready, act, settled));
  const mb = (statSync(file).size / 1e6).toFixed(1);
  console.log(`| ${name} | ${mb} MB | ${median(runs.map((x) => x[0])).toFixed(0)} | ${median(runs.map((x) => x[1])).toFixed(0)} |`);
}
await browser.close();
