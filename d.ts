import { anchorKeys, buildPairAnchors } from './src/align/anchors.ts';
import { findTranslationPath } from './src/align/translation-path.ts';
import { learnLengthModel, textLength } from './src/align/length-model.ts';
import { findRepeats } from './src/align/align-sentences.ts';
const many = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed} nomor ${i} di Astana pada ${i % 28 + 1} Juli.`);
anchorKeys(['warm up Astana'], 'ind');
for (const n of [10_000, 100_000]) {
  const a = many(n, 'Kalimat'), b = many(n, 'Câu');
  let t0 = performance.now(); const ka = anchorKeys(a, 'ind'), kb = anchorKeys(b, 'vie'); console.log('keys', performance.now() - t0);
  t0 = performance.now(); const pa = buildPairAnchors(ka, kb); console.log('pair', performance.now() - t0, pa.weight.length);
  t0 = performance.now(); const la = a.map(textLength), lb = b.map(textLength); const ra = findRepeats(a), rb = findRepeats(b); console.log('len+rep', performance.now() - t0);
  t0 = performance.now(); findTranslationPath({ sourceLengths: la, targetLengths: lb, anchors: pa, model: learnLengthModel(la, lb), sourceRepeats: ra, targetRepeats: rb }); console.log('path', performance.now() - t0);
}
