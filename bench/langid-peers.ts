/**
 * The language identifiers bench:langid compares storyalign with, each told
 * the candidate list where its API takes one (franc, eld, tinyld, lingua) and
 * answering from all its languages where it does not (cld3). Every answer is
 * read as the ISO 639-3 code storyalign reports (`ms` -> `zsm`, `zh` -> `cmn`,
 * lingua's English names through the same codes), so one item is right or
 * wrong for all of them alike.
 */
import { francAll } from 'franc';
import { toIso6393 } from '../src/iso639.js';

export type Detector = (text: string) => string;

export interface Peer {
  name: string;
  detect: Detector;
  /** The candidates the peer can answer with (its languages among ours). */
  knows: Set<string>;
  /** How it was told the candidates, for the table's note. */
  setup: string;
}

/** A peer's ISO 639-1/3 answer as storyalign's code (`und` for no answer). */
export function asOurs(code: string | undefined): string {
  if (!code) return 'und';
  return MACRO[code] ?? toIso6393(code) ?? 'und';
}

/** Macrolanguage codes (ISO 639-1 and -3) as the individual language storyalign reports. */
const MACRO: Record<string, string> = Object.fromEntries(([
  ['zsm', 'ms', 'msa', 'zlm'], ['arb', 'ar', 'ara'], ['cmn', 'zh', 'zho'], ['pes', 'fa', 'fas'], ['lvs', 'lv', 'lav'], ['ekk', 'et', 'est'],
  ['azj', 'az', 'aze'], ['uzn', 'uz', 'uzb'], ['swh', 'sw', 'swa'], ['als', 'sq', 'sqi'], ['khk', 'mn', 'mon'], ['npi', 'ne', 'nep'],
  ['pbu', 'ps', 'pus'], ['nob', 'no', 'nor', 'nb'],
] as const).flatMap(([ours, ...theirs]) => theirs.map((t) => [t, ours])));
/** Our code as the macrolanguage code a peer may list instead. */
const MACRO_OF: Record<string, string> = Object.fromEntries(Object.entries(MACRO).filter(([t]) => t.length === 3).reverse().map(([t, ours]) => [ours, t]));

function franc(candidates: readonly string[]): Peer {
  const only = candidates.map((l) => (l === 'zsm' ? 'zlm' : l));
  return {
    name: 'franc',
    detect: (text) => asOurs(francAll(text, { only, minLength: 1 })[0]![0]),
    knows: new Set(candidates),
    setup: `franc ${only.length} candidates (\`only\`)`,
  };
}

async function eld(candidates: readonly string[]): Promise<Peer> {
  const { eld } = await import('eld/large');
  const detector = eld.newInstance ? eld.newInstance() : eld;
  const theirs = Object.values(detector.info().Languages as Record<string, string>);
  const knows = new Set(candidates.filter((l) => theirs.some((t) => asOurs(t) === l)));
  const subset = theirs.filter((t) => knows.has(asOurs(t)));
  detector.dynamicLangSubset(subset);
  return { name: 'eld', detect: (text) => asOurs(detector.detect(text).language), knows, setup: `eld large, ${subset.length} of our candidates (\`dynamicLangSubset\`)` };
}

async function tinyld(candidates: readonly string[]): Promise<Peer> {
  const { detect, supportedLanguages, toISO2 } = await import('tinyld/heavy') as unknown as {
    detect: (text: string, options?: { only?: string[] }) => string;
    supportedLanguages: string[];
    toISO2: (code: string) => string;
  };
  const theirs = supportedLanguages;
  const knows = new Set(candidates.filter((l) => theirs.some((t) => asOurs(t) === l)));
  // Its `only` takes the two-letter codes it answers with.
  const only = theirs.filter((t) => knows.has(asOurs(t))).map((t) => toISO2(t));
  return { name: 'tinyld', detect: (text) => asOurs(detect(text, { only })), knows, setup: `tinyld heavy, ${only.length} of our candidates (\`only\`)` };
}

async function lingua(candidates: readonly string[]): Promise<Peer> {
  const { LanguageDetectorBuilder } = await import('@bluzzi/lingua');
  // The builder refuses a code it lacks, so the list is found one code at a time.
  const accepts = (code: string) => {
    try {
      LanguageDetectorBuilder.fromISOCodes6393([code, code === 'eng' ? 'fra' : 'eng']).build().free();
      return true;
    } catch {
      return false;
    }
  };
  const theirCode = new Map<string, string>();
  for (const l of candidates) {
    const code = [l, MACRO_OF[l]].find((c) => c && accepts(c));
    if (code) theirCode.set(l, code);
  }
  const known = [...theirCode.keys()];
  const detector = LanguageDetectorBuilder.fromISOCodes6393([...theirCode.values()]).withPreloadedLanguageModels().build();
  const byName = linguaNames(known);
  return {
    name: 'lingua',
    detect: (text) => byName.get(detector.detectLanguageOf(text) ?? '') ?? 'und',
    knows: new Set(known),
    setup: `lingua (@bluzzi/lingua, high accuracy), ${known.length} of our candidates (\`fromISOCodes6393\`)`,
  };
}

/** lingua answers with English names ("Bokmal", "Slovene"); the names of our codes, as lingua spells them. */
function linguaNames(codes: readonly string[]): Map<string, string> {
  const english = new Intl.DisplayNames('en', { type: 'language' });
  const spelled: Record<string, string> = { nob: 'Bokmal', slv: 'Slovene', zsm: 'Malay', cmn: 'Chinese', arb: 'Arabic', pes: 'Persian', lvs: 'Latvian',
    ekk: 'Estonian', azj: 'Azerbaijani', uzn: 'Uzbek', swh: 'Swahili', als: 'Albanian', khk: 'Mongolian', npi: 'Nepali', pbu: 'Pashto', tgl: 'Tagalog' };
  return new Map(codes.map((c) => [spelled[c] ?? english.of(c) ?? c, c]));
}

async function cld3(candidates: readonly string[]): Promise<Peer> {
  const { loadModule } = await import('cld3-asm');
  const identifier = (await loadModule()).create(0, 4096);
  const theirs = ['af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fil', 'fr', 'gl', 'gu', 'ha', 'hi', 'hr',
    'hu', 'hy', 'id', 'it', 'iw', 'ja', 'jv', 'ka', 'kk', 'km', 'kn', 'ko', 'ky', 'lo', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'my', 'ne', 'nl', 'no', 'pa', 'pl',
    'ps', 'pt', 'ro', 'ru', 'si', 'sk', 'sl', 'so', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'tr', 'uk', 'ur', 'uz', 'vi', 'yo', 'zh', 'zu'];
  const read = (code: string) => asOurs(code === 'iw' ? 'he' : code === 'fil' ? 'tl' : code === 'no' ? 'nb' : code.replace(/-.*/u, ''));
  return {
    name: 'cld3',
    detect: (text) => read(identifier.findLanguage(text).language),
    knows: new Set(candidates.filter((l) => theirs.some((t) => read(t) === l))),
    setup: 'cld3 (cld3-asm), all of its 107 languages (no candidate option)',
  };
}

/** franc first, then every peer that loads; a peer that fails to load is named and left out. */
export async function loadPeers(candidates: readonly string[]): Promise<{ peers: Peer[]; missing: string[] }> {
  const peers = [franc(candidates)];
  const missing: string[] = [];
  for (const [name, load] of [['eld', eld], ['tinyld', tinyld], ['lingua', lingua], ['cld3', cld3]] as const) {
    try {
      peers.push(await load(candidates));
    } catch (e) {
      missing.push(`${name} (${(e as Error).message})`);
    }
  }
  return { peers, missing };
}
