/**
 * Writes dist/THIRD-PARTY-LICENSES.md: the licence of every package built into
 * dist/ (those of scripts/bundled.ts and what they depend on, and those whose data is), as their
 * licences ask of anyone who redistributes them. Run by `npm run build`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUNDLED, DATA_BUILT_IN } from './bundled.js';

interface Manifest { name: string; version: string; license?: string; author?: string | { name: string }; dependencies?: Record<string, string> }

/** The MIT licence text, for a package that names MIT in package.json but ships no licence file (franc). */
const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** The folder and manifest of `name` as seen from `fromDir` (the package root: the first folder up whose package.json names it). */
function findPackage(name: string, fromDir: string): { manifest: Manifest; dir: string } {
  const require = createRequire(join(fromDir, 'noop.js'));
  for (let dir = dirname(require.resolve(name)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
    if (manifest?.name === name) return { manifest, dir };
    if (dirname(dir) === dir) throw new Error(`cannot find the package folder of ${name}`);
  }
}

const ROOT = join(import.meta.dirname, '..');
const found = new Map<string, { manifest: Manifest; dir: string }>();
const visit = (name: string, fromDir: string) => {
  if (found.has(name)) return;
  const pkg = findPackage(name, fromDir);
  found.set(name, pkg);
  for (const dep of Object.keys(pkg.manifest.dependencies ?? {})) visit(dep, pkg.dir);
};
for (const name of [...BUNDLED, ...DATA_BUILT_IN]) visit(name, ROOT);

const sections = [...found.values()].sort((a, b) => a.manifest.name.localeCompare(b.manifest.name)).map(({ manifest, dir }) => {
  const files = readdirSync(dir).filter((f) => /^(licen[cs]e|copying)(\..*)?$/iu.test(f)).sort();
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8').trim());
  if (texts.length === 0 && manifest.license === 'MIT' && author) texts.push(`MIT License\n\nCopyright (c) ${author}\n\n${MIT}`);
  if (texts.length === 0) throw new Error(`${manifest.name} ships no licence file`);
  return `## ${manifest.name} ${manifest.version} (${manifest.license ?? 'see below'})\n\n${texts.join('\n\n')}\n`;
});
writeFileSync(join(ROOT, 'dist', 'THIRD-PARTY-LICENSES.md'), `# Third-party licences\n\nstoryalign's dist/ contains code or data of these packages.\n\n${sections.join('\n')}`);
console.log(`dist/THIRD-PARTY-LICENSES.md: ${found.size} packages`);
