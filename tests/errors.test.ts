import { describe, expect, it } from 'vitest';
import { alignSentences } from '../src/align/align-sentences.js';
import { alignArticles } from '../src/align/align-articles.js';
import { StoryalignError, isStoryalignError } from '../src/errors.js';
import { detectLanguage } from '../src/language/detect-language.js';
import { groupStories } from '../src/group/group-stories.js';
import { buildCorpus } from '../src/pipeline.js';
import { checkCoverage } from '../src/report/check-coverage.js';
import { splitSentences } from '../src/segment/split-sentences.js';
import { jsonlChunks, mosesLines, parseArticle, tmxChunks, toHtml, toJsonl, toMoses, toTmx, toTsv, tsvChunks } from '../src/index.js';

function errorOf(fn: () => unknown): StoryalignError {
  try {
    fn();
  } catch (e) {
    if (isStoryalignError(e)) return e;
    throw e;
  }
  throw new Error('expected a StoryalignError');
}

describe('bad input', () => {
  it('rejects a non-array with INVALID_INPUT', () => {
    const e = errorOf(() => buildCorpus('text' as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/^articles: expected array/u);
  });

  it('names the field and what was expected for wrong types', () => {
    const e = errorOf(() => buildCorpus([{ id: 'a', text: 'Some text here.' }, { id: 7, text: 'x' }] as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['articles', 1, 'id']);
    expect(e.message).toBe('articles[1].id: expected string, got number 7');
  });

  it('reports a missing text', () => {
    const e = errorOf(() => groupStories([{ id: 'a' }] as never));
    expect(e.message).toBe('articles[0].text: expected string, got nothing');
  });

  it('rejects duplicate ids with DUPLICATE_ID', () => {
    const e = errorOf(() => buildCorpus([{ id: 'a', text: 'One.' }, { id: 'a', text: 'Two.' }]));
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.path).toEqual(['articles', 1, 'id']);
  });

  it('sets empty text aside with EMPTY_TEXT instead of failing the batch', () => {
    for (const text of ['', '   \n\t ', '...!!!']) {
      const corpus = buildCorpus([{ id: 'a', text }, { id: 'b', text: 'Presiden tiba di Astana.' }]);
      expect(corpus.setAside).toEqual([{ id: 'a', index: 0, code: 'EMPTY_TEXT', reason: 'the text has no letter or digit' }]);
      expect(corpus.articles.map((a) => a.id)).toEqual(['a', 'b']);
    }
  });

  it('reads every ISO 639 or BCP 47 code as the ISO 639-3 code detection reports, and refuses what is no language', () => {
    const langs = ['en', 'en-US', 'en_GB', 'ENG', 'eng', 'id', 'in', 'ms', 'msa', 'zh-Hant-TW', 'ar', 'fre', 'vi'];
    const corpus = buildCorpus(langs.map((lang, i) => ({ id: `a${i}`, lang, text: 'Presiden tiba di Astana pada 2 Juli.' })));
    expect(corpus.articles.map((a) => a.lang)).toEqual(['eng', 'eng', 'eng', 'eng', 'eng', 'ind', 'ind', 'zsm', 'zsm', 'cmn', 'arb', 'fra', 'vie']);
    expect(buildCorpus([{ id: 'u', lang: 'und', text: 'Presiden tiba di Astana pada 2 Juli 2024 untuk menghadiri KTT.' }]).articles[0]!.lang).toBe('ind');
    for (const lang of ['xx', 'english', 'x-foo', 'qaa']) expect(errorOf(() => buildCorpus([{ id: 'a', lang, text: 'Hi.' }])).path).toEqual(['articles', 0, 'lang']);
    expect(errorOf(() => buildCorpus([{ id: 'a', text: 'Hi.' }], { only: ['xx'] })).path).toEqual(['options', 'only', 0]);
    expect(errorOf(() => detectLanguage('Hi.', { only: [] })).path).toEqual(['options', 'only']);
    expect(detectLanguage('Presiden tiba di Astana pada 2 Juli 2024 untuk menghadiri KTT SCO.', { only: ['id', 'en-US'] }).lang).toBe('ind');
  });

  it('checks what every writer and parseArticle are given, naming the field', () => {
    const writers = { toJsonl, jsonlChunks, toTsv, tsvChunks, toMoses, mosesLines, toTmx, tmxChunks, toHtml } as Record<string, (c: unknown, o?: unknown) => unknown>;
    for (const [name, write] of Object.entries(writers)) {
      for (const bad of [undefined, null, {}, [], 5, { articles: [], alignments: [{}] }]) expect(errorOf(() => write(bad)).code, name).toBe('INVALID_INPUT');
      const [option, path] = name === 'toHtml' ? [{ title: 5 }, ['options', 'title']] : [{ minScore: 2 }, ['options', 'minScore']];
      expect(errorOf(() => write({ articles: [], alignments: [], groups: [] }, option)).path, name).toEqual(path);
    }
    const corpus = buildCorpus([{ id: 'a', text: 'Presiden tiba.' }]);
    expect(errorOf(() => toJsonl({ ...corpus, alignments: [{ source: 'x', target: 'a', sourceLang: 'ind', targetLang: 'vie', mode: 'translation', pairs: [] }] } as never)).message)
      .toBe('corpus.alignments[0].source: "x" is not the id of an article in corpus.articles');
    expect(errorOf(() => parseArticle(null as never)).message).toBe('article: expected object, got null');
    expect(errorOf(() => parseArticle({ id: 'a', text: 5 } as never)).path).toEqual(['article', 'text']);
  });

  it('names every bad field of an article, not only the first', () => {
    const e = errorOf(() => buildCorpus([{ id: 1, text: 5 }] as never));
    expect(e.message).toBe('articles[0].id: expected string, got number 1; articles[0].text: expected string, got number 5');
    expect(e.path).toEqual(['articles', 0, 'id']);
  });

  it('validates every public function', () => {
    expect(errorOf(() => detectLanguage(42 as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => detectLanguage('x', { only: 'eng' } as never)).path).toEqual(['options', 'only']);
    expect(errorOf(() => splitSentences(null as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => alignSentences(['a'], [1] as never)).path).toEqual(['target', 0]);
    expect(errorOf(() => alignSentences(['a'], ['b'], { mode: 'fast' } as never)).path).toEqual(['options', 'mode']);
    expect(errorOf(() => alignArticles([{ id: 'a' }] as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => checkCoverage({ id: 'a', text: 'x' }, {} as never)).path).toEqual(['translation', 'id']);
    expect(errorOf(() => groupStories([], { threshold: 2 })).path).toEqual(['options', 'threshold']);
  });

  it('is an Error with a name and code', () => {
    const e = new StoryalignError('INVALID_INPUT', 'x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('StoryalignError');
    expect(isStoryalignError(new Error('x'))).toBe(false);
  });
});

describe('error messages say what was expected', () => {
  it('for ranges, choices and formats', () => {
    expect(errorOf(() => groupStories([], { threshold: 2 })).message).toBe('options.threshold: expected at most 1, got number 2');
    expect(errorOf(() => alignSentences(['a'], ['b'], { mode: 'fast' } as never)).message).toBe('options.mode: expected one of "translation", "comparable", got "fast"');
    expect(errorOf(() => buildCorpus([{ id: 'a', text: 'Teks.', lang: 'Indonesian!' }])).message).toBe('articles[0].lang: expected a language code such as "ind", "vi" or "en-US" (ISO 639 or BCP 47), got "Indonesian!"');
    expect(errorOf(() => buildCorpus([{ id: '', text: 'Teks.' }])).message).toBe('articles[0].id: expected a non-empty string, got ""');
  });
});
