/**
 * One article through the first three stages: its lines (article stage), its
 * language (language stage) and its sentences with offsets into the original
 * text (this stage). Callers validate the input first.
 */
import { parseArticle } from '../article/parse-article.js';
import { normaliseLangCode } from '../language/candidates.js';
import { detectLanguage } from '../language/detect-language.js';
import type { Article, ArticleInput, Sentence } from '../types.js';
import { splitSentences } from './split-sentences.js';

export interface SegmentOptions {
  /** Candidate languages for detection. */
  only?: string[];
}

export function segmentArticle(input: ArticleInput, options: SegmentOptions = {}): Article {
  const parsed = parseArticle(input);
  const body = parsed.blocks.map((b) => b.text).join('\n');
  const guess = input.lang
    ? { lang: normaliseLangCode(input.lang), confidence: 1 }
    : detectLanguage(body, {
      ...(options.only && { only: options.only }),
      ...((input.url ?? parsed.sourceUrls[0]) !== undefined && { url: input.url ?? parsed.sourceUrls[0] }),
    });
  const sentences: Sentence[] = [];
  parsed.blocks.forEach((block, b) => {
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
    blocks: parsed.blocks,
    sentences,
    dropped: parsed.dropped,
  };
}
