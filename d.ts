import { alignSentences } from './src/index.ts';
import { type Bead } from './bench/alignment-metric.ts';
import { ntrexPairs } from './bench/ntrex-pairs.ts';
const docs = ntrexPairs().filter(d => d.name.startsWith('ind-zsm'));
const missed = new Map<string, number>(), wrong = new Map<string, number>();
const shape = (b: Bead) => `${b[0].length}-${b[1].length}`;
let shown = 0;
for (const d of docs) {
  const test = alignSentences(d.source, d.target, { sourceLang: d.sourceLang, targetLang: d.targetLang }).map(b => [b.source, b.target] as Bead);
  const key = (b: Bead) => b[0].join(',') + ':' + b[1].join(',');
  const tk = new Set(test.map(key)), gk = new Set(d.gold.map(key));
  for (const g of d.gold) if (!tk.has(key(g))) missed.set(shape(g), (missed.get(shape(g)) ?? 0) + 1);
  for (const t of test) if (!gk.has(key(t))) wrong.set(shape(t), (wrong.get(shape(t)) ?? 0) + 1);
  if (shown < 2 && test.some(t => !gk.has(key(t)))) { shown++; console.log(d.name); for (const g of d.gold) if (!tk.has(key(g))) console.log(' gold', key(g)); for (const t of test) if (!gk.has(key(t))) console.log(' test', key(t)); }
}
console.log('missed gold', missed, 'wrong test', wrong);
const d = docs.find(x => x.name.includes('upi.176266'))!;
console.log(d.source[4]); console.log(d.target[4]); console.log(d.target[5]);
import { anchorKeys } from './src/align/anchors.ts';
const ks = anchorKeys(d.source, 'ind'), kt = anchorKeys(d.target, 'zsm'); console.log(ks[4], kt[4], kt[5]);
