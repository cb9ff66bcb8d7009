/**
 * Sentences a bead hides: an aligner that meets a left-out sentence beside a
 * translated one often joins both to the one translation (a 2-1 bead), and a
 * bead is covered as a whole. Inside a bead of two or more sentences on one
 * side, a sentence whose names and numbers the other side lacks, while its
 * bead-mates' are all there, has no counterpart: it is missing (or added).
 */
import type { Bead } from '../types.js';
import { isKey } from '../entities/keys.js';

export interface HiddenSentence {
  index: number;
  bead: { source: number[]; target: number[] };
}

/** Keys that say what a sentence is about: names, numbers, dates, countries (not learned words). */
const anchors = (keys: string[]) => keys.filter((k) => isKey(k, 'num'));

export function hiddenInBeads(beads: Bead[], sourceKeys: string[][], targetKeys: string[][]): { missing: HiddenSentence[]; added: HiddenSentence[] } {
  const missing: HiddenSentence[] = [];
  const added: HiddenSentence[] = [];
  for (const b of beads) {
    if (b.source.length === 0 || b.target.length === 0) continue;
    const bead = { source: b.source, target: b.target };
    if (b.source.length > 1) for (const i of unmatched(b.source, sourceKeys, b.target, targetKeys)) missing.push({ index: i, bead });
    if (b.target.length > 1) for (const j of unmatched(b.target, targetKeys, b.source, sourceKeys)) added.push({ index: j, bead });
  }
  return { missing, added };
}

/** Sentences of `side` with anchors none of which `other` has, when every other sentence of `side` has its anchors there. */
function unmatched(side: number[], sideKeys: string[][], other: number[], otherKeys: string[][]): number[] {
  const there = new Set(other.flatMap((k) => anchors(otherKeys[k]!)));
  const found = side.map((x) => {
    const own = anchors(sideKeys[x]!);
    return own.length === 0 ? undefined : own.some((k) => there.has(k));
  });
  // Only when the bead is anchored through its other sentences can one without a match be told apart.
  if (!found.some((f) => f === true)) return [];
  return side.filter((_, k) => found[k] === false);
}
