// `npm start`: build when dist/ is missing or older than src/, then run the CLI
// on the bundled seed articles with the readable text report.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const cli = 'dist/cli.js';
if (!existsSync(cli) || statSync(cli).mtimeMs < newest('src')) {
  console.error('storyalign: building…');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
// The seeds by name: with no file the command would read a standard input that is not a terminal (a CI job's).
const args = process.argv.length > 2 ? process.argv.slice(2) : ['seeds'];
const run = spawnSync(process.execPath, [cli, '--format', 'text', ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
