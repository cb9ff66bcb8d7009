/**
 * The key vocabulary: the language-free form in which every stage compares
 * what survives translation. One module says what each kind of key means; the
 * stages build and read keys through it instead of slicing prefixes.
 *
 * | kind | example | what it is |
 * |---|---|---|
 * | `num` | `num:24` | a number, from digits of any script or number words |
 * | `month` | `month:7` | a month, named or in a numeric date |
 * | `weekday` | `weekday:1` | a day of the week (0 is Sunday), named |
 * | `date` | `date:9-30` | a day of a month (month-day) |
 * | `country` | `country:CN` | a country, by its region code |
 * | `name` | `name:xi jinping` | a name, folded (lower case, no diacritics) |
 * | `url` | `url:https://…` | a URL, in lower case |
 * | `term` | `term:day-1` | a word for time or a unit (read by the aligner only) |
 * | `w` | `w:jinping` | one word of a name: grouping and alignment match names word by word |
 * | `l` | `l:banjir` | a word the aligner learned a translation of (or a `term`, or `l:~polit`, the first letters of a word both documents spell alike), a gentler anchor |
 */
export type KeyKind = 'num' | 'month' | 'weekday' | 'date' | 'country' | 'name' | 'url' | 'term' | 'w' | 'l';

/** The key of `value` as a `kind`. */
export function makeKey(kind: KeyKind, value: string | number): string {
  return `${kind}:${value}`;
}

/** Whether `key` is of `kind`. */
export function isKey(key: string, kind: KeyKind): boolean {
  return key.startsWith(kind) && key.charCodeAt(kind.length) === COLON;
}

/** The keys of one kind in lists of keys (a document's, sentence by sentence), each once, in the order they first come. */
export function keysOfKind(lists: readonly (readonly string[])[], kind: KeyKind): Set<string> {
  const out = new Set<string>();
  for (const keys of lists) for (const k of keys) if (isKey(k, kind)) out.add(k);
  return out;
}

/** What a key of `kind` holds after its prefix (the caller knows its kind). */
export function keyValue(key: string, kind: KeyKind): string {
  return key.slice(kind.length + 1);
}

/** The words of a `name:` key (`name:kassym-jomart tokayev` gives kassym, jomart, tokayev). */
export function nameWords(key: string): string[] {
  return keyValue(key, 'name').split(/[\s-]+/u);
}

const COLON = 58;
