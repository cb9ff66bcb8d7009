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

/** Everything `buildCorpus` finds. */
export interface Corpus {
  articles: Article[];
  groups: StoryGroup[];
  alignments: ArticleAlignment[];
}
