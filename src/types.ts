/**
 * Types shared by several pipeline stages; it imports nothing from them, so
 * every stage may import it. Stage-local types live in their stage; what
 * `buildCorpus` returns, built of the stages' types, is in corpus.ts.
 */

/** What a caller hands in: one article, one language version of a story. */
export interface ArticleInput {
  id: string;
  text: string;
  /** Where the article was published; used for grouping and as a language hint. */
  url?: string;
  /** ISO 639-3 code when the caller already knows the language; skips detection. */
  lang?: string;
  title?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
}

/** The role a line plays in an article. */
export type BlockKind = 'title' | 'paragraph' | 'caption' | 'byline';

/** Why a line was kept out of the sentences. */
export type DropReason = 'ad-marker' | 'comment-counter' | 'source-line' | 'no-text';

/** A stretch of the original text, `text === original.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Block extends Span {
  kind: BlockKind;
  /** Set when the block is in another language than its article (an untranslated quote, a paragraph left in the source language). */
  lang?: string;
}

export interface DroppedLine extends Span {
  reason: DropReason;
}

export interface Sentence extends Span {
  /** Position in `Article.sentences`. */
  index: number;
  /** Position of the block (line or paragraph) it came from in `Article.blocks`. */
  block: number;
  kind: BlockKind;
  /** The article's language, unless the sentence's block carries strong evidence of another. */
  lang: string;
}

/** An article as the pipeline reads it: language, title, blocks, sentences and dropped lines, every offset into `text`. */
export interface Article {
  id: string;
  /** ISO 639-3 code, `und` when undecidable. */
  lang: string;
  langConfidence: number;
  /** The caller's title, else the title line found in the text. */
  title?: string;
  url?: string;
  publishedAt?: string;
  /** Source URLs named in the text (`Sumber: …`, `Nguồn: …`), as written. */
  sourceUrls: string[];
  /** The original text; every offset below points into it. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  /** Boilerplate kept out of `sentences`, with the reason. */
  dropped: DroppedLine[];
}

/** How two versions are aligned: `translation` (monotone, every sentence once) or `comparable` (pairs mined from independent reports). */
export type AlignMode = 'translation' | 'comparable';

/** A version moved after alignment from the group it was put in to the story it translates (the align stage decides, the group stage records it). */
export interface ArticlePlacement {
  articleId: string;
  /** Group ids. */
  from: string;
  to: string;
  /** The member it was aligned against (or, for the rest of its translation set, the one that was). */
  joinedWith: string;
  /** Share of both articles' sentences in confident beads of their alignment. */
  score: number;
  reason: string;
}

/** Sentences `source` of one side aligned to sentences `target` of the other. */
export interface Bead {
  source: number[];
  target: number[];
  /** Confidence in [0, 1]; 0 for a null bead (a sentence with no counterpart). */
  score: number;
}
