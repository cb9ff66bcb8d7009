import { alignSentences } from '../src/index.js';
import { score, type Bead } from './alignment-metric.js';
import { readFolder } from './align-data.js';
import { galeChurch } from './gale-church.js';
for (const [name, docs] of [['textberg', readFolder('textberg-de-fr/test', 'de', 'fr', 'deu', 'fra')], ['parice', readFolder('parice-en-is/test', 'en', 'is', 'eng', 'isl')]] as const) {
  const ours = score(docs.map((d) => ({ gold: d.gold, test: alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang }).map((b) => [b.source, b.target] as Bead) })));
  const gc = score(docs.map((d) => ({ gold: d.gold, test: galeChurch(d.source, d.target) })));
  console.log(name, 'ours', ours.strict.f1.toFixed(3), ours.lax.f1.toFixed(3), 'GC', gc.strict.f1.toFixed(3), gc.lax.f1.toFixed(3));
}
