/**
 * The article stage: find the lines of an article, say what each one is (title,
 * paragraph, caption, byline, or boilerplate to drop) and keep exact offsets into
 * the original text. Sentences are cut later, by the segment stage.
 */
import type { ArticleInput, Block, BlockKind, DroppedLine, Span } from '../types.js';
import { boilerplateReason, endsWithCredit } from './boilerplate.js';
import { findUrls } from './urls.js';
import { articleInputSchema, parseInput } from '../schema.js';

/** An article's lines as parseArticle finds them: blocks with their kind, dropped boilerplate with the reason, source URLs, offsets into `text`. */
export interface ParsedArticle {
  id: string;
  text: string;
  url?: string;
  title?: string;
  publishedAt?: string;
  sourceUrls: string[];
  blocks: Block[];
  dropped: DroppedLine[];
}

const SENTENCE_END = /[.!?…؟。！？।"'”’»)\]]$/u;
/** A caption ends with a pipe in the layout these sites use: `… (Sumber: Kazinform) |`. */
const CAPTION_PIPE = /\s*\|$/u;
/** Bullet marks at the start of a paragraph are layout, not text. */
const BULLET = /^[*•▪·-]\s+/u;

/**
 * An article's lines: what each is (title, paragraph, caption, byline, or
 * boilerplate dropped with the reason), with offsets into its text. The input
 * is checked: a wrong one is INVALID_INPUT naming the field.
 *
 * @example
 * parseArticle({ id: 'a', text: 'Judul\n\nPresiden tiba di Astana.\n\n[iklan_2]' }).dropped; // [{ reason: 'ad-marker', text: '[iklan_2]', … }]
 */
export function parseArticle(input: ArticleInput): ParsedArticle {
  return parseArticleChecked(parseInput(articleInputSchema, input, 'article') as ArticleInput);
}

/** `parseArticle` for callers that have validated the article. */
export function parseArticleChecked(input: ArticleInput): ParsedArticle {
  const lines = splitLines(input.text);
  const blocks: Block[] = [];
  const dropped: DroppedLine[] = [];
  const sourceUrls: string[] = [];

  for (const line of lines) {
    const reason = boilerplateReason(line.text);
    if (reason) {
      dropped.push({ ...line, reason });
      if (reason === 'source-line') for (const url of findUrls(line.text)) sourceUrls.push(url);
      continue;
    }
    blocks.push(classifyLine(input.text, line));
  }
  markTitle(blocks, input.title);
  markByline(blocks);

  const title = input.title ?? blocks.find((b) => b.kind === 'title')?.text;
  return {
    id: input.id,
    text: input.text,
    ...(input.url !== undefined && { url: input.url }),
    ...(title !== undefined && { title }),
    ...(input.publishedAt !== undefined && { publishedAt: input.publishedAt }),
    sourceUrls: [...new Set(sourceUrls)],
    blocks,
    dropped,
  };
}

/**
 * Non-empty lines with their offsets, surrounding whitespace excluded. A line that
 * does not end a sentence and is followed by one starting in lower case is a
 * hard-wrapped paragraph, so the two are joined into one span.
 */
function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\r\n]+/gu;
  let prevBlank = true;
  let lastEnd = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const gap = text.slice(lastEnd, m.index);
    lastEnd = m.index + raw.length;
    if (trimmed === '') {
      prevBlank = true;
      continue;
    }
    const start = m.index + lead;
    const end = start + trimmed.length;
    const prev = spans[spans.length - 1];
    const singleBreak = !prevBlank && (gap.match(/\n/gu)?.length ?? 0) <= 1;
    if (prev && singleBreak && !SENTENCE_END.test(prev.text) && !CAPTION_PIPE.test(prev.text)
      && /^\p{Ll}/u.test(trimmed)) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else {
      spans.push({ text: trimmed, start, end });
    }
    prevBlank = false;
  }
  return spans;
}

function classifyLine(text: string, line: Span): Block {
  let { start, end } = line;
  let kind: BlockKind = 'paragraph';
  const pipe = CAPTION_PIPE.exec(line.text);
  if (pipe) {
    kind = 'caption';
    end -= pipe[0].length;
  }
  const bullet = BULLET.exec(text.slice(start, end));
  if (bullet) start += bullet[0].length;
  const body = text.slice(start, end);
  if (kind === 'paragraph' && endsWithCredit(body)) kind = 'caption';
  return { text: body, start, end, kind };
}

/**
 * The first line is a title when it does not end a sentence, is headline-sized and
 * a paragraph follows; or when it is the title the caller gave.
 */
function markTitle(blocks: Block[], givenTitle: string | undefined): void {
  const first = blocks[0];
  if (!first || blocks.length < 2) return;
  const isGiven = givenTitle !== undefined && first.text === givenTitle.trim();
  const looksLikeTitle = first.kind === 'paragraph' && !SENTENCE_END.test(first.text)
    && first.text.length <= 250;
  if (isGiven || looksLikeTitle) first.kind = 'title';
}

/**
 * A byline is a short line of capitalised words after the last paragraph:
 * `Bảo Minh`. It is kept (and marked) so coverage can say it has no counterpart.
 */
function markByline(blocks: Block[]): void {
  const last = blocks[blocks.length - 1];
  if (!last || blocks.length < 2 || last.kind !== 'paragraph') return;
  const words = last.text.split(/\s+/u);
  const isName = words.length <= 5 && last.text.length <= 50 && !/\d/u.test(last.text)
    && !SENTENCE_END.test(last.text)
    && words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w));
  if (isName) last.kind = 'byline';
}
