/**
 * The public API of storyalign, by name. Nothing else is exported; anything not
 * listed here may change without notice.
 */
export { parseArticle } from './article/parse-article.js';
export type { ParsedArticle } from './article/parse-article.js';
export { detectLanguage } from './language/detect-language.js';
export type { DetectOptions, LanguageGuess } from './language/detect-language.js';
export { DEFAULT_LANGUAGES } from './language/candidates.js';
export { splitSentences } from './segment/split-sentences.js';
export { extractEntities } from './entities/extract-entities.js';
export type { Entity, EntityKind, EntityOptions } from './entities/extract-entities.js';
export { groupStories } from './group/group-stories.js';
export type { GroupJoin, GroupOptions, StoryGroup, VersionRelation } from './group/group-stories.js';
export { canonicalUrl } from './group/canonical-url.js';
export { alignSentences, learnTranslationModel } from './align/align-sentences.js';
export type { ModelDocument, TranslationModel } from './align/translation-model.js';
export type { AlignOptions } from './align/align-sentences.js';
export { readDictionary } from './align/dictionary.js';
export type { Dictionary } from './align/dictionary.js';
export { alignArticles } from './align/align-articles.js';
export type { Alignment, AlignArticlesOptions, SentencePair } from './align/align-articles.js';
export type { TranslationEvidence } from './align/judge-translation.js';
export { checkCoverage } from './report/check-coverage.js';
export type { CoverageOptions, CoverageReport, SentenceRef } from './report/check-coverage.js';
export type { Finding } from './report/findings.js';
export type { PairRef } from './report/segment-checks.js';
export { buildCorpus } from './pipeline.js';
export type { CorpusOptions, CorpusStage } from './pipeline.js';
export { buildCorpusStream } from './pipeline-stream.js';
export type { CorpusEvent } from './pipeline-stream.js';
export { toJsonl, jsonlChunks } from './export/to-jsonl.js';
export type { JsonlOptions } from './export/to-jsonl.js';
export { toJsonlDataset } from './export/dataset.js';

export { toTsv, tsvChunks } from './export/to-tsv.js';
export { toMoses, mosesLines } from './export/to-moses.js';
export type { MosesLine, MosesPair } from './export/to-moses.js';
export { toTmx, tmxChunks } from './export/to-tmx.js';
export { toHtml } from './export/to-html.js';
export { toHtmlSite } from './export/html-site.js';
export type { HtmlOptions } from './export/to-html.js';
export type { CorpusLike, OutputFile, WriterOptions } from './export/pair-rows.js';
export { StoryalignError, isStoryalignError } from './errors.js';
export type { StoryalignErrorCode } from './errors.js';
export { VERSION } from './version.js';
export type {
  AlignMode, Article, ArticleInput, Bead, Block, BlockKind, DropReason,
  DroppedLine, Sentence, Span,
} from './types.js';
export type { ArticleAlignment, Corpus, SetAsideArticle } from './corpus.js';
