/**
 * An article's publication time: the one reading of `publishedAt` that
 * grouping's time window, the aligner's choice of which version came first,
 * placing's window and the closing of a dated stream's stories all share.
 */

export const DAY_MS = 86_400_000;

/** `publishedAt` in milliseconds; NaN when there is none, or none that parses. */
export function publishedTime(publishedAt: string | undefined): number {
  return publishedAt ? Date.parse(publishedAt) : NaN;
}
