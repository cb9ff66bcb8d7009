/**
 * One form for every way of writing the same article address, so that equal
 * sources compare equal: https, lower-case host without `www.`, `m.` or `amp.`,
 * no AMP path, no tracking parameters, no fragment, no trailing slash, and
 * percent-encoding only where it is needed.
 */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|spm|share|from|source|s)$/iu;

export function canonicalUrl(raw: string): string | undefined {
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
    .filter(([k]) => !TRACKING.test(k) && k !== 'amp' && k !== 'outputType')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '';
  return `https://${host}${path}${query}`;
}

/** Decode percent-escapes of characters that need none (`%7E` is `~`, `%C3%AA` is `ê`). */
function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path.replace(/%(2F|3F|23|25)/giu, '%25$1')).normalize('NFC');
  } catch {
    return path;
  }
}
