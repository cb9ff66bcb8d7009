/**
 * Every check's findings in one list a reviewer can sort: what was found,
 * where (sentence indices on each side), how serious, and the evidence in
 * words. Errors are what a reviewer must fix (a sentence left out or added, a
 * changed number, a sentence left untranslated); warnings are what to look at
 * (a number on one side only, a name not found, a repeat, a length far off).
 */
import type { CoverageReport, Finding, Severity } from './coverage-report.js';

export type { Finding, Severity };

const ORDER: Record<Severity, number> = { error: 0, warning: 1 };

export function findingsOf(r: Omit<CoverageReport, 'findings'>): Finding[] {
  if (r.mode !== 'translation') return [];
  const hidden = (x: { bead?: { source: number[]; target: number[] } }) => (x.bead ? `, inside the bead #${x.bead.source.join('+')} -> #${x.bead.target.join('+')} whose other sentences carry its numbers` : '');
  const out: Finding[] = [
    ...r.missing.map((m): Finding => ({ check: 'missing', severity: m.bead ? 'warning' : 'error', source: [m.index], target: m.bead?.target ?? [], evidence: `no counterpart${hidden(m)}: ${m.text}` })),
    ...r.added.map((a): Finding => ({ check: 'added', severity: a.bead ? 'warning' : 'error', source: a.bead?.source ?? [], target: [a.index], evidence: `no source${hidden(a)}: ${a.text}` })),
    ...r.numberMismatches.map((n): Finding => ({
      check: 'number', severity: n.severity, source: n.source, target: n.target,
      evidence: `${n.kind === 'changed' ? 'number changed' : 'number on one side only'}: source ${n.missing.join(', ') || '-'}, translation ${n.extra.join(', ') || '-'}`,
    })),
    ...r.untranslated.map((u): Finding => ({ check: 'untranslated', severity: 'error', source: [], target: [u.index], evidence: `still in ${u.lang}: ${u.text}` })),
    ...r.nameMismatches.map((n): Finding => ({ check: 'name', severity: 'warning', source: n.source, target: [], evidence: `${n.text} not found in the translation` })),
    ...r.duplicates.map((d): Finding => ({
      check: 'duplicate', severity: 'warning', source: d.side === 'source' ? [d.index] : [], target: d.side === 'target' ? [d.index] : [], evidence: `repeats #${d.duplicateOf}: ${d.text}`,
    })),
    ...r.identical.map((x): Finding => ({ check: 'identical', severity: 'warning', source: x.source, target: x.target, evidence: 'the translation is the source, word for word' })),
    ...r.urlMismatches.map((x): Finding => ({ check: 'url', severity: 'warning', source: x.source, target: x.target, evidence: `URL missing: ${x.missing.join(' ')}` })),
    ...r.lengthOutliers.map((x): Finding => ({ check: 'length', severity: 'warning', source: x.source, target: x.target, evidence: `length ratio ${x.ratio} (document ${x.expected})` })),
  ];
  const first = (f: Finding) => Math.min(f.source[0] ?? Infinity, f.target[0] ?? Infinity);
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || first(a) - first(b));
}
