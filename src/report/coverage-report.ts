/**
 * The shape of a coverage report, apart from the checks that fill it so that
 * every check (and the findings list) can name it without importing the door.
 */
import type { AlignMode, BlockKind } from '../types.js';
import type { NameMismatch } from './compare-names.js';
import type { NumberFinding } from './compare-numbers.js';
import type { PairRef } from './segment-checks.js';

/** A sentence a coverage finding points at: its number, kind and text. */
export interface SentenceRef {
  index: number;
  text: string;
  kind: BlockKind;
}

/** What a translation left out, added, repeated or got wrong (numbers, names, URLs, untranslated text), with coverage ratios and every finding by severity. */
export interface CoverageReport {
  source: string;
  target: string;
  mode: AlignMode;
  /** Share of the source that has a counterpart, by sentences and by characters (repeats not counted). */
  ratio: { sentences: number; characters: number };
  /** Source sentences with no counterpart; `bead` when the alignment put it in a bead with others that carry all the shared names and numbers. */
  missing: (SentenceRef & { bead?: { source: number[]; target: number[] } })[];
  /** Target sentences with no source (with `bead` likewise). */
  added: (SentenceRef & { bead?: { source: number[]; target: number[] } })[];
  /** Sentences that repeat an earlier one of the same article word for word. */
  duplicates: (SentenceRef & { side: 'source' | 'target'; duplicateOf: number })[];
  /**
   * Aligned pairs whose numbers differ, compared as values (digits of any script, either reading of a
   * separator, number words and ordinals as matches): `changed` (an error) when each side has a value
   * the other lacks, `unmatched` (a warning) when only one side has an unmatched number.
   */
  numberMismatches: ({ source: number[]; target: number[] } & NumberFinding)[];
  /** Names and countries of translated source sentences that the translation never mentions. */
  nameMismatches: NameMismatch[];
  /** Target sentences still in the source's language. */
  untranslated: (SentenceRef & { lang: string })[];
  /** Aligned pairs whose target is the source, word for word. */
  identical: PairRef[];
  /** Aligned pairs whose source URLs the target lacks. */
  urlMismatches: (PairRef & { missing: string[] })[];
  /** Aligned pairs whose length ratio is far (2.5 times) from the document's. */
  lengthOutliers: (PairRef & { ratio: number; expected: number })[];
  /** All of the above in translation mode as one list, errors first, each with its severity and evidence. */
  findings: Finding[];
}

export type Severity = 'error' | 'warning';

/** One thing the coverage check found: the check, its severity, where (sentence numbers on each side) and the evidence. */
export interface Finding {
  check: 'missing' | 'added' | 'number' | 'name' | 'untranslated' | 'duplicate' | 'identical' | 'url' | 'length';
  severity: Severity;
  source: number[];
  target: number[];
  /** What was found, with the figures. */
  evidence: string;
}
