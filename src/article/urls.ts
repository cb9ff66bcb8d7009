/**
 * Web addresses in running text, found one way for every stage: source lines
 * (article), URL entities and their removal before numbers are read
 * (entities), language detection, and the lost-URL check (report). Bounded
 * pieces keep the pattern linear on a 100,000-character address.
 */
export const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'()[\]]{1,4000}/giu;

export interface UrlSpan {
  url: string;
  start: number;
  end: number;
}

/** URLs with their offsets; a full stop or comma after an address is the sentence's, not the URL's. */
export function findUrlSpans(text: string): UrlSpan[] {
  // Most text has no URL: a plain search for its mark is much cheaper than the pattern tried at every word boundary.
  if (!mayHoldUrl(text)) return [];
  return [...text.matchAll(URL_PATTERN)].map((m) => {
    const url = m[0].replace(/[.,;:!?]+$/u, '');
    return { url, start: m.index, end: m.index + url.length };
  });
}

/** Whether `text` has the mark every URL the pattern finds has. */
export function mayHoldUrl(text: string): boolean {
  return text.includes('://');
}

export function findUrls(text: string): string[] {
  return findUrlSpans(text).map((s) => s.url);
}

/** Every address an article gives for itself: its own `url` and the sources it names. */
export function articleUrls(article: { sourceUrls: string[]; url?: string | undefined }): string[] {
  return article.url ? [...article.sourceUrls, article.url] : article.sourceUrls;
}
