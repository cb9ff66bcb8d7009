/**
 * Recognisers for the lines news sites wrap around an article. Each pattern is
 * anchored and built from bounded or non-overlapping pieces so that it runs in
 * linear time on hostile input (a 5 MB line, 100,000 brackets).
 */
import type { DropReason } from '../types.js';
import { URL_PATTERN, findUrls } from './urls.js';

/** The word for an advertisement slot, in the languages of the seeds and the usual news languages. */
const AD_WORDS = ['iklan', 'ad', 'ads', 'advert', 'advertisement', 'sponsored', 'quảng cáo', 'إعلان', 'اعلان', 'werbung', 'anzeige',
  'publicité', 'pub', 'publicidad', 'publicidade', 'реклама', '广告', '廣告', '広告', 'โฆษณา', 'reklam', 'iklan_sponsor'];

/** `[iklan_2]`, `[إعلان رقم 2]`, `[ad_1]`, `[Advertisement]`: an ad word, maybe numbered, alone in brackets (`[Cập nhật lúc 10:30]` is not one). */
const AD_MARKER = new RegExp(`^\\[(?:${AD_WORDS.join('|')})(?:[ _-]?(?:رقم )?\\d{1,3})?\\]$`, 'iu');

/** The word for comments under an article. */
const COMMENT_WORDS = ['komentar', 'comment', 'comments', 'bình luận', 'ý kiến', 'تعليق', 'تعليقات', 'kommentar', 'kommentare',
  'commentaire', 'commentaires', 'comentario', 'comentarios', 'comentário', 'comentários', 'комментарии', 'комментариев',
  '评论', '評論', 'コメント', 'ความคิดเห็น', 'yorum', 'yorumlar', 'ulasan', 'tanggapan', 'reaksi'];

/** `Komentar (0)`, `تعليق (0)`, `Bình luận (12)`, `Comments (3)`: the comment word with a count (`Piala Dunia (2022)` is not one). */
const COMMENT_COUNTER = new RegExp(`^(?:${COMMENT_WORDS.join('|')}) ?\\(\\d{1,7}\\)$`, 'iu');

/**
 * Words that introduce the source of an article, in the languages of our seeds and
 * the usual wire-service ones. A line that is only such a word (optionally with a
 * short qualifier like `TG&VN`) and optionally a URL is a source line.
 */
const SOURCE_WORDS = [
  'sumber', 'nguồn', 'source', 'sources', 'مصدر', 'المصدر', 'fuente', 'fonte', 'quelle',
  'источник', '来源', '出典', 'ที่มา', 'ប្រភព', 'pinagmulan', 'kaynak',
];

/**
 * Is this line a source line such as `Sumber: https://…`, `Nguồn TG&VN: https://…`,
 * a bare `مصدر` or a line that is only a URL? A source word followed by other
 * words is text (`Source code`, `Quelle surprise!`, `Sumber Waras.`) unless
 * the one word after it is a name or an acronym (`Nguồn TG&VN`).
 */
export function isSourceLine(line: string): boolean {
  if (line.length > 5000) return false;
  const withoutUrls = line.replace(URL_PATTERN, '').trim();
  if (withoutUrls === '' && findUrls(line).length > 0) return true;
  const m = /^([\p{L}\p{M}]+)(?:[ \t]([^\s:]{1,12}))?\s*[:：]?$/u.exec(withoutUrls);
  if (m === null || !SOURCE_WORDS.includes(m[1]!.toLowerCase())) return false;
  return m[2] === undefined || /^[\p{Lu}\p{N}][\p{L}\p{N}&/-]*$/u.test(m[2]);
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
