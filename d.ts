import { alignSentences } from './src/index.ts';
import { score, type Bead } from './bench/alignment-metric.ts';
import { readFolder } from './bench/align-data.ts';
import { galeChurch } from './bench/gale-church.ts';
for (const d of [...readFolder('parice-en-is/test', 'en', 'is', 'eng', 'isl'), ...readFolder('textberg-de-fr/test', 'de', 'fr', 'deu', 'fra')]) {
  const t = alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang }).map((b) => [b.source, b.target] as Bead);
  const s = score([{ gold: d.gold, test: t }]); const g = score([{ gold: d.gold, test: galeChurch(d.source, d.target) }]);
  console.log(d.name, d.source.length, d.target.length, 'ours', s.strict.f1.toFixed(3), s.lax.f1.toFixed(3), 'gc', g.strict.f1.toFixed(3));
}
