/**
 * An article as it crosses to another thread or process. Every span of an
 * article (block, sentence, dropped line) is a stretch of its text, so its
 * own copy of that text is left behind and cut again on arrival: a structured
 * copy sends each string on its own, and an article read in a worker came
 * back as its text three times over, held that way for the rest of the run.
 */
import type { Article, Span } from '../types.js';

/** A span with its text left out; the key stays (undefined), so the article's keys keep their order when it is cut again. */
type Bare<T extends Span> = Omit<T, 'text'> & { text: undefined };

export interface WireArticle extends Omit<Article, 'blocks' | 'sentences' | 'dropped'> {
  blocks: Bare<Article['blocks'][number]>[];
  sentences: Bare<Article['sentences'][number]>[];
  dropped: Bare<Article['dropped'][number]>[];
}

export function toWire(article: Article): WireArticle {
  const bare = <T extends Span>(span: T): Bare<T> => ({ ...span, text: undefined });
  return { ...article, blocks: article.blocks.map(bare), sentences: article.sentences.map(bare), dropped: article.dropped.map(bare) };
}

export function fromWire(wire: WireArticle): Article {
  const cut = <T extends Omit<Span, 'text'>>(span: T & { text: undefined }): Omit<T, 'text'> & Span => ({ ...span, text: wire.text.slice(span.start, span.end) });
  return { ...wire, blocks: wire.blocks.map(cut), sentences: wire.sentences.map(cut), dropped: wire.dropped.map(cut) };
}
