/**
 * The one error class of the package. Every failure a caller can cause carries a
 * stable string `code` (switch on it, not on the message) and, where it applies,
 * the `path` of the offending field, e.g. `["articles", 2, "id"]`.
 */
export type StoryalignErrorCode =
  /** An argument does not have the expected type or shape. */
  | 'INVALID_INPUT'
  /** Two articles share one `id`. */
  | 'DUPLICATE_ID'
  /** An article's text holds no letters or digits at all. */
  | 'EMPTY_TEXT'
  /** A command-line argument or input file is unusable. */
  | 'INVALID_ARGUMENT';

export class StoryalignError extends Error {
  readonly code: StoryalignErrorCode;
  readonly path: (string | number)[];

  constructor(code: StoryalignErrorCode, message: string, path: (string | number)[] = []) {
    super(message);
    this.name = 'StoryalignError';
    this.code = code;
    this.path = path;
  }
}

export function isStoryalignError(value: unknown): value is StoryalignError {
  return value instanceof StoryalignError;
}
