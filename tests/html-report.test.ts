/**
 * The HTML review report in a real browser (Debian's Chromium driven by
 * playwright-core): what a reader sees, the score filter at work, and a
 * screenshot in screenshots/. `.ci/run` installs Chromium and sets
 * REQUIRE_BROWSER=1, so there the suite fails rather than skips without it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../src/export/to-html.js';
import { toHtmlSite } from '../src/export/html-site.js';
import { corpusCopies } from './corpus-copies.js';
import { buildCorpus } from '../src/pipeline.js';
import { seedArticles } from './seeds.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.REQUIRE_BROWSER === '1') throw new Error(`${CHROMIUM} is missing; .ci/run installs Debian's chromium package`);

const ROOT = join(import.meta.dirname, '..');

describe.skipIf(!haveBrowser)('HTML review report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const corpus = buildCorpus(seedArticles());
  const html = toHtml(corpus);

  beforeAll(async () => {
    const dir = join(ROOT, 'screenshots');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'review.html');
    writeFileSync(file, html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Any request beyond the file itself would break "self-contained".
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every story and the aligned sentences side by side', async () => {
    await expect(page.title()).resolves.toBe('storyalign review');
    const headings = await page.locator('h2').allInnerTexts();
    expect(headings).toHaveLength(3);
    expect(headings[0]).toContain('000 (ind), 001 (vie), 004 (eng)');
    const firstPair = page.locator('section.alignment').first().locator('tr.pair').first();
    await expect(firstPair.innerText()).resolves.toContain('Ngày 2/7');
    await expect(firstPair.innerText()).resolves.toContain('Pada tanggal 2 Juli');
  });

  it('lists the lines left out of the sentences, with why, for a reviewer to check', async () => {
    const dropped = page.locator('article.group').first().locator('details.dropped');
    await dropped.locator('summary').click();
    const items = await dropped.locator('li').allInnerTexts();
    const expected = corpus.groups[0]!.articleIds.flatMap((id) => corpus.articles.find((a) => a.id === id)!.dropped);
    expect(items).toHaveLength(expected.length);
    expect(items).toContain('000 ad marker: [iklan_2]');
    expect(items).toContain('000 comment counter: Komentar (0)');
    expect(items.some((t) => t.startsWith('001 source line: Nguồn TG&VN:'))).toBe(true);
  });

  it('says how the versions of a story relate, and why', async () => {
    const relations = page.locator('article.group').first().locator('details.relations');
    await relations.locator('summary').click();
    const rows = await relations.locator('tr.relation').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows.some((r) => r.includes('translation') && r.includes('baoquocte.vn'))).toBe(true);
    expect(rows.filter((r) => r.includes('independent report') && r.includes('monotone alignment'))).toHaveLength(2);
  });

  it('marks what has no counterpart and what is repeated', async () => {
    const translation = page.locator('section.alignment').first();
    const missing = await translation.locator('tr.missing').allInnerTexts();
    expect(missing.some((t) => t.includes('Chủ tịch Trung Quốc Tập Cận Bình thăm chính thức Kazakhstan') && t.includes('no counterpart'))).toBe(true);
    expect(missing.some((t) => t.includes('Bảo Minh'))).toBe(true);
    const duplicate = await translation.locator('tr.duplicate').allInnerTexts();
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toContain('duplicate of #2');
  });

  it('hides pairs below the chosen score and says how many are shown', async () => {
    const total = await page.locator('tr.pair').count();
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('#shown').innerText()).resolves.toBe(`${total} of ${total} pairs shown`);
    // Scores are calibrated: the seeds' pairs are all likely right, a third of them 0.99 or more
    // (the slider moves in hundredths: calibrated scores of right pairs crowd near 1).
    await page.locator('#min-score').fill('0.99');
    const visible = await page.locator('tr.pair:not(.hidden)').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(total);
    await expect(page.locator('#shown').innerText()).resolves.toBe(`${visible} of ${total} pairs shown`);
    await page.locator('#min-score').fill('0');
  });

  it('opens with the slider at minScore when one is given (--min-score), pairs below it hidden', async () => {
    const filtered = await browser.newPage();
    await filtered.setContent(toHtml(corpus, { minScore: 0.99 }));
    const total = await filtered.locator('tr.pair').count();
    const below = corpus.alignments.reduce((n, al) => n + al.pairs.filter((p) => p.score < 0.99).length, 0);
    await expect(filtered.locator('#min-score-value').innerText()).resolves.toBe('0.99');
    await expect(filtered.locator('tr.pair.hidden').count()).resolves.toBeGreaterThan(0);
    await expect(filtered.locator('#shown').innerText()).resolves.toBe(`${await filtered.locator('tr.pair:not(.hidden)').count()} of ${total} pairs shown`);
    expect(below).toBeGreaterThan(0);
    await filtered.close();
  });

  it('saves a screenshot', async () => {
    const path = join(ROOT, 'screenshots', 'review.png');
    await page.screenshot({ path, fullPage: false });
    expect(existsSync(path)).toBe(true);
  });

  it('writes an index of stories and a page per story at corpus size (10,000 articles): search, links and each page\'s slider work', async () => {
    const big = corpusCopies(corpus, 2_000);
    const dir = join(ROOT, 'screenshots', 'site');
    mkdirSync(dir, { recursive: true });
    const files = toHtmlSite(big);
    for (const f of files) writeFileSync(join(dir, f.name), f.text);
    // The index holds a row per story; each story page holds only its own pairs.
    expect(files).toHaveLength(1 + 2_000);
    expect(Math.max(...files.map((f) => f.text.length))).toBeLessThan(5_000_000);
    const index = await browser.newPage();
    await index.goto(`file://${join(dir, 'index.html')}`);
    await expect(index.locator('.row:not(.head)').count()).resolves.toBe(big.groups.length);
    await expect(index.locator('#count').innerText()).resolves.toBe(`${big.groups.length} of ${big.groups.length} stories`);
    await index.locator('#find').fill('000-1999');
    await expect(index.locator('#count').innerText()).resolves.toBe(`1 of ${big.groups.length} stories`);
    await index.locator('.row:not(.head):not(.hidden) a').click();
    await index.waitForURL(/story-g\d+\.html$/u);
    await expect(index.locator('h2').count()).resolves.toBe(1);
    const total = await index.locator('tr.pair').count();
    await index.locator('#min-score').fill('0.99');
    const visible = await index.locator('tr.pair:not(.hidden)').count();
    expect([visible > 0, visible < total]).toEqual([true, true]);
    // Column headings name each version by its title; independent reports say "only in".
    await expect(index.locator('section.alignment th').nth(1).innerText()).resolves.toContain('Chủ tịch Trung Quốc');
    await expect(index.locator('section.alignment[data-mode="comparable"] td.score', { hasText: 'only in' }).count()).resolves.toBeGreaterThan(0);
    await index.close();
  });
});

