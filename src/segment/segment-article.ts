/**
 * One article through the first three stages: its lines (article stage), its
 * language (language stage) and its sentences with offsets into the original
 * text (this stage). Callers validate the input first.
 */
import { parseArticleChecked } from '../article/parse-article.js';
import { givenLanguage } from '../language/candidates.js';
import { detectChecked } from '../language/detect-language.js';
import { paragraphLanguages } from '../language/paragraph-language.js';
import type { Article, ArticleInput, DroppedLine, Sentence } from '../types.js';
import { splitSentences } from './split-sentences.js';

export interface SegmentOptions {
  /** Candidate languages for detection. */
  only?: string[];
}

export function segmentArticle(input: ArticleInput, options: SegmentOptions = {}): Article {
  if (!hasText(input.text)) return unreadableArticle(input);
  const parsed = parseArticleChecked(input);
  const body = parsed.blocks.map((b) => b.text).join('\n');
  const given = givenLanguage(input);
  const guess = given
    ? { lang: given, confidence: 1 }
    : detectChecked(body, options.only, input.url ?? parsed.sourceUrls[0]);
  const sentences: Sentence[] = [];
  const langs = paragraphLanguages(parsed.blocks.map((b) => b.text), guess.lang, body, options.only);
  const blocks = parsed.blocks.map((block, b) => {
    const lang = langs[b];
    return lang ? { ...block, lang } : block;
  });
  blocks.forEach((block, b) => {
    // Titles, captions and bylines are one unit each; paragraphs are split.
    const spans = block.kind === 'paragraph' ? splitSentences(block.text) : [{ text: block.text, start: 0, end: block.text.length }];
    for (const span of spans) {
      sentences.push({
        index: sentences.length,
        text: span.text,
        start: block.start + span.start,
        end: block.start + span.end,
        block: b,
        kind: block.kind,
        lang: block.lang ?? guess.lang,
      });
    }
  });
  return {
    id: parsed.id,
    lang: guess.lang,
    langConfidence: guess.confidence,
    ...(parsed.title !== undefined && { title: parsed.title }),
    ...(parsed.url !== undefined && { url: parsed.url }),
    ...(parsed.publishedAt !== undefined && { publishedAt: parsed.publishedAt }),
    sourceUrls: parsed.sourceUrls,
    text: parsed.text,
    blocks,
    sentences,
    dropped: parsed.dropped,
  };
}

/** Why an article without a letter or digit is set aside (the pipeline's report and the command's skipped lines). */
export const NO_TEXT_REASON = 'the text has no letter or digit';

/** Whether a text has a letter or digit: one without (empty, whitespace, a page of dots) cannot be read. */
export function hasText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** An article with nothing to read: no language, no sentences, each of its lines dropped as `no-text` (so none is lost). */
function unreadableArticle(input: ArticleInput): Article {
  const dropped: DroppedLine[] = [];
  for (const m of input.text.matchAll(/\S+(?:[^\S\r\n]+\S+)*/gu)) {
    dropped.push({ text: m[0], start: m.index, end: m.index + m[0].length, reason: 'no-text' });
  }
  return {
    id: input.id,
    lang: 'und',
    langConfidence: 0,
    ...(input.title !== undefined && { title: input.title }),
    ...(input.url !== undefined && { url: input.url }),
    ...(input.publishedAt !== undefined && { publishedAt: input.publishedAt }),
    sourceUrls: [],
    text: input.text,
    blocks: [],
    sentences: [],
    dropped,
  };
}
