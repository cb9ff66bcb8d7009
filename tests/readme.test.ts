/**
 * The README's API examples, run as a user would run them: each ```js block
 * as an ES module importing the built package by name.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```js\n([\s\S]*?)```/gu)].map((m) => m[1]!);

function run(code: string): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('README examples', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it('builds a corpus and writes JSONL as shown', () => {
    const out = run(blocks[0]!);
    expect(out).toContain("[ [ 'vi', 'id' ] ]");
    expect(out).toContain('translation 2');
    expect(out).toContain('{"id":"vi:0>id:0","translation":{"id":"Pada');
    expect(out.trim().split('\n').at(-1)).toBe('translation');
  });

  it('detects, aligns and checks coverage as shown', () => {
    const out = run(blocks[1]!);
    expect(out).toContain("lang: 'ind'");
    expect(out).toContain("[ 'Rahmon will host Xi in Tajikistan.' ]");
    expect(out).toMatch(/missing: \[ '2024' \],\s+extra: \[ '2026' \]/u);
  });

  it('streams a corpus as shown', () => {
    expect(run(blocks[2]!).trim()).toBe('3 groups, 11 rows');
  });

  it('closes the stories of a dated crawl as shown', () => {
    expect(run(blocks[3]!).trim()).toBe('000+001+004 002 003');
  });
});
