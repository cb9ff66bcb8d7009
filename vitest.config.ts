import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // TMX carries its creation date: fixed here (the reproducible-builds convention) so that outputs compare byte for byte.
    env: { SOURCE_DATE_EPOCH: '1780000000' },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
  },
});
