import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as api from '../src/index.js';
import { VERSION } from '../src/version.js';

describe('public exports', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_LANGUAGES', 'StoryalignError', 'VERSION', 'alignArticles', 'alignSentences', 'buildCorpus', 'buildCorpusStream',
      'canonicalUrl', 'checkCoverage', 'detectLanguage', 'extractEntities', 'groupStories', 'isStoryalignError', 'jsonlChunks', 'learnTranslationModel',
      'mosesLines', 'parseArticle', 'readDictionary', 'splitSentences', 'tmxChunks', 'toHtml', 'toHtmlSite', 'toJsonl', 'toJsonlDataset', 'toMoses', 'toTmx', 'toTsv', 'tsvChunks',
    ]);
  });

  it('keeps VERSION equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
