/**
 * What an article is about, as language-free keys for grouping: names (word by
 * word, so "President Xi Jinping" and "Xi Jinping" share two keys), countries,
 * places from the alias table, and numbers of two digits or more (small numbers
 * are everywhere and say nothing about the story).
 */
import { findEntities, type Entity } from '../entities/extract-entities.js';
import { lowercaseWords } from '../entities/lowercase-words.js';

export function groupKeys(entities: Entity[]): string[] {
  const keys = new Set<string>();
  for (const e of entities) {
    if (e.kind === 'name') {
      for (const word of e.key.slice(5).split(/[\s-]+/u)) if (word.length >= 3) keys.add(`w:${word}`);
    } else if (e.kind === 'country' || e.kind === 'date') {
      keys.add(e.key);
    } else if (e.kind === 'number') {
      const value = Number(e.key.slice(4));
      if (value >= 10) keys.add(e.key);
    }
  }
  return [...keys];
}

/** What grouping needs to know of an article. */
export interface GroupDocument {
  id: string;
  urls: string[];
  keys: string[];
  publishedAt?: string;
  /** Folded words the article writes in lower case: common words, not names. */
  lowercaseWords?: Iterable<string>;
  /** ISO 639-3; articles in different languages are compared on keys both languages can have. */
  lang?: string;
}

/** The grouping view of an article's body text (boilerplate already removed). */
export function toGroupDocument(a: { id: string; urls: string[]; body: string; lang?: string | undefined; publishedAt?: string | undefined }): GroupDocument {
  return {
    id: a.id,
    urls: a.urls,
    keys: groupKeys(findEntities(a.body, a.lang)),
    lowercaseWords: lowercaseWords(a.body),
    ...(a.lang !== undefined && { lang: a.lang }),
    ...(a.publishedAt !== undefined && { publishedAt: a.publishedAt }),
  };
}
