/**
 * Zawgyi → Unicode with myanmar-tools' rules (zawgyi-rules.ts), run as its
 * converter runs them: phase after phase, at each position every rule in
 * order, each tried on what is left of the text after the rules before it.
 * The package tries all 128 rules at every character (a regular expression
 * each), which made converting Burmese an eighth of reading a large input;
 * here each rule knows which characters it can start with (read from its
 * pattern), and is tried only there. The output is the package's, to the
 * code unit (a property test compares the two).
 */
import { ZAWGYI_TO_UNICODE } from './zawgyi-rules.js';

interface Rule {
  pattern: RegExp;
  replacement: string;
  onlyAtStart: boolean;
  revisit: boolean;
  /** Whether a match can start with this code unit. */
  startsWith: (unit: number) => boolean;
}

/** Per phase, per code unit: the phase's rules that can start there, in order. */
interface Phase {
  rules: Rule[];
  /** By code unit (all 65,536 places, so the array stays a plain one). */
  byUnit: (Int16Array | undefined)[];
  /** Every rule, in order: what is tried on an empty rest. */
  all: Int16Array;
}

let phases: Phase[] | undefined;

export function zawgyiToUnicode(text: string): string {
  phases ??= ZAWGYI_TO_UNICODE.map((rules) => ({
    rules: rules.map(([source, replacement, onlyAtStart, revisit]) => ({
      pattern: new RegExp(`^${source}`),
      replacement,
      onlyAtStart: onlyAtStart === 1,
      revisit: revisit !== null,
      startsWith: firstUnits(source),
    })),
    byUnit: new Array<Int16Array | undefined>(0x10000),
    all: Int16Array.from(rules.keys()),
  }));
  let out = text;
  for (const phase of phases) out = runPhase(phase, out);
  return out;
}

/**
 * One phase over the text. At each position the rules are tried in order, and
 * after one applies the next ones are tried on what is left; only the rules
 * that can start with the first unit of what is left are visited (most
 * positions have two or three of a phase's dozens): converting Burmese was two
 * fifths of reading a Burmese article while every rule was asked at every position.
 */
function runPhase(phase: Phase, text: string): string {
  const { rules } = phase;
  let out = '';
  let rest = text;
  let atStart = true;
  while (rest.length > 0) {
    let found = false;
    let list = rulesFor(phase, rest.charCodeAt(0));
    for (let p = 0; p < list.length;) {
      const r = list[p++]!;
      const rule = rules[r]!;
      if (rule.onlyAtStart && !atStart) continue;
      const m = rule.pattern.exec(rest);
      if (m === null) continue;
      found = true;
      // As `rest.replace(pattern, replacement)` would, without matching again.
      const replaced = expand(rule.replacement, m);
      if (rule.revisit) rest = replaced + rest.substring(m[0].length);
      else {
        // The position moves past the replacement unless the rule asks to read it again.
        out += replaced;
        rest = rest.substring(m[0].length);
      }
      // What is left changes as rules apply: the rules after this one that can start it (all of them on an empty rest: only a pattern that can match nothing matches it).
      list = rest.length > 0 ? rulesFor(phase, rest.charCodeAt(0)) : phase.all;
      p = firstAfter(list, r);
    }
    if (!found) {
      out += rest[0];
      rest = rest.substring(1);
    }
    atStart = false;
  }
  return out;
}

/** The phase's rules that can start with `unit`, in order (found once per unit). */
function rulesFor(phase: Phase, unit: number): Int16Array {
  let list = phase.byUnit[unit];
  if (!list) {
    list = Int16Array.from(phase.rules.flatMap((rule, r) => (rule.startsWith(unit) ? [r] : [])));
    phase.byUnit[unit] = list;
  }
  return list;
}

/** The place in ascending `list` of the first rule after `r`. */
function firstAfter(list: Int16Array, r: number): number {
  let p = 0;
  while (p < list.length && list[p]! <= r) p++;
  return p;
}

/** A replacement with its `$1`..`$9` filled from the match (the rules use no other `$` form: the shipped-rules test checks). */
function expand(replacement: string, m: RegExpExecArray): string {
  if (!replacement.includes('$')) return replacement;
  return replacement.replace(/\$([1-9])/gu, (whole, k: string) => (Number(k) < m.length ? m[Number(k)] ?? '' : whole));
}

/**
 * The code units a match of `source` can start with, from its first atoms (a
 * character, a class, a group of alternatives, each maybe quantified). A
 * pattern that can match nothing, or that this reader does not follow, may
 * start anywhere.
 */
export function firstUnits(source: string): (unit: number) => boolean {
  const anywhere = () => true;
  try {
    const { test, nullable } = sequence(source, 0, source.length);
    return nullable ? anywhere : test;
  } catch {
    return anywhere;
  }
}

interface First {
  test: (unit: number) => boolean;
  /** The part can match the empty string. */
  nullable: boolean;
}

const union = (a: (u: number) => boolean, b: (u: number) => boolean) => (u: number) => a(u) || b(u);
const never = () => false;

/** The first units of the alternatives in source[from, to), split at top-level bars. */
function sequence(source: string, from: number, to: number): First {
  const alternatives: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let k = from; k < to; k++) {
    const c = source[k];
    if (c === '[') k = classEnd(source, k);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push([start, k]);
      start = k + 1;
    }
  }
  alternatives.push([start, to]);
  let test: (u: number) => boolean = never;
  let nullable = false;
  for (const [a, b] of alternatives) {
    const first = concatenation(source, a, b);
    test = union(test, first.test);
    nullable ||= first.nullable;
  }
  return { test, nullable };
}

/** The first units of atoms in a row: the first atom's, and the next's too while those before can match nothing. */
function concatenation(source: string, from: number, to: number): First {
  let test: (u: number) => boolean = never;
  for (let k = from; k < to;) {
    const { atom, end } = readAtom(source, k, to);
    const { min, end: after } = quantifier(source, end, to);
    test = union(test, atom.test);
    if (!atom.nullable && min > 0) return { test, nullable: false };
    k = after;
  }
  return { test, nullable: true };
}

function readAtom(source: string, k: number, to: number): { atom: First; end: number } {
  const c = source[k]!;
  if (c === '[') {
    const end = classEnd(source, k);
    return { atom: { test: charClass(source.slice(k + 1, end)), nullable: false }, end: end + 1 };
  }
  if (c === '(') {
    if (source[k + 1] === '?') throw new Error('group construct');
    let depth = 0;
    for (let e = k; e < to; e++) {
      if (source[e] === '[') e = classEnd(source, e);
      else if (source[e] === '(') depth++;
      else if (source[e] === ')' && --depth === 0) return { atom: sequence(source, k + 1, e), end: e + 1 };
    }
    throw new Error('unclosed group');
  }
  if ('\\.^$)|*+?{'.includes(c)) throw new Error(`special ${c}`);
  const unit = source.charCodeAt(k);
  return { atom: { test: (u) => u === unit, nullable: false }, end: k + 1 };
}

/** The least count a quantifier at `k` allows (1 when there is none), and where it ends. */
function quantifier(source: string, k: number, to: number): { min: number; end: number } {
  if (k >= to) return { min: 1, end: k };
  const c = source[k];
  if (c === '*' || c === '?') return { min: 0, end: k + 1 };
  if (c === '+') return { min: 1, end: k + 1 };
  if (c === '{') throw new Error('counted quantifier');
  return { min: 1, end: k };
}

/** The closing bracket of the class opening at `k`. */
function classEnd(source: string, k: number): number {
  const end = source.indexOf(']', k + 2);
  if (end < 0) throw new Error('unclosed class');
  return end;
}

/** A class's members (ranges and single units, maybe negated); escapes are not followed. */
function charClass(body: string): (unit: number) => boolean {
  if (body.includes('\\')) throw new Error('escape in class');
  const negated = body.startsWith('^');
  const units = negated ? body.slice(1) : body;
  const ranges: [number, number][] = [];
  for (let k = 0; k < units.length; k++) {
    const lo = units.charCodeAt(k);
    if (units[k + 1] === '-' && k + 2 < units.length) {
      ranges.push([lo, units.charCodeAt(k + 2)]);
      k += 2;
    } else ranges.push([lo, lo]);
  }
  const member = (u: number) => ranges.some(([lo, hi]) => u >= lo && u <= hi);
  return negated ? (u) => !member(u) : member;
}
