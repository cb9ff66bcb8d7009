/**
 * TMX 1.4b: a `<header>` with every attribute the DTD requires and the
 * creation date, one `<tu>` per aligned pair with a stable `tuid`, `xml:lang`
 * on each `<tuv>`, score, mode and article ids as `<prop>`s. No DOCTYPE: the
 * DTD is not shipped beside the file, and a reference to a file that is not
 * there breaks validating readers (validate with `xmllint --dtdvalid tmx14.dtd`).
 * Characters XML 1.0 cannot carry (control characters, lone surrogates)
 * become U+FFFD rather than breaking the file.
 */
import { VERSION } from '../version.js';
import { eachPairRow, rowSourceLangs, type CorpusLike, type WriterOptions } from './pair-rows.js';
import { checkWriterInput } from './check-input.js';

export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/**
 * When the file is made: now, or SOURCE_DATE_EPOCH (seconds) when it is set, the
 * reproducible-builds convention for output that must be the same byte for byte.
 */
function creationTime(): Date {
  const fixed = typeof process !== 'undefined' ? process.env.SOURCE_DATE_EPOCH : undefined;
  return fixed !== undefined && /^\d+$/u.test(fixed) ? new Date(Number(fixed) * 1000) : new Date();
}

/** TMX's date form, UTC: 20261203T150405Z. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}

/**
 * A corpus's sentence pairs as a TMX 1.4 translation memory.
 *
 * @param corpus - What buildCorpus returns (its `articles` and `alignments`).
 * @param options - `minScore`, `pairs`, `modes`.
 * @returns The TMX document.
 * @example
 * writeFileSync('corpus.tmx', toTmx(corpus, { minScore: 0.5 }));
 */
export function toTmx(corpus: CorpusLike, options?: WriterOptions): string {
  return [...tmxChunks(corpus, options)].join('');
}

/**
 * `toTmx` a unit at a time, header first (the input is checked before it).
 *
 * @example
 * for (const piece of tmxChunks(corpus)) process.stdout.write(piece);
 */
export function tmxChunks(corpus: CorpusLike, options?: WriterOptions): Generator<string> {
  checkWriterInput(corpus, options);
  return units(corpus, options);
}

function* units(corpus: CorpusLike, options?: WriterOptions): Generator<string> {
  // The header names the source language when every unit has the same one.
  const sourceLangs = rowSourceLangs(corpus, options);
  const srclang = sourceLangs.size === 1 ? [...sourceLangs][0]! : '*all*';
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="storyalign" creationtoolversion="${VERSION}" segtype="sentence" o-tmf="storyalign" adminlang="en" srclang="${escapeXml(srclang)}" datatype="plaintext" creationdate="${tmxDate(creationTime())}"/>`,
    '  <body>',
    '',
  ].join('\n');
  for (const r of eachPairRow(corpus, options)) {
    yield [
      `    <tu tuid="${escapeXml(r.id)}">`,
      `      <prop type="x-score">${r.score}</prop>`,
      `      <prop type="x-mode">${r.mode}</prop>`,
      `      <prop type="x-source-article">${escapeXml(r.sourceArticle)}</prop>`,
      `      <prop type="x-target-article">${escapeXml(r.targetArticle)}</prop>`,
      `      <tuv xml:lang="${escapeXml(r.sourceLang)}"><seg>${escapeXml(r.source)}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(r.targetLang)}"><seg>${escapeXml(r.target)}</seg></tuv>`,
      '    </tu>',
      '',
    ].join('\n');
  }
  yield '  </body>\n</tmx>\n';
}
