/**
 * The API reference: TypeDoc fails on an exported function, class, constant,
 * interface or type without documentation (typedoc.json), and every `@example` in the exports'
 * TSDoc runs against the built package, so the reference cannot go stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TYPEDOC = join(ROOT, 'node_modules', '.bin', 'typedoc');

/** The source file of each name src/index.ts exports, as `[name, file]`. */
function exportedFunctions(): [string, string][] {
  const index = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8');
  return [...index.matchAll(/export \{([^}]+)\} from '\.\/([^']+)\.js'/gu)]
    .flatMap((m) => m[1]!.split(',').map((name) => [name.trim(), join(ROOT, 'src', `${m[2]}.ts`)] as [string, string]));
}

/** The `@example` code of the TSDoc just before `export … name`, without the comment's stars. */
function exampleOf(name: string, file: string): string | undefined {
  const source = readFileSync(file, 'utf8');
  const at = source.search(new RegExp(`export (?:async )?(?:function\\*?|class|const) ${name}\\b`, 'u'));
  const doc = source.slice(0, at).match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/u)?.[1];
  const example = doc?.split('@example')[1]?.split(/\n\s*\*\s*@\w+/u)[0];
  return example?.split('\n').map((line) => line.replace(/^\s*\* ?/u, '')).join('\n').trim();
}

describe('the API reference', () => {
  it.skipIf(!existsSync(TYPEDOC))('documents every exported function, class, constant, interface and type (TypeDoc fails otherwise)', () => {
    const r = spawnSync(TYPEDOC, ['--emit', 'none'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).not.toMatch(/does not have any documentation/u);
    expect(r.status).toBe(0);
  }, 120_000);

  it('runs every example of the exports against the built package', () => {
    const examples = exportedFunctions().flatMap(([name, file]) => {
      const code = exampleOf(name, file);
      return code ? [[name, code] as const] : [];
    });
    expect(examples.length).toBeGreaterThanOrEqual(20);
    const prelude = `
      const storyalign = require(${JSON.stringify(join(ROOT, 'dist', 'index.cjs'))});
      Object.assign(globalThis, storyalign);
      const fs = require('node:fs'), path = require('node:path'), os = require('node:os');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storyalign-examples-'));
      globalThis.writeFileSync = (file, text) => fs.writeFileSync(path.join(dir, file), text);
      globalThis.url = 'https://baoquocte.vn/chu-tich-trung-quoc-tap-can-binh-tham-chinh-thuc-kazakhstan-277163.html';
      globalThis.inputs = globalThis.articles = fs.readdirSync(${JSON.stringify(join(ROOT, 'seeds'))}).sort()
        .map((f) => ({ id: f.slice(0, 3), text: fs.readFileSync(path.join(${JSON.stringify(join(ROOT, 'seeds'))}, f), 'utf8') }));
      globalThis.corpus = storyalign.buildCorpus(globalThis.inputs);
      globalThis.process.stdout.write = () => true;
    `;
    for (const [name, code] of examples) {
      const r = spawnSync(process.execPath, ['-e', `${prelude}\n(async () => {\n${code}\n})().catch((e) => { console.error(e); process.exit(1); });`], { encoding: 'utf8' });
      expect([name, r.status, r.stderr]).toEqual([name, 0, '']);
    }
  }, 120_000);
});
