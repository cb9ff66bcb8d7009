/**
 * What `buildCorpus` returns: the stages' results put together. Apart from
 * types.ts so that types.ts imports no stage; only the pipeline and the stages
 * after it (export, the command) read it.
 */
import type { Alignment } from './align/align-pair.js';
import type { StoryGroup } from './group/group-stories.js';
import type { CoverageReport } from './report/check-coverage.js';
import type { Article } from './types.js';

/** Two versions of one story, aligned, with the coverage report of the second against the first. */
export interface ArticleAlignment extends Alignment {
  coverage: CoverageReport;
}

/**
 * An article kept in the corpus but left out of grouping and alignment, with
 * why: a page of a crawl with no letter or digit (empty, whitespace, dots).
 * It is still in `articles` (`lang: 'und'`, no sentences) and in a group of its own.
 */
export interface SetAsideArticle {
  id: string;
  /** Its place in the input. */
  index: number;
  code: 'EMPTY_TEXT';
  reason: string;
}

/** Everything `buildCorpus` finds. */
export interface Corpus {
  articles: Article[];
  groups: StoryGroup[];
  alignments: ArticleAlignment[];
  /** Articles that could not be read, in input order, with the reason; every one of them is in `articles` too. */
  setAside: SetAsideArticle[];
}
