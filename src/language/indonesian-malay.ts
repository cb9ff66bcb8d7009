import { languageOfDomain } from './domain-language.js';

/**
 * Indonesian and Standard Malay share most of their words, so trigram models see
 * a coin toss. The two standards do differ in a set of everyday words, month and
 * weekday names and country names; we count those over the whole text.
 */
const ID_LOCALE = 'id';
const MS_LOCALE = 'ms';

/** Spelling and vocabulary pairs where the two standards differ (Indonesian, Malay). */
const WORD_PAIRS: [string, string][] = [
  ['bahwa', 'bahawa'], ['karena', 'kerana'], ['persen', 'peratus'], ['pemerintah', 'kerajaan'],
  ['serikat', 'syarikat'], ['uang', 'wang'], ['saja', 'sahaja'], ['mau', 'mahu'],
  ['yaitu', 'iaitu'], ['setelah', 'selepas'], ['bisa', 'boleh'], ['polisi', 'polis'],
  ['kantor', 'pejabat'], ['berbagai', 'pelbagai'], ['kendaraan', 'kenderaan'],
  ['universitas', 'universiti'], ['kualitas', 'kualiti'], ['aktivitas', 'aktiviti'],
  ['komunitas', 'komuniti'], ['fasilitas', 'fasiliti'], ['mengatakan', 'berkata'],
  ['rumah sakit', 'hospital'], ['bandara', 'lapangan terbang'], ['provinsi', 'negeri'],
  ['saat', 'semasa'], ['baru', 'baharu'], ['sepak bola', 'bola sepak'],
  ['taksi', 'teksi'], ['tim', 'pasukan'],
  ['kemarin', 'semalam'], ['harus', 'mesti'], ['melalui', 'menerusi'],
  ['sangat', 'amat'], ['namun', 'bagaimanapun'], ['sedangkan', 'manakala'],
  ['tiongkok', 'china'],
];

function intlMarkers(): [string[], string[]] {
  const ind: string[] = [];
  const msa: string[] = [];
  const add = (a: string | undefined, b: string | undefined) => {
    if (a && b && a.toLowerCase() !== b.toLowerCase()) {
      ind.push(a.toLowerCase());
      msa.push(b.toLowerCase());
    }
  };
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2024, month, 15));
    const fmt = (loc: string) => new Intl.DateTimeFormat(loc, { month: 'long', timeZone: 'UTC' }).format(date);
    add(fmt(ID_LOCALE), fmt(MS_LOCALE));
  }
  for (let day = 0; day < 7; day++) {
    const date = new Date(Date.UTC(2024, 0, 7 + day));
    const fmt = (loc: string) => new Intl.DateTimeFormat(loc, { weekday: 'long', timeZone: 'UTC' }).format(date);
    add(fmt(ID_LOCALE), fmt(MS_LOCALE));
  }
  const idNames = new Intl.DisplayNames([ID_LOCALE], { type: 'region' });
  const msNames = new Intl.DisplayNames([MS_LOCALE], { type: 'region' });
  for (const region of ['US', 'CN', 'GB', 'NL', 'JP', 'KR', 'KP', 'DE', 'FR', 'EG', 'SA', 'AE', 'NZ', 'PH', 'VN']) {
    add(idNames.of(region), msNames.of(region));
  }
  return [ind, msa];
}

let markers: Map<string, number> | undefined;

/** Word (or two-word phrase) to weight: positive says Indonesian, negative says Malay. */
function markerWeights(): Map<string, number> {
  if (markers) return markers;
  const [intlInd, intlMsa] = intlMarkers();
  const ind = [...WORD_PAIRS.map((p) => p[0]), ...intlInd];
  const msa = [...WORD_PAIRS.map((p) => p[1]), ...intlMsa];
  const msaSet = new Set(msa);
  const indSet = new Set(ind);
  markers = new Map();
  // A form that both standards use says nothing, so it gets no weight.
  for (const w of ind) if (!msaSet.has(w)) markers.set(w, 1);
  for (const w of msa) if (!indSet.has(w)) markers.set(w, -1);
  return markers;
}

export interface MalayEvidence {
  /** Positive: Indonesian; negative: Malay. */
  score: number;
  indonesian: string[];
  malay: string[];
}

/** Count the markers of each standard over the whole text (not just a prefix). */
export function weighIndonesianMalay(text: string): MalayEvidence {
  const weights = markerWeights();
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const indonesian: string[] = [];
  const malay: string[] = [];
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    const one = words[i]!;
    const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : '';
    const w2 = two ? weights.get(two) : undefined;
    const w = w2 ?? weights.get(one);
    if (w === undefined) continue;
    score += w;
    (w > 0 ? indonesian : malay).push(w2 !== undefined ? two : one);
    if (w2 !== undefined) i++;
  }
  return { score, indonesian, malay };
}

/** A URL's country-code top-level domain as a vote: `.id` for Indonesian, `.my` for Malay. */
export function domainVote(url: string | undefined): number {
  const lang = url ? languageOfDomain(url) : undefined;
  return lang === 'ind' ? 3 : lang === 'zsm' ? -3 : 0;
}
