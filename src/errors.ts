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

/**
 * Marks a StoryalignError whatever copy of the package made it: the ESM and the
 * CommonJS builds (or two installed versions) each have their own class, so
 * `instanceof` fails across them; a registered symbol is the same everywhere.
 */
const BRAND = Symbol.for('storyalign.error');

const CODES: ReadonlySet<string> = new Set<StoryalignErrorCode>(['INVALID_INPUT', 'DUPLICATE_ID', 'EMPTY_TEXT', 'INVALID_ARGUMENT']);

/**
 * The error every public function throws for input it cannot use: `code` says
 * what kind (switch on it), `path` where (`['articles', 2, 'id']`), the message
 * what was expected. Tell it with isStoryalignError, which holds across builds.
 */
export class StoryalignError extends Error {
  readonly code: StoryalignErrorCode;
  readonly path: (string | number)[];

  constructor(code: StoryalignErrorCode, message: string, path: (string | number)[] = []) {
    super(message);
    this.name = 'StoryalignError';
    this.code = code;
    this.path = path;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `value` is a StoryalignError from any copy of the package (the ESM
 * and CommonJS builds, two installed versions): by its brand and a known
 * `code`, not by class.
 *
 * @example
 * try { splitSentences(5); } catch (e) { if (isStoryalignError(e)) console.log(e.code, e.path); } // INVALID_INPUT ['text']
 */
export function isStoryalignError(value: unknown): value is StoryalignError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true
    && CODES.has((value as { code?: unknown }).code as string);
}
