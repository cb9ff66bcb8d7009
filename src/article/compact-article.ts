/**
 * An article held compactly between reading and alignment. A read article's
 * blocks and sentences are an object and a slice of its text each, about 3.7
 * KB an article of one sentence per line (two thirds of what the main thread
 * held of it at 100,000 articles, and millions of objects for every full
 * collection to walk while grouping ran). Held here as numbers in one typed
 * array, they are made into the same objects again when a later stage first
 * asks for the article: grouping reads none of them.
 */
import type { Article, Block, BlockKind, DroppedLine, DropReason, Sentence } from '../types.js';

export interface CompactArticle {
  /** The article without its spans: every other field as it was, in its order. */
  fields: Omit<Article, 'blocks' | 'sentences' | 'dropped'> & { blocks: undefined; sentences: undefined; dropped: undefined };
  /** Blocks (start, end, kind, language or -1), then sentences (start, end, block, kind, language), then dropped lines (start, end, reason). */
  spans: Int32Array;
  blocks: number;
  sentences: number;
}

const BLOCK = 4;
const SENTENCE = 5;
const DROPPED = 3;

export function compactArticle(article: Article): CompactArticle {
  const { blocks, sentences, dropped } = article;
  const spans = new Int32Array(blocks.length * BLOCK + sentences.length * SENTENCE + dropped.length * DROPPED);
  let k = 0;
  for (const b of blocks) {
    spans.set([b.start, b.end, numberOf(b.kind), b.lang === undefined ? -1 : numberOf(b.lang)], k);
    k += BLOCK;
  }
  for (const s of sentences) {
    spans.set([s.start, s.end, s.block, numberOf(s.kind), numberOf(s.lang)], k);
    k += SENTENCE;
  }
  for (const d of dropped) {
    spans.set([d.start, d.end, numberOf(d.reason)], k);
    k += DROPPED;
  }
  return { fields: { ...article, blocks: undefined, sentences: undefined, dropped: undefined }, spans, blocks: blocks.length, sentences: sentences.length };
}

/** The article again, each span a literal of its type with its text cut from the article's, as reading made it. */
export function expandArticle({ fields, spans, blocks: blockCount, sentences: sentenceCount }: CompactArticle): Article {
  const { text } = fields;
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const dropped: DroppedLine[] = [];
  let k = 0;
  for (let b = 0; b < blockCount; b++, k += BLOCK) {
    const [start, end, kind, lang] = [spans[k]!, spans[k + 1]!, nameOf(spans[k + 2]!) as BlockKind, spans[k + 3]!];
    blocks.push(lang < 0 ? { text: text.slice(start, end), start, end, kind } : { text: text.slice(start, end), start, end, kind, lang: nameOf(lang) });
  }
  for (let index = 0; index < sentenceCount; index++, k += SENTENCE) {
    const [start, end, block] = [spans[k]!, spans[k + 1]!, spans[k + 2]!];
    sentences.push({ index, text: text.slice(start, end), start, end, block, kind: nameOf(spans[k + 3]!) as BlockKind, lang: nameOf(spans[k + 4]!) });
  }
  for (; k < spans.length; k += DROPPED) {
    const [start, end] = [spans[k]!, spans[k + 1]!];
    dropped.push({ text: text.slice(start, end), start, end, reason: nameOf(spans[k + 2]!) as DropReason });
  }
  return { ...fields, blocks, sentences, dropped };
}

/** Kinds, reasons and languages by number: a few dozen in any input, each name kept once. */
const names: string[] = [];
const numbers = new Map<string, number>();

function numberOf(name: string): number {
  let n = numbers.get(name);
  if (n === undefined) {
    n = names.push(name) - 1;
    numbers.set(name, n);
  }
  return n;
}

function nameOf(n: number): string {
  return names[n]!;
}
