// Development helper (not a benchmark): grouping F1 by threshold.
import { groupStories } from '../src/index.js';
import { NTREX_LANGS, articleLines, readLines, readStories } from './ntrex.js';
const stories = readStories();
const lines = new Map(NTREX_LANGS.map((l) => [l, readLines(l)]));
for (const langs of [['ind', 'vie', 'eng'], NTREX_LANGS as readonly string[]]) {
  const docs = stories.filter((s) => langs.includes(s.lang)).map((s) => ({ id: `${s.story}/${s.lang}`, text: articleLines(lines.get(s.lang as never)!, s).join('\n'), lang: s.lang }));
  const out: string[] = [];
  for (const t of [0.15]) {
    const groups = groupStories(docs, { threshold: t });
    const g = new Map<string, number>(); groups.forEach((x, i) => x.articleIds.forEach((id) => g.set(id, i)));
    let tp = 0, fp = 0, fn = 0;
    for (let a = 0; a < docs.length; a++) for (let b = a + 1; b < docs.length; b++) {
      const same = docs[a]!.id.split('/')[0] === docs[b]!.id.split('/')[0]; const tog = g.get(docs[a]!.id) === g.get(docs[b]!.id);
      if (same && tog) tp++; else if (tog) fp++; else if (same) fn++;
    }
    const p = tp / (tp + fp), r = tp / (tp + fn); out.push(`${t}: P${p.toFixed(2)} R${r.toFixed(2)} F${(2 * p * r / (p + r)).toFixed(3)}`);
  }
  console.log(langs.length, out.join(' | '));
}
