/**
 * Recognisers for the lines news sites wrap around an article. Each pattern is
 * anchored and built from bounded or non-overlapping pieces so that it runs in
 * linear time on hostile input (a 5 MB line, 100,000 brackets).
 */
import type { DropReason } from '../types.js';
import { URL_PATTERN, findUrls } from './urls.js';

/** `[iklan_2]`, `[إعلان رقم 2]`, `[ad_1]`: a whole line in brackets, at most 40 characters. */
const AD_MARKER = /^\[[^\[\]\n]{1,40}\]$/u;

/** `Komentar (0)`, `تعليق (0)`, `Bình luận (12)`, `Comments (3)`. */
const COMMENT_COUNTER = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2} ?\(\d{1,7}\)$/u;

/**
 * Words that introduce the source of an article, in the languages of our seeds and
 * the usual wire-service ones. A line that is only such a word (optionally with a
 * short qualifier like `TG&VN`) and optionally a URL is a source line.
 */
const SOURCE_WORDS = [
  'sumber', 'nguồn', 'source', 'sources', 'مصدر', 'المصدر', 'fuente', 'fonte', 'quelle',
  'источник', '来源', '出典', 'ที่มา', 'ប្រភព', 'pinagmulan', 'kaynak',
];

/** Is this line a source line such as `Sumber: https://…` or a bare `مصدر`? */
export function isSourceLine(line: string): boolean {
  if (line.length > 5000) return false;
  const withoutUrls = line.replace(URL_PATTERN, '').trim();
  if (withoutUrls === '' && findUrls(line).length > 0) return true;
  const m = /^([\p{L}\p{M}]+)(?:[ \t][^\s:]{1,12})?\s*[:：]?$/u.exec(withoutUrls);
  return m !== null && SOURCE_WORDS.includes(m[1]!.toLowerCase());
}

/** The reason to drop a line, or `undefined` when it is content. */
export function boilerplateReason(line: string): DropReason | undefined {
  if (AD_MARKER.test(line)) return 'ad-marker';
  if (line.length <= 40 && COMMENT_COUNTER.test(line)) return 'comment-counter';
  if (isSourceLine(line)) return 'source-line';
  return undefined;
}

/** A photo credit at the end of a line: `(Sumber: Kazinform)`, `(Nguồn: Kazinform)`, `(المصدر: THX)`. */
export function endsWithCredit(line: string): boolean {
  const m = /\(([\p{L}\p{M}]+)[^()\n]{0,20}?:[^()\n]{1,60}\)$/u.exec(line.slice(-90));
  return m !== null && SOURCE_WORDS.includes(m[1]!.toLowerCase());
}
