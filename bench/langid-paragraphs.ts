/**
 * Paragraphs in another language than their article (what the coverage report
 * lists as left untranslated), part of `npm run bench:langid`. Two counts on
 * NTREX: each article as published (every paragraph is in its article's
 * language: any paragraph set apart is wrong), and each article with one line
 * of another language's version of its story put in as its third paragraph
 * (set apart in that language: found). The baseline, in the same run, asks
 * detectLanguage of every paragraph and sets apart what it names with
 * confidence 0.8 or more (Indonesian and Malay never against each other),
 * which is what storyalign did before a paragraph first had to show signs of
 * another language.
 */
import { detectLanguage } from '../src/index.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import type { Article } from '../src/types.js';
import { NTREX_LANGS, articleLines, readLines, readStories } from './ntrex.js';

/** Letters a paragraph needs before its language is asked (as segmentArticle asks). */
const MIN_LETTERS = 30;
/** Stories whose articles get a line of each other language: 40 of 123 keep the run short (about 5,000 articles). */
const INSERTED_STORIES = 40;

type BlockLanguages = (article: Article) => (string | undefined)[];
const MALAYIC = ['ind', 'zsm'];

const storyalign: BlockLanguages = (a) => a.blocks.map((b) => b.lang);
const everyParagraph: BlockLanguages = (a) => a.blocks.map((b) => {
  if ((b.text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const g = detectLanguage(b.text);
  if (g.lang === 'und' || g.lang === a.lang || g.confidence < 0.8 || (MALAYIC.includes(g.lang) && MALAYIC.includes(a.lang))) return undefined;
  return g.lang;
});

export function paragraphLanguages(): void {
  const lines = new Map(NTREX_LANGS.map((l) => [l, readLines(l)]));
  const stories = readStories();
  const byStory = new Map<string, Map<string, string[]>>();
  for (const s of stories) {
    const m = byStory.get(s.story) ?? new Map<string, string[]>();
    byStory.set(s.story, m);
    m.set(s.lang, articleLines(lines.get(s.lang as never)!, s).filter((l) => l.trim()));
  }
  const published = [...byStory.values()].flatMap((m) => [...m.values()].map((ls) => segmentArticle({ id: 'x', text: ls.join('\n') })));
  const inserted: { article: Article; at: number; gold: string }[] = [];
  for (const m of [...byStory.values()].slice(0, INSERTED_STORIES)) {
    for (const [host, own] of m) {
      for (const [guest, other] of m) {
        const line = other[2];
        if (guest === host || own.length < 3 || !line || (line.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) continue;
        const article = segmentArticle({ id: 'x', text: [...own.slice(0, 2), line, ...own.slice(2)].join('\n') });
        const at = article.blocks.findIndex((b) => b.text === line.trim());
        if (at >= 0) inserted.push({ article, at, gold: guest });
      }
    }
  }
  const paragraphs = published.reduce((n, a) => n + a.blocks.length, 0);
  console.log(`\nParagraphs in another language (NTREX): ${published.length} articles as published (${paragraphs} paragraphs, every one in its article's language), and ${inserted.length} with a line of another language's version of the story put in as the third paragraph:\n`);
  console.log('| paragraphs set apart | articles as published: set apart (all wrong) | line put in: found in its language | given another language |\n|---|---:|---:|---:|');
  for (const [name, read] of [['storyalign (signs of another language first)', storyalign], ['detectLanguage on every paragraph (baseline)', everyParagraph]] as const) {
    const wrong = published.reduce((n, a) => n + read(a).filter((l) => l !== undefined).length, 0);
    let found = 0;
    let other = 0;
    for (const { article, at, gold } of inserted) {
      const got = read(article)[at];
      if (got === gold) found++;
      else if (got !== undefined) other++;
    }
    console.log(`| ${name} | ${wrong} | ${(found / inserted.length).toFixed(3)} (${found}) | ${other} |`);
  }
}
