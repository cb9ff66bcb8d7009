/**
 * TMX 1.4b: a `<header>` with every attribute the DTD requires, one `<tu>` per
 * aligned pair with `xml:lang` on each `<tuv>`, score, mode and article ids as
 * `<prop>`s. Characters XML 1.0 cannot carry (control characters, lone
 * surrogates) become U+FFFD rather than breaking the file.
 */
import { VERSION } from '../version.js';
import { pairRows, type CorpusLike, type WriterOptions } from './pair-rows.js';

export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

export function toTmx(corpus: CorpusLike, options?: WriterOptions): string {
  const rows = pairRows(corpus, options);
  const sourceLangs = new Set(rows.map((r) => r.sourceLang));
  const srclang = sourceLangs.size === 1 ? [...sourceLangs][0]! : '*all*';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="storyalign" creationtoolversion="${VERSION}" segtype="sentence" o-tmf="storyalign" adminlang="en" srclang="${escapeXml(srclang)}" datatype="plaintext"/>`,
    '  <body>',
  ];
  for (const r of rows) {
    out.push(
      '    <tu>',
      `      <prop type="x-score">${r.score}</prop>`,
      `      <prop type="x-mode">${r.mode}</prop>`,
      `      <prop type="x-source-article">${escapeXml(r.sourceArticle)}</prop>`,
      `      <prop type="x-target-article">${escapeXml(r.targetArticle)}</prop>`,
      `      <tuv xml:lang="${escapeXml(r.sourceLang)}"><seg>${escapeXml(r.source)}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(r.targetLang)}"><seg>${escapeXml(r.target)}</seg></tuv>`,
      '    </tu>',
    );
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
