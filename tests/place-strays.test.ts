/**
 * A translation that shares no name or number with its story (here in an
 * invented language that writes every word backwards and spells no digit) is
 * left alone by grouping; once the corpus has learned which words translate
 * which from twenty other translations in the same two languages, buildCorpus
 * places it by alignment. An unrelated article of the same size stays alone.
 * The articles are generated (a seeded vocabulary of invented words): what is
 * tested is the placing, not a language.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterReading, buildCorpus, doHere } from '../src/pipeline.js';
import { readArticle, ReadArticles } from '../src/read-articles.js';
import { confirmFit } from '../src/align/place-strays.js';
import { MAX_CARRIED_PAIRS, withEarlierModels } from '../src/align/pair-jobs.js';
import { buildCorpusStream } from '../src/pipeline-stream.js';
import { lengthProfileCost, lengthProfilePath } from '../src/align/length-profile.js';
import { StrayCandidates } from '../src/align/stray-candidates.js';
import { absorb } from '../src/align/translation-sets.js';
import { LanguageSets } from '../src/language/language-sets.js';

/** A seeded generator, so that the articles are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(7);
const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
const SYLLABLES = ['ka', 'lo', 'mi', 'ten', 'su', 'ra', 'pel', 'do', 'vi', 'nor', 'ba', 'ki', 'mes', 'tu', 'gal'];
const word = () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
const VOCABULARY = Array.from({ length: 220 }, word);
/** An English-like article: sentences of 5 to 16 words of one vocabulary, with the story's names and numbers when given. */
const article = (sentences: number, keys: string[] = []) => Array.from({ length: sentences }, (_, k) => {
  const words = Array.from({ length: 5 + Math.floor(next() * 12) }, () => pick(VOCABULARY));
  if (keys[k]) words.splice(1, 0, keys[k]!);
  return `${words.join(' ')}.`.replace(/^./u, (c) => c.toUpperCase());
});
const name = () => word().replace(/^./u, (c) => c.toUpperCase());

/** Twenty stories with names and numbers of their own: enough translations to learn word pairs from. */
const STORIES = Array.from({ length: 20 }, (_, k) => article(6, [name(), `${1000 + k * 37}`, name(), `${50 + k * 3}.5`, name()]));
const STRAY = article(8);
/**
 * An English article on nothing else here, and one in the invented language
 * with its every sentence length but none of its words (each letter shifted by
 * 13, words no learned pair knows): lengths, 1-1 beads and confident scores
 * say translation, and only the words can say otherwise.
 */
const LONELY = article(8);
const UNRELATED = LONELY.map((line) => line.toLowerCase().replace(/[a-z]/gu, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97)));

/**
 * Every word backwards: a language of its own. Names and numbers kept, its
 * versions group with their originals; with every word backwards and lower
 * case and no digit, a version shares no key with anything.
 */
const backwards = (line: string, keepKeys: boolean) => line
  .replace(/\p{L}+/gu, (w) => (keepKeys && /^\p{Lu}/u.test(w) ? w : [...w.toLowerCase()].reverse().join('')))
  .replace(keepKeys ? /(?!)/u : /\d[\d,.]*\s?/gu, '');

const english = (id: string, lines: string[]) => ({ id, lang: 'eng', text: lines.join('\n') });
const invented = (id: string, lines: string[], keepKeys = true) => ({ id, lang: 'fra', text: lines.map((l) => backwards(l, keepKeys)).join('\n') });
describe('a translation no key places', () => {
  const articles = [
    ...STORIES.flatMap((lines, k) => [english(`en${k}`, lines), invented(`xx${k}`, lines)]),
    english('en-stray', STRAY), invented('xx-stray', STRAY, false), { id: 'xx-other', lang: 'fra', text: UNRELATED.join('\n') }, english('en-lonely', LONELY),
  ];
  const corpus = buildCorpus(articles);
  const groupOf = (id: string) => corpus.groups.find((g) => g.articleIds.includes(id))!;

  it('joins its story by alignment, with the evidence', () => {
    expect([...groupOf('xx-stray').articleIds].sort()).toEqual(['en-stray', 'xx-stray']);
    // Both were alone: whichever is taken first joins the other.
    const join = groupOf('xx-stray').evidence.joins.find((j) => j.via === 'alignment')!;
    expect([join.articleId, join.joinedWith].sort()).toEqual(['en-stray', 'xx-stray']);
    expect(join.shared[0]).toMatch(new RegExp(`^sentence lengths follow ${join.joinedWith} \\(cost 0\\.\\d+\\); monotone alignment: .*a translation$`, 'u'));
    const al = corpus.alignments.find((a) => [a.source, a.target].sort().join(' ') === 'en-stray xx-stray')!;
    expect(al.mode).toBe('translation');
    expect(al.pairs).toHaveLength(STRAY.length);
  });

  it('leaves unrelated articles of the same size alone', () => {
    expect(groupOf('xx-other').articleIds).toEqual(['xx-other']);
    expect(groupOf('en-lonely').articleIds).toEqual(['en-lonely']);
  });

  it('keeps every article in exactly one group', () => {
    expect(corpus.groups.flatMap((g) => g.articleIds).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('is the same corpus, byte for byte, from worker threads (relearning and placing included)', async () => {
    expect(corpus.alignments.some((al) => al.modeReason.includes('word pairs learned from'))).toBe(true);
    const pooled = await buildCorpus(articles, { jobs: 2 });
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(corpus));
  });

  it('places nothing across more than the grouping window', () => {
    const dated = articles.map((a) => ({ ...a, publishedAt: a.id === 'xx-stray' ? '2024-03-01T00:00:00Z' : '2024-01-01T00:00:00Z' }));
    const corpus = buildCorpus(dated, { group: { windowDays: 7 } });
    expect(corpus.groups.find((g) => g.articleIds.includes('xx-stray'))!.articleIds).toEqual(['xx-stray']);
  });

  it('on a crawl closed segment by segment, places it with the word pairs an earlier segment learned', async () => {
    // The twenty translations on day 0, filler enough for a window of reading on day 40, the stray's two versions on day 41.
    const at = (day: number, list: { id: string; lang?: string; text: string }[]) => list.map((a, k) => ({ ...a, publishedAt: new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + k * 60_000).toISOString() }));
    const filler = Array.from({ length: 520 }, (_, k) => ({ id: `r${k}`, text: `Report ${k} of the desk, filed at ${k % 24} hours.` }));
    const input = [
      ...at(0, STORIES.flatMap((lines, k) => [english(`en${k}`, lines), invented(`xx${k}`, lines)])), ...at(40, filler),
      ...at(41, [english('en-stray', STRAY), invented('xx-stray', STRAY, false)]),
    ];
    const segments: string[][][] = [];
    for await (const e of buildCorpusStream(input, { closeStories: { minArticles: 1 } })) if (e.type === 'stories') segments.push(e.groups.map((g) => g.articleIds));
    expect(segments).toHaveLength(2);
    // The second segment holds one translation between the two languages, too few to learn a word from.
    expect(segments[1]!.find((ids) => ids.includes('xx-stray'))!.sort()).toEqual(['en-stray', 'xx-stray']);
  }, 60_000);

  it('places nothing when the caller chose the mode', () => {
    const forced = buildCorpus(articles, { mode: 'translation' });
    expect(forced.groups.find((g) => g.articleIds.includes('xx-stray'))!.articleIds).toEqual(['xx-stray']);
  });
});

/** A second invented language: every word backwards with its first letter moved to its end. */
const rotated = (line: string, keepKeys: boolean) => backwards(line, keepKeys).replace(/\p{L}+/gu, (w) => (/^\p{Lu}/u.test(w) ? w : w.slice(1) + w[0]));
const second = (id: string, lines: string[], keepKeys = true) => ({ id, lang: 'spa', text: lines.map((l) => rotated(l, keepKeys)).join('\n') });

describe('placing a story told three times, none of them with a key', () => {
  // Each version is alone; once one joins another, the third's candidates are not what they were
  // when placing first looked at them (the story moved): it is looked at again and joins them there.
  const THREE = article(8);
  const articles = [
    ...STORIES.flatMap((lines, k) => [english(`en${k}`, lines), invented(`xx${k}`, lines), second(`yy${k}`, lines)]),
    english('en-three', THREE), invented('xx-three', THREE, false), second('yy-three', THREE, false),
  ];
  const corpus = buildCorpus(articles);

  it('puts all three versions in one group, each joined by alignment', () => {
    const group = corpus.groups.find((g) => g.articleIds.includes('en-three'))!;
    expect([...group.articleIds].sort()).toEqual(['en-three', 'xx-three', 'yy-three']);
    expect(group.evidence.joins.filter((j) => j.via === 'alignment')).toHaveLength(2);
  });

  it('is the same corpus from worker threads, where the fits were confirmed before the first placement', async () => {
    expect(JSON.stringify(await buildCorpus(articles, { jobs: 2 }))).toBe(JSON.stringify(corpus));
  });

  it('is the same corpus in windows of two sets, each window guessed and its fits confirmed before the one before it is placed', async () => {
    // As workers do it, in windows of two: the third version's candidates are guessed before the first two are placed, and are stale.
    const read = new ReadArticles();
    read.add(articles.map((a) => readArticle(a)));
    const steps = afterReading(read, {}, undefined, { place: 2 });
    let next = steps.next();
    let confirmedAhead = 0;
    while (!next.done) {
      const work = next.value;
      if (work.kind === 'confirm') {
        confirmedAhead += work.items.length;
        next = steps.next({ answers: Promise.resolve(work.items.map(confirmFit)) });
      } else if (work.kind === 'collect') next = steps.next(await work.started!.answers);
      else next = steps.next(doHere(work, () => {}));
    }
    expect(confirmedAhead).toBeGreaterThan(0);
    expect(JSON.stringify(next.value)).toBe(JSON.stringify(corpus));
  });
});

describe('lengthProfileCost', () => {
  const lengths = [40, 120, 75, 30, 200, 90, 60, 110];
  it('is low for lengths that rise and fall together, whatever the ratio, and high for a shuffled order', () => {
    expect(lengthProfileCost(lengths, lengths.map((x) => Math.round(x * 0.4)))).toBeLessThan(0.1);
    expect(lengthProfileCost(lengths, [200, 30, 110, 40, 60, 120, 90, 75])).toBeGreaterThan(0.3);
  });
  it('follows a merged sentence and refuses counts too far apart', () => {
    const merged = [40 + 120, 75, 30, 200, 90, 60, 110];
    expect(lengthProfileCost(lengths, merged)).toBeLessThan(0.5);
    expect(lengthProfileCost(lengths, lengths.slice(0, 4))).toBe(Infinity);
  });
  it('gives up on a pair only when its cost is above the limit, and gives the full cost otherwise', () => {
    const sentence = fc.integer({ min: 0, max: 400 });
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, limit) => {
      const full = lengthProfileCost(a, b);
      const bounded = lengthProfileCost(a, b, limit);
      // Above the limit it may give the full cost (a hair above is kept against rounding) or give up.
      if (full <= limit) expect(bounded).toBe(full);
      else expect([full, Infinity]).toContain(bounded);
    }), { numRuns: 2000 });
    // Shuffled lengths cost more than placing's limit: the bound must have given up on them.
    expect(lengthProfileCost(lengths, [200, 30, 110, 40, 60, 120, 90, 75], 0.2)).toBe(Infinity);
  });
});

describe('lengthProfilePath', () => {
  const lengths = [40, 120, 75, 30, 200, 90, 60, 110];
  it('pairs a translation\'s sentences one to one, and finds a merged sentence', () => {
    expect(lengthProfilePath(lengths, lengths.map((x) => Math.round(x * 0.4))).map((b) => [b.source, b.target]))
      .toEqual(lengths.map((_, k) => [[k], [k]]));
    const merged = lengthProfilePath(lengths, [40 + 120, 75, 30, 200, 90, 60, 110]);
    expect(merged[0]).toMatchObject({ source: [0, 1], target: [0] });
    expect(merged).toHaveLength(7);
  });
  it('covers every sentence of both sides once, in order, along the path whose cost lengthProfileCost gives', () => {
    const sentence = fc.integer({ min: 1, max: 400 });
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.array(sentence, { minLength: 1, maxLength: 30 }), (a, b) => {
      const path = lengthProfilePath(a, b);
      if (lengthProfileCost(a, b) === Infinity) {
        expect(path).toEqual([]);
        return;
      }
      expect(path.flatMap((bead) => bead.source)).toEqual(a.map((_, k) => k));
      expect(path.flatMap((bead) => bead.target)).toEqual(b.map((_, k) => k));
      for (const bead of path) expect(bead.source.length + bead.target.length).toBeLessThanOrEqual(3);
    }), { numRuns: 1000 });
  });
});

describe('the versions a stray is compared with', () => {
  const version = (id: string, sentences: number): import('../src/types.js').Article => ({
    id, lang: 'eng', langConfidence: 1, sourceUrls: [], text: '', blocks: [], dropped: [],
    sentences: Array.from({ length: sentences }, (_, index) => ({ index, text: 'x', start: 0, end: 1, block: 0, kind: 'paragraph' as const, lang: 'eng' })),
  });
  const numbers: Record<string, string[]> = {
    stray: ['num:101', 'num:202', 'num:303'],
    shares: ['num:303', 'num:404', 'num:505'],
    disagrees: ['num:606', 'num:707', 'num:808'],
    few: ['num:101'],
    none: [],
    otherSize: ['num:101', 'num:202', 'num:303'],
  };
  const articles = [version('stray', 10), version('disagrees', 10), version('few', 10), version('shares', 10), version('none', 10), version('otherSize', 14)];
  const keysOf = (id: string) => numbers[id] ?? [];
  const inputOrder = (a: import('../src/types.js').Article, b: import('../src/types.js').Article) => articles.indexOf(a) - articles.indexOf(b);
  /** The ids of every version offered to the `member`-th article (none kept back). */
  const offered = (candidates: StrayCandidates, member: number, sizes: number[]) => candidates.firstAround(member, sizes, () => true, Infinity).map((k) => articles[k]!.id);

  it('rules out a version when both write three numbers or more and share none', () => {
    const ids = offered(new StrayCandidates(articles, keysOf, inputOrder, 100), 0, [10]);
    expect(ids).not.toContain('disagrees');
    expect(ids).toEqual(expect.arrayContaining(['shares', 'few']));
  });

  it('offers, in order and size by size, every version its numbers do not rule out', () => {
    const candidates = new StrayCandidates(articles, keysOf, inputOrder, 100);
    expect(offered(candidates, 0, [10, 14])).toEqual(['stray', 'few', 'shares', 'none', 'otherSize']);
    // A version with too few numbers to tell is offered every version of its size.
    expect(offered(candidates, 2, [10])).toEqual(['stray', 'disagrees', 'few', 'shares', 'none']);
  });

  it('offers no more than its limit', () => {
    const candidates = new StrayCandidates(articles, keysOf, inputOrder, 2);
    expect(offered(candidates, 0, [10, 14])).toEqual(['stray', 'few']);
  });

  it('gives the first it keeps, up to a count, and counts what it passed over against its limit', () => {
    const notFew = (k: number) => articles[k]!.id !== 'few';
    const ids = (candidates: StrayCandidates, max: number) => candidates.firstAround(0, [10, 14], notFew, max).map((k) => articles[k]!.id);
    expect(ids(new StrayCandidates(articles, keysOf, inputOrder, 100), 2)).toEqual(['stray', 'shares']);
    expect(ids(new StrayCandidates(articles, keysOf, inputOrder, 100), 9)).toEqual(['stray', 'shares', 'none', 'otherSize']);
    // Three offered ('few' among them, kept back), so 'none' is never reached.
    expect(ids(new StrayCandidates(articles, keysOf, inputOrder, 3), 9)).toEqual(['stray', 'shares']);
  });
});

describe('the languages of a translation set, as bits', () => {
  // More languages than one word of bits holds, so sets span two words.
  const codes = Array.from({ length: 40 }, (_, k) => `l${k}`);
  const langSet = fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 6 });
  /** Language sets numbered 0, 1, ... as `LanguageSets` holds them, and translation sets in those slots. */
  const setsOf = (lists: string[][]) => {
    const languages = new LanguageSets(codes, lists.length);
    lists.forEach((langs, k) => langs.forEach((l) => languages.add(k, l)));
    const sets = lists.map((langs, slot) => ({ members: [], group: 0, langs: new Set(langs), slot, settled: false }));
    return { languages, sets };
  };

  it('meet exactly when the two sets share a language', () => {
    fc.assert(fc.property(langSet, langSet, (a, b) => {
      expect(setsOf([a, b]).languages.meetsSet(0, 1)).toBe(a.some((l) => b.includes(l)));
    }), { numRuns: 500 });
  });

  it('are those of both sets once one set joins another', () => {
    fc.assert(fc.property(langSet, langSet, langSet, (a, b, probe) => {
      const { languages, sets } = setsOf([a, b, probe]);
      absorb(sets[0]!, sets[1]!, languages);
      expect(languages.meetsSet(0, 2)).toBe(probe.some((l) => a.includes(l) || b.includes(l)));
      expect(sets[0]!.langs).toEqual(new Set([...a, ...b]));
      expect(sets[0]!.settled).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('withEarlierModels', () => {
  const model = (...pairs: string[]) => ({ wordPairs: pairs.map((p) => p.split('=') as [string, string]) });

  it("keeps each language pair's own word pairs first, then the earlier ones it lacks, and the pairs only earlier segments learned", () => {
    const merged = withEarlierModels(new Map([['eng>fra', model('a=b', 'c=d')]]), new Map([['eng>fra', model('c=d', 'e=f')], ['eng>vie', model('x=y')]]));
    expect(merged.get('eng>fra')).toEqual(model('a=b', 'c=d', 'e=f'));
    expect(merged.get('eng>vie')).toEqual(model('x=y'));
  });

  it('carries at most MAX_CARRIED_PAIRS word pairs of a language pair, the newest', () => {
    const many = (from: number) => model(...Array.from({ length: MAX_CARRIED_PAIRS }, (_, k) => `w${from + k}=v${from + k}`));
    const merged = withEarlierModels(new Map([['eng>fra', model('new=neu')]]), new Map([['eng>fra', many(0)]]));
    expect(merged.get('eng>fra')!.wordPairs).toHaveLength(MAX_CARRIED_PAIRS);
    expect(merged.get('eng>fra')!.wordPairs[0]).toEqual(['new', 'neu']);
  });
});
