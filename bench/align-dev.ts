// Development helper (not a benchmark): strict F1 on the three sets, quickly, per document and with a corpus model.
import { alignSentences, learnTranslationModel } from '../src/index.js';
import { score, type Bead } from './alignment-metric.js';
import { readFolder, type AlignDoc } from './align-data.js';
import { ntrexPairs } from './ntrex-pairs.js';
const sets = { textberg: readFolder('textberg-de-fr/test', 'de', 'fr', 'deu', 'fra'), parice: readFolder('parice-en-is/test', 'en', 'is', 'eng', 'isl'), ntrex: ntrexPairs() };
const run = (docs: AlignDoc[], withModel: boolean) => {
  const groups = new Map<string, AlignDoc[]>();
  for (const d of docs) groups.set(`${d.sourceLang}-${d.targetLang}`, [...(groups.get(`${d.sourceLang}-${d.targetLang}`) ?? []), d]);
  const pairs: { gold: Bead[]; test: Bead[] }[] = [];
  for (const g of groups.values()) {
    const model = withModel ? learnTranslationModel(g) : undefined;
    for (const d of g) pairs.push({ gold: d.gold, test: alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang, ...(model && { model }) }).map((b) => [b.source, b.target] as Bead) });
  }
  return score(pairs).strict.f1.toFixed(3);
};
console.log(Object.entries(sets).map(([k, docs]) => `${k} ${run(docs, false)} / model ${run(docs, true)}`).join('  '));
