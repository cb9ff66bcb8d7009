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
const run = spawnSync(process.execPath, [cli, '--format', 'text', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
