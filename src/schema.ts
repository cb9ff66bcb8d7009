/**
 * Input schemas, checked once at the public edge. After this point the stages
 * trust their types (the zod style: validate at the door, not in every room).
 */
import * as z from 'zod/mini';
import { StoryalignError } from './errors.js';
import type { ArticleInput } from './types.js';
import { toIso6393 } from './iso639.js';

/** A language code storyalign can read (ISO 639-1, 639-2, 639-3 or a BCP 47 tag); what names no language is refused here, not read as `und`. */
export const langCodeSchema = z.string().check(z.refine((code) => toIso6393(code) !== undefined, 'a language code such as "ind", "vi" or "en-US" (ISO 639 or BCP 47)'));
export const langCodeListSchema = z.array(langCodeSchema);

export const articleInputSchema = z.object({
  id: z.string().check(z.minLength(1, 'a non-empty string')),
  text: z.string(),
  url: z.optional(z.string()),
  lang: z.optional(langCodeSchema),
  title: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
});

export const articleListSchema = z.array(articleInputSchema);

export const textSchema = z.string();
export const sentenceListSchema = z.array(z.string());

/** `articles[2].id` from `["articles", 2, "id"]`. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Parse `value` with `schema`, or throw INVALID_INPUT naming every bad field and what was expected (`path` is the first's). */
export function parseInput<T>(schema: z.ZodMiniType<T>, value: unknown, name: string | (string | number)[]): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const base = Array.isArray(name) ? name : [name];
  const problems = result.error.issues.map((issue) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return { path, message: `${formatPath(path)}: ${describeIssue(issue, value)}` };
  });
  throw new StoryalignError('INVALID_INPUT', problems.map((p) => p.message).join('; '), problems[0]!.path);
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const got = describeValue(valueAt(root, issue.path));
  // Messages written in this package start in lower case ("a non-empty string"); zod's own do not.
  if (/^\p{Ll}/u.test(issue.message)) return `expected ${issue.message}, got ${got}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${got}`;
    case 'too_big':
      return `expected ${issue.origin === 'array' || issue.origin === 'string' ? 'a length of ' : ''}at most ${String(issue.maximum)}, got ${got}`;
    case 'too_small':
      return `expected ${issue.origin === 'array' || issue.origin === 'string' ? 'a length of ' : ''}at least ${String(issue.minimum)}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    default:
      // Our own messages ("an ISO 639 code such as …", "a function") say what is expected.
      return `expected ${issue.message}, got ${got}`;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? `a string of ${v.length} characters` : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** Validate a list of articles: shape and unique ids. */
export function parseArticles(value: unknown, name = 'articles'): ArticleInput[] {
  const articles = parseInput(articleListSchema, value, name);
  const checker = new ArticleChecker(name);
  articles.forEach((a, i) => checker.checkParsed(a as ArticleInput, i));
  return articles as ArticleInput[];
}

/**
 * Articles checked one at a time as a stream brings them, with what a list
 * is checked for: shape and an id no earlier article has. An article with
 * no text is not an error: it is read as `und` and set aside (see Corpus.setAside).
 */
export class ArticleChecker {
  private readonly seen = new Map<string, number>();
  constructor(private readonly name = 'articles') {}

  /** The article at place `i` of the input, checked. */
  check(value: unknown, i: number): ArticleInput {
    const article = parseInput(articleInputSchema, value, [this.name, i]) as ArticleInput;
    this.checkParsed(article, i);
    return article;
  }

  checkParsed(a: ArticleInput, i: number): void {
    const { name } = this;
    const first = this.seen.get(a.id);
    if (first !== undefined) {
      throw new StoryalignError(
        'DUPLICATE_ID',
        `${name}[${i}].id: "${a.id}" is already the id of ${name}[${first}]; ids must be unique`,
        [name, i, 'id'],
      );
    }
    this.seen.set(a.id, i);
  }
}

/** A prepared article as `buildCorpus` returns it (only the fields alignment reads are checked). */
export const preparedArticlesSchema = z.array(z.looseObject({
  id: z.string(),
  lang: z.string(),
  sourceUrls: z.array(z.string()),
  sentences: z.array(z.looseObject({
    text: z.string(),
    kind: z.enum(['title', 'paragraph', 'caption', 'byline']),
  })),
}));
