/**
 * `npm run bench:probes`: hostile input through every public door, with the
 * time each takes. Each probe must end in a result or a StoryalignError, never
 * a crash or a hang; the table says which, and how long it took.
 */
import { alignSentences, buildCorpus, detectLanguage, extractEntities, groupStories, isStoryalignError, parseArticle, splitSentences, toTmx } from '../src/index.js';

interface Probe { name: string; text: string }

const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
const probes: Probe[] = [
  { name: 'empty text', text: '' },
  { name: 'whitespace only', text: ' \t\n\r\n   ' },
  { name: 'control characters and NUL', text: 'Abc\u0000def\u0001\u0007 ghi.\u001b[31m Red.\u0000' },
  { name: 'lone UTF-16 surrogates', text: 'Astana \ud800 tiba \udc00 di Kazakhstan.\ud83d' },
  { name: 'right-to-left and invisible marks', text: '\u202eKazakhstan\u202c \u200fتعليق\u200e \ufeffSCO\u2066 2024\u2069. \u200b\u200c\u200d' },
  { name: 'mixed scripts', text: 'Xi Jinping 习近平 شي جين بينغ Тập Cận Bình Си Цзиньпин ประเทศไทย 2024. Astana.' },
  { name: '5 MB text on one line', text: words(550_000, 'Presiden tiba di Astana pada 2 Juli.').slice(0, 5_000_000) },
  { name: '100,000 dots', text: '.'.repeat(100_000) },
  { name: '1,000,000 spaces', text: ' '.repeat(1_000_000) + 'Akhir.' },
  { name: '1,000,000 newlines', text: '\n'.repeat(1_000_000) + 'Akhir.' },
  { name: '50,000 nested brackets', text: '('.repeat(25_000) + '[iklan]' + ')'.repeat(25_000) + ' ' + '['.repeat(50_000) },
  { name: '100,000-character URL', text: `Sumber: https://example.com/${'a'.repeat(100_000)}\nLain https://x.id/${'%'.repeat(100_000)}` },
  { name: 'capitalised words, no sentence end', text: words(100_000, 'Kazakhstan Astana Tokayev') },
  { name: 'digits and separators', text: `${'1.'.repeat(100_000)} ${'2/'.repeat(100_000)} ${'3-'.repeat(50_000)}` },
  { name: 'one 200,000-letter word', text: 'a'.repeat(200_000) },
  { name: 'many short lines', text: Array.from({ length: 50_000 }, (_, i) => `Baris ${i}`).join('\n') },
  { name: 'emails and at-signs', text: `${'x@'.repeat(100_000)} ${'a'.repeat(50_000)}@${'b'.repeat(50_000)}` },
];

function run(fn: () => unknown): string {
  const start = performance.now();
  let outcome: string;
  try {
    fn();
    outcome = 'ok';
  } catch (e) {
    if (!isStoryalignError(e)) throw e;
    outcome = `error ${e.code}`;
  }
  return `${outcome} ${(performance.now() - start).toFixed(0)} ms`;
}

console.log('| probe | chars | detectLanguage | parseArticle | splitSentences | extractEntities | buildCorpus (+TMX) |');
console.log('|---|---:|---|---|---|---|---|');
for (const p of probes) {
  const cells = [
    run(() => detectLanguage(p.text)),
    run(() => parseArticle({ id: 'p', text: p.text })),
    run(() => splitSentences(p.text)),
    run(() => extractEntities(p.text)),
    run(() => toTmx(buildCorpus([{ id: 'p', text: p.text }, { id: 'q', text: `${p.text.slice(0, 1000)} Astana 2024.` }]))),
  ];
  console.log(`| ${p.name} | ${p.text.length} | ${cells.join(' | ')} |`);
}

const many = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed} nomor ${i} di Astana pada ${i % 28 + 1} Juli.`);
for (const n of [10_000, 100_000]) {
  const t = run(() => alignSentences(many(n, 'Kalimat'), many(n, 'Câu'), { sourceLang: 'ind', targetLang: 'vie' }));
  console.log(`\nalignSentences on two ${n.toLocaleString('en')}-sentence documents: ${t}; peak resident memory of the process so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
const articles = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, text: `Presiden ${i % 50} tiba di Astana. Kazakhstan ${i}.` }));
console.log(`groupStories on 2,000 small articles: ${run(() => groupStories(articles))}`);
