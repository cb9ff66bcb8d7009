import { defineConfig } from 'tsup';
import { BUNDLED } from './scripts/bundled.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node20',
    sourcemap: false,
    // The worker pool finds its worker next to the bundle through import.meta.url, in the CJS build too.
    shims: true,
    // See scripts/bundled.ts; zod is tree-shaken to the validators the doors use (zod/mini).
    noExternal: BUNDLED,
  },
  {
    // The command is ESM only: it is run, never imported.
    // The worker is loaded by path from the pool, by ESM and CJS users alike.
    entry: { cli: 'src/cli/index.ts', worker: 'src/runner/worker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: BUNDLED,
  },
]);
