/**
 * One form for every way of writing the same article address, so that equal
 * sources compare equal: https, lower-case host without `www.`, `m.` or `amp.`,
 * no AMP path, no tracking parameters, no fragment, no trailing slash, and
 * percent-encoding only where it is needed. A port other than the scheme's
 * default is kept (another port is another server).
 */
import { StoryalignError } from '../errors.js';

/**
 * Parameters that only say how a reader came to a page, never which page: the
 * click and campaign ids of ad and mail platforms (the ones URL cleaners strip
 * on every site). Short names such as `s`, `ref`, `from` or `source` are not
 * here: on many sites they are the article (`read.php?s=101`).
 */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid|ref_src|amp|outputType)$/iu;

/**
 * The form URLs are compared in: https, host without `www.`, `m.` or `amp.`, no
 * AMP path, fragment or trailing slash, a non-default port kept, click and
 * campaign ids dropped and every other parameter kept.
 *
 * @param raw - A URL as written.
 * @returns The canonical form, or undefined for what is not an http(s) URL.
 * @example
 * canonicalUrl('http://m.example.com/a-b-c.html/?utm_source=x#top'); // 'https://example.com/a-b-c.html'
 */
export function canonicalUrl(raw: string): string | undefined {
  if (typeof raw !== 'string') throw new StoryalignError('INVALID_INPUT', `url: expected string, got ${raw === null ? 'null' : typeof raw}`, ['url']);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./u, '').replace(/\.$/u, '');
  let path = decodeSafe(url.pathname)
    .replace(/\/amp(?:\.html)?\/?$/u, '/')
    .replace(/\.amp(?=\.html?$)/u, '')
    .replace(/\/(?:index\.html?)?$/u, '');
  if (path === '') path = '';
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '';
  // URL has already dropped a default port (80 for http, 443 for https).
  const port = url.port ? `:${url.port}` : '';
  return `https://${host}${port}${path}${query}`;
}

/**
 * Whether a canonical URL names one page rather than a site or a section: its
 * last path segment or a query value carries an identifier (a number, as in
 * `…-4766455.html` or `?p=123`, or a slug of three words or more), a path
 * segment holds an id of five digits or more, or it names a file.
 * `https://antaranews.com`, `https://www.who.int/` and `/berita` name no
 * article, so two articles citing them are not one story for that.
 */
export function namesPage(canonical: string): boolean {
  const url = new URL(canonical);
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  const values = [...url.searchParams.values()];
  // `/2024/07/02` is a day's archive, not an article.
  const archive = segments.length > 0 && segments.every((part) => /^\d{1,4}$/u.test(part));
  return [archive ? '' : last, ...values].some((part) => /\d/u.test(part) || part.split(/[-_+]|%20/u).filter(Boolean).length >= 3)
    // An id anywhere in the path (`/berita/4181539/presiden-tiba`); a date folder has at most four digits.
    || segments.some((part) => /\d{5}/u.test(part))
    || (/\.(?:s?html?|php|aspx?|jsp|cfm)$/iu.test(last) && values.length > 0)
    || (/\.(?:s?html?|pdf)$/iu.test(last) && !/^(?:index|default|home)\./iu.test(last));
}

/** Decode percent-escapes of characters that need none (`%7E` is `~`, `%C3%AA` is `ê`). */
function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path.replace(/%(2F|3F|23|25)/giu, '%25$1')).normalize('NFC');
  } catch {
    return path;
  }
}
