/** A corpus of `copies` renamed copies of one corpus: review pages at corpus size without building one (a test of the pages, not the pipeline). */
import type { Corpus } from '../src/corpus.js';

export function corpusCopies(corpus: Corpus, copies: number): Corpus {
  const out: Corpus = { articles: [], groups: [], alignments: [], setAside: [] };
  for (let k = 0; k < copies; k++) {
    const id = (x: string) => `${x}-${k}`;
    out.articles.push(...corpus.articles.map((a) => ({ ...a, id: id(a.id) })));
    out.groups.push(...corpus.groups.map((g) => ({
      ...g,
      id: `g${out.groups.length + 1}`,
      articleIds: g.articleIds.map(id),
      evidence: { ...g.evidence, relations: (g.evidence.relations ?? []).map((r) => ({ ...r, articleIds: [id(r.articleIds[0]), id(r.articleIds[1])] as [string, string] })) },
    })));
    out.alignments.push(...corpus.alignments.map((al) => ({ ...al, source: id(al.source), target: id(al.target) })));
  }
  return out;
}
