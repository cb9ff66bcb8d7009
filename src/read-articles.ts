/**
 * Reading, the pipeline's first step: each article segmented, its language
 * found and its entities read once, for the grouping view and the aligner's
 * anchor keys alike (see `readArticle`, the per-item work a worker runs);
 * and the articles read so far, held in the compact form later stages read.
 */
import { articleUrls } from './article/urls.js';
import { sentenceKeys } from './align/anchors.js';
import { KeyTable, keepKeys, packSentenceKeys, type ReadKeys } from './align/known-keys.js';
import { groupDocumentOf, readBody, type GroupDocument, type ReadDocument } from './group/group-keys.js';
import { Vocabulary } from './group/vocabulary.js';
import { readableSentences } from './language/zawgyi.js';
import { segmentArticle } from './segment/segment-article.js';
import type { Article, ArticleInput } from './types.js';

/** One article read: its prepared form, its grouping view and the aligner's anchor keys of each sentence. */
export interface ReadArticle {
  article: Article;
  doc: ReadDocument;
  /** Each sentence's anchor keys. */
  keys: ReadKeys;
}

/**
 * An article through reading: segmented, and its entities found once (with the
 * words for time and units the aligner reads) for the grouping view and the
 * anchor keys alike, on its sentences in readable form (Zawgyi in Unicode).
 */
export function readArticle(input: ArticleInput, only?: string[]): ReadArticle {
  const article = segmentArticle(input, only ? { only } : {});
  const sentences = readableSentences(article.sentences.map((s) => s.text));
  const body = sentences.join('\n');
  const read = readBody(body, article.lang);
  const doc = groupDocumentOf({ id: article.id, urls: articleUrls(article), body, lang: article.lang, publishedAt: article.publishedAt }, read);
  return { article, doc, keys: packSentenceKeys(sentenceKeys(read.entities, sentences)) };
}

/** Articles read per step: what grouping keeps of them is compacted after each, so that only one window's word maps are alive at a time. */
export const READ_WINDOW = 512;

/** Articles as they are read, in input order: what every later stage reads of them. */
export class ReadArticles {
  vocabulary = new Vocabulary();
  /** The anchor keys of every article, packed until the aligner asks (see known-keys.ts). */
  private readonly keyTable = new KeyTable();
  readonly prepared: Article[] = [];
  docs: GroupDocument[] = [];

  /**
   * The grouping views' keys by article id, the views and the vocabulary let
   * go: nothing after grouping reads them (at 100,000 generated articles they
   * are about 400 MB that aligning and placing would otherwise carry).
   */
  releaseGrouping(): Map<string, string[]> {
    const { keyOf } = this.vocabulary;
    const keysById = new Map(this.docs.map((d) => [d.id, Array.from(d.keyIds, (k) => keyOf[k]!)]));
    this.docs = [];
    this.vocabulary = new Vocabulary();
    return keysById;
  }

  add(read: ReadArticle[]): void {
    for (const r of read) {
      this.prepared.push(r.article);
      this.docs.push(this.vocabulary.compact(r.doc));
      keepKeys(r.article, this.keyTable, r.keys);
    }
  }
}
