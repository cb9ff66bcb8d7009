/**
 * Writes src/iso639-data.ts, the ISO 639 code tables storyalign reads
 * callers' language codes with (`npm run iso639:update`), from the installed
 * `iso-639-3` package (its data is SIL's ISO 639-3 code tables): every ISO
 * 639-3 code, the ISO 639-1 two-letter codes and the ISO 639-2/B codes that
 * differ from 639-3. tests/language.test.ts fails until the shipped tables
 * equal a fresh extraction.
 */
import { writeFileSync } from 'node:fs';
import { iso639DataSource } from './iso639-of-package.js';

writeFileSync(new URL('../src/iso639-data.ts', import.meta.url), iso639DataSource());
console.log('wrote src/iso639-data.ts');
