/**
 * Do the sentences a monotone alignment pairs share their words, more than
 * sentences it does not pair? A search over many candidates for the best
 * fit of sentence lengths finds, among unrelated articles too, one whose
 * alignment looks like a translation's: lengths follow, beads are 1-1, and
 * word pairs learned from a corpus match the common words of any sentence.
 * What only a translation has is that the words agree in the paired sentences
 * and not in their neighbours; that contrast is measured here, within the one
 * pair of articles, so it needs no bar tuned to a language or a corpus.
 */
import { rememberPer } from '../remember.js';
import type { Bead } from '../types.js';
import type { TranslationModel } from './translation-model.js';

export interface LexicalAgreement {
  /** 1-1 beads whose source sentence shares more of its words with its counterpart than with the counterparts of the beads beside it. */
  wins: number;
  /** 1-1 beads where the neighbours share more. */
  losses: number;
  /** One-sided sign test: the chance of at least `wins` of `wins + losses` if pairing told nothing. */
  pValue: number;
}

/** Each model's word pairs as target word -> the source words it translates. */
const pairIndex = rememberPer((model: TranslationModel): Map<string, Set<string>> => {
  const index = new Map<string, Set<string>>();
  for (const [t, s] of model.wordPairs) {
    const set = index.get(t);
    if (set) set.add(s);
    else index.set(t, new Set([s]));
  }
  return index;
});

export function lexicalAgreement(beads: Bead[], sourceWords: string[][], targetWords: string[][], model?: TranslationModel): LexicalAgreement {
  const pairs = model ? pairIndex(model) : undefined;
  // What a target sentence answers for: its own words and every source word they are learned to translate.
  const answered = new Map<number, Set<string>>();
  const answers = (j: number) => {
    let set = answered.get(j);
    if (!set) {
      set = new Set(targetWords[j]!);
      for (const v of targetWords[j]!) for (const w of pairs?.get(v) ?? []) set.add(w);
      answered.set(j, set);
    }
    return set;
  };
  // The share of a source sentence's words with a counterpart (the same word, or a learned translation) in a target sentence.
  const share = (i: number, j: number) => {
    const words = sourceWords[i]!;
    if (words.length === 0) return 0;
    const there = answers(j);
    let hit = 0;
    for (const w of words) if (there.has(w)) hit++;
    return hit / words.length;
  };
  const oneToOne = beads.filter((b) => b.source.length === 1 && b.target.length === 1).map((b) => [b.source[0]!, b.target[0]!] as const);
  let wins = 0;
  let losses = 0;
  oneToOne.forEach(([i, j], k) => {
    const around = [oneToOne[k - 1], oneToOne[k + 1]].filter((x) => x !== undefined);
    if (around.length === 0) return;
    const paired = share(i, j);
    const beside = around.reduce((sum, [, other]) => sum + share(i, other), 0) / around.length;
    if (paired > beside) wins++;
    else if (paired < beside) losses++;
  });
  return { wins, losses, pValue: signTest(wins, wins + losses) };
}

/** P(X >= wins) for X ~ Binomial(n, 1/2); 1 when n is 0. */
function signTest(wins: number, n: number): number {
  let p = 0;
  let term = 0.5 ** n;
  for (let k = 0; k <= n; k++) {
    if (k >= wins) p += term;
    term *= (n - k) / (k + 1);
  }
  return Math.min(1, p);
}
