/**
 * Leipzig Corpora sentences as the lingua project ships them for its own
 * accuracy reports (1,000 news and web sentences a language, 61 of our
 * candidates), read from a checkout the user points `LINGUA_DIR` at: nothing
 * is copied into this repository. Either layout: lingua-rs's
 * `language-models/<iso1>/testdata/sentences.txt` (LINGUA_DIR=…/language-models)
 * or lingua-py's `language-testdata/sentences/<iso1>.txt`
 * (LINGUA_DIR=…/language-testdata/sentences). Lines alternate between a
 * development half (the second, fourth, … line of a file: the one looked at
 * while working, `LINGUA_HALF=dev`) and the test half reported (the first,
 * third, …).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asOurs } from './langid-peers.js';
import type { Item } from './langid-udhr.js';

/** The sentences of every language of `dir` (named by lingua's ISO 639-1 codes, read as ours) among `candidates`. */
export function linguaSentences(dir: string, candidates: readonly string[], half: 'test' | 'dev'): Item[] {
  const items: Item[] = [];
  for (const name of readdirSync(dir).sort()) {
    const iso1 = name.replace(/\.txt$/u, '');
    const gold = asOurs(iso1);
    if (!candidates.includes(gold)) continue;
    const file = [join(dir, iso1, 'testdata', 'sentences.txt'), join(dir, `${iso1}.txt`)].find((f) => existsSync(f));
    if (!file) continue;
    readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).forEach((text, i) => {
      if ((i % 2 === 1) === (half === 'dev')) items.push({ text, gold });
    });
  }
  return items;
}
