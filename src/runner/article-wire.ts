/**
 * An article as it crosses to another thread or process. Every span of an
 * article (block, sentence, dropped line) is a stretch of its text, so its
 * own copy of that text is left behind and cut again on arrival: a structured
 * copy sends each string on its own, and an article read in a worker came
 * back as its text three times over, held that way for the rest of the run.
 */
import type { Article, Block, DroppedLine, Sentence, Span } from '../types.js';

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
  const { text } = wire;
  // Each span is built as a literal of its type, its kind and language the one copy of that
  // name: a span spread from a structured copy kept its fields out of line, and each span its own
  // copy of "paragraph" and of its language (about 1.4 KB an article held on the main thread, measured at 21,476).
  const blocks = wire.blocks.map(({ start, end, kind, lang }): Block => (lang === undefined
    ? { text: text.slice(start, end), start, end, kind: named(kind) }
    : { text: text.slice(start, end), start, end, kind: named(kind), lang: named(lang) }));
  // A sentence that is its whole block (a headline, a one-sentence paragraph) shares the block's text: one slice, not two.
  const sentences = wire.sentences.map(({ index, start, end, block, kind, lang }): Sentence => {
    const whole = blocks[block];
    const cut = whole && whole.start === start && whole.end === end ? whole.text : text.slice(start, end);
    return { index, text: cut, start, end, block, kind: named(kind), lang: named(lang) };
  });
  const dropped = wire.dropped.map(({ start, end, reason }): DroppedLine => ({ text: text.slice(start, end), start, end, reason: named(reason) }));
  return { ...wire, lang: named(wire.lang), blocks, sentences, dropped };
}

/** Names a span carries (kinds, languages, reasons): a few dozen in any input, kept once each. */
const NAMES = new Map<string, string>();
const MAX_NAMES = 1024;

function named<T extends string>(name: T): T {
  const kept = NAMES.get(name);
  if (kept !== undefined) return kept as T;
  if (NAMES.size < MAX_NAMES) NAMES.set(name, name);
  return name;
}
