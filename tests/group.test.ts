import { describe, expect, it } from 'vitest';
import { canonicalUrl, namesPage } from '../src/group/canonical-url.js';
import { averageLinkClusters, type Edge } from '../src/group/cluster.js';
import { EdgeChunks, EdgeList } from '../src/group/edge-list.js';
import { contentWords, termsOf } from '../src/group/content-words.js';
import { packStrings, StringTable, unpackStrings } from '../src/entities/packed-strings.js';
import { groupStories } from '../src/group/group-stories.js';
import fc from 'fast-check';
import { keyNodes as numberedKeyNodes, keySimilarity } from '../src/group/key-similarity.js';
import { numberKeys } from '../src/group/key-numbers.js';
import { keyWeight } from '../src/group/key-weights.js';
import { linkScriptNames as linkScriptNameIds } from '../src/group/script-names.js';
import type { GroupDocument } from '../src/group/group-keys.js';

/** The join's nodes of articles' keys as strings (numbered as grouping numbers them). */
const keyNodes = (keys: string[][], ...rest: [string[], number[][], number[][]]) => numberedKeyNodes(numberKeys(keys), ...rest);

/** Each article's keys with the names its romanised words spell, as strings. */
function linkScriptNames(docs: GroupDocument[], vocabulary: Vocabulary): { keys: string[] }[] {
  const { keyOf, ids } = numberKeys(docs.map((d) => Array.from(d.keyIds, (k) => vocabulary.keyOf[k]!)));
  return linkScriptNameIds(docs, ids, keyOf).map((list) => ({ keys: list.map((id) => keyOf[id]!) }));
}
import { MAX_POSTING, candidateIndex, candidatePrefixes, forEachCandidate, meetingsOf } from '../src/group/candidate-pairs.js';
import { LanguageSets } from '../src/language/language-sets.js';
import { placeArticles } from '../src/group/place-articles.js';
import { Vocabulary } from '../src/group/vocabulary.js';
import { sharedTermSlots } from '../src/group/term-runs.js';
import { groupWorkHere, type JoinedPairs, type StoryGroup } from '../src/group/group-stories.js';
import { seedArticles } from './seeds.js';

describe('groupStories on the seeds', () => {
  const groups = groupStories(seedArticles());

  it('finds {000, 001, 004}, {002}, {003}', () => {
    expect(groups.map((g) => g.articleIds)).toEqual([['000', '001', '004'], ['002'], ['003']]);
  });

  it('joins 000 and 001 by their shared source URL', () => {
    const join = groups[0]!.evidence.joins.find((j) => j.articleId === '001');
    expect(join).toMatchObject({ joinedWith: '000', via: 'url', score: 1 });
    expect(groups[0]!.evidence.sourceUrls).toEqual(['https://baoquocte.vn/chu-tich-trung-quoc-tap-can-binh-tham-chinh-thuc-kazakhstan-277163.html']);
  });

  it('joins the English report through shared names and numbers', () => {
    const join = groups[0]!.evidence.joins.find((j) => j.articleId === '004')!;
    expect(join.via).toBe('entities');
    expect(join.score).toBeGreaterThan(0.1);
    expect(join.shared).toEqual(expect.arrayContaining(['w:astana', 'w:rahmon', 'w:tokayev']));
  });

  it('puts every article in exactly one group', () => {
    const ids = groups.flatMap((g) => g.articleIds).sort();
    expect(ids).toEqual(['000', '001', '002', '003', '004']);
  });

  it('keeps articles published too far apart out of one group unless a URL joins them', () => {
    const [a, b, , , e] = seedArticles();
    const dated = [
      { ...a!, publishedAt: '2024-07-02' },
      { ...b!, publishedAt: '2024-07-02' },
      { ...e!, publishedAt: '2025-03-01' },
    ];
    expect(groupStories(dated).map((g) => g.articleIds)).toEqual([['000', '001'], ['004']]);
  });
});

describe('canonicalUrl', () => {
  it('gives every way of writing one address one form', () => {
    const forms = [
      'https://baoquocte.vn/a-b-277163.html',
      'http://www.baoquocte.vn/a-b-277163.html',
      'https://m.BaoQuocTe.vn/a-b-277163.html/?utm_source=fb&fbclid=x',
      'https://baoquocte.vn/a-b-277163.html#comments',
      'https://amp.baoquocte.vn/a-b-277163.html/amp',
    ];
    expect(new Set(forms.map(canonicalUrl))).toEqual(new Set(['https://baoquocte.vn/a-b-277163.html']));
  });

  it('keeps meaningful parameters, sorted, and rejects what is not a web address', () => {
    expect(canonicalUrl('https://x.com/a?b=2&a=1&utm_medium=x')).toBe('https://x.com/a?a=1&b=2');
    expect(canonicalUrl('mailto:x@y.z')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
  });

  it('decodes percent-encoding that is not needed', () => {
    expect(canonicalUrl('https://x.vn/ch%E1%BB%A7-t%E1%BB%8Bch')).toBe(canonicalUrl('https://x.vn/chủ-tịch'));
  });

  it('keeps the port and the parameters that name a page on many sites (s, source, from, ref); drops only click and campaign ids', () => {
    expect(canonicalUrl('https://x.com/read.php?s=101')).not.toBe(canonicalUrl('https://x.com/read.php?s=202'));
    expect(canonicalUrl('https://x.com:8080/a-b-c')).toBe('https://x.com:8080/a-b-c');
    expect(canonicalUrl('https://x.com:443/a-b-c')).toBe('https://x.com/a-b-c');
    expect(canonicalUrl('https://x.com/p?id=7&source=rss&from=home&ref=tw&gclid=1&utm_campaign=z')).toBe('https://x.com/p?from=home&id=7&ref=tw&source=rss');
    expect(() => canonicalUrl(5 as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('namesPage (which URLs say that two articles are one story)', () => {
  it('takes addresses of one page, not a site or a section', () => {
    const pages = ['https://antaranews.com/berita/4181539/presiden-tiba', 'https://baoquocte.vn/a-b-277163.html', 'https://x.com?p=123',
      'https://x.com/read.php?s=101', 'https://x.com/world/kazakhstan-hosts-sco-summit', 'https://x.com/2024/07/02/report.html'];
    const notPages = ['https://antaranews.com', 'https://who.int', 'https://antaranews.com/berita', 'https://x.com/news/politics',
      'https://x.com/2024/07/02', 'https://x.com/index.html', 'https://x.com/world/asia-pacific'];
    expect(pages.filter((u) => !namesPage(u))).toEqual([]);
    expect(notPages.filter((u) => namesPage(u))).toEqual([]);
  });

  const stories = [
    'Gempa bumi mengguncang Lombok pada Senin malam, menewaskan 12 orang di Desa Sembalun.',
    'Tim nasional Indonesia mengalahkan Vietnam 2-1 di Stadion Gelora Bung Karno pada Kamis.',
    'Harga cabai di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram pekan ini.',
  ];

  it('does not join unrelated stories that cite one home page, in any of its forms', () => {
    const homes = ['https://www.antaranews.com/', 'https://antaranews.com', 'http://m.antaranews.com/'];
    const groups = groupStories(stories.map((text, i) => ({ id: `s${i}`, text: `${text}\n\nSumber: ${homes[i]}` })));
    expect(groups.map((g) => g.articleIds)).toEqual([['s0'], ['s1'], ['s2']]);
    const cited = groupStories(stories.slice(0, 2).map((text, i) => ({ id: `w${i}`, text: `${text}\n\nhttps://www.who.int/` })));
    expect(cited.map((g) => g.articleIds)).toEqual([['w0'], ['w1']]);
  });

  it('joins articles naming one page only within the time window', () => {
    const page = 'Sumber: https://antaranews.com/berita/4181539/gempa-lombok';
    const dated = (publishedAt: string[]) => groupStories(stories.slice(0, 2).map((text, i) => ({ id: `d${i}`, text: `${text}\n\n${page}`, publishedAt: publishedAt[i]! })));
    expect(dated(['2024-07-01', '2024-07-03']).map((g) => g.articleIds)).toEqual([['d0', 'd1']]);
    expect(dated(['2001-07-01', '2024-07-03']).map((g) => g.articleIds)).toEqual([['d0'], ['d1']]);
  });
});

describe('names in scripts without capitals', () => {
  it('gives an Arabic article the keys of the Latin names its words spell', async () => {
    const { scriptWords } = await import('../src/entities/transliterate.js');
    const vocabulary = new Vocabulary();
    const docs = [
      { id: 'en', urls: [], keys: packStrings(['w:trump', 'w:macron', 'w:putin']) },
      { id: 'ar', urls: [], keys: packStrings(['country:FR']), scriptWords: scriptWords(['ترامب', 'وماكرون', 'قال', 'الرئيس']).join(' ') },
    ].map((d) => vocabulary.compact(d));
    const [, ar] = linkScriptNames(docs, vocabulary);
    expect(ar!.keys).toEqual(expect.arrayContaining(['w:trump', 'w:macron']));
    expect(ar!.keys).not.toContain('w:putin');
  });

  it('keeps romanised words out of the vocabulary, and no syllable run too short to spell a name word', async () => {
    const { linkableScriptWords } = await import('../src/group/script-names.js');
    expect(linkableScriptWords(['=xi', '=jin', '=jinping', 'trmp'])).toEqual(['=jinping', 'trmp']);
    const vocabulary = new Vocabulary();
    const doc = vocabulary.compact({ id: 'zh', urls: [], keys: packStrings([]), scriptWords: ['=jinping', 'trmp'].join(' ') });
    expect(vocabulary.words).toEqual([]);
    expect(doc.scriptWords?.split(' ')).toEqual(['=jinping', 'trmp']);
  });

  it('reads Chinese names syllable by syllable (习近平 is Xi Jinping)', async () => {
    const { scriptWords } = await import('../src/entities/transliterate.js');
    const vocabulary = new Vocabulary();
    const [, zh] = linkScriptNames([
      { id: 'en', urls: [], keys: packStrings(['w:jinping', 'w:beijing']) },
      { id: 'zh', urls: [], keys: packStrings([]), scriptWords: scriptWords(['习近平', '访问']).join(' ') },
    ].map((d) => vocabulary.compact(d)), vocabulary);
    expect(zh!.keys).toEqual(['w:jinping']);
  });

  it('groups a Russian report with the English one through names written in Cyrillic', () => {
    const groups = groupStories([
      { id: 'en', lang: 'eng', text: 'President Vladimir Putin met Kassym-Jomart Tokayev in Astana on Tuesday. Putin and Tokayev signed twelve agreements.' },
      { id: 'ru', lang: 'rus', text: 'Президент Владимир Путин встретился с Касым-Жомартом Токаевым в Астане во вторник. Путин и Токаев подписали двенадцать соглашений.' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.evidence.joins[0]!.shared).toEqual(expect.arrayContaining(['w:putin', 'w:vladimir']));
  });
});

describe('placeArticles', () => {
  const join = (articleId: string, joinedWith: string) => ({ articleId, joinedWith, via: 'entities' as const, score: 0.3, shared: ['num:20'] });
  const groups: StoryGroup[] = [
    { id: 'g1', articleIds: ['a', 'b', 'stray'], evidence: { sourceUrls: [], sharedKeys: ['num:20'], joins: [join('b', 'a'), join('stray', 'a')], relations: [{ articleIds: ['a', 'stray'], relation: 'report', reason: 'r', score: 0.1 }] } },
    { id: 'g2', articleIds: ['c'], evidence: { sourceUrls: [], sharedKeys: [], joins: [], relations: [] } },
    { id: 'g3', articleIds: ['alone'], evidence: { sourceUrls: [], sharedKeys: [], joins: [], relations: [] } },
  ];
  const keys: Record<string, string[]> = { a: ['num:20', 'w:x'], b: ['num:20', 'w:x'], stray: ['num:20'], c: ['w:y'], alone: ['w:y'] };
  const placed = placeArticles(groups, [
    { articleId: 'stray', from: 'g1', to: 'g2', joinedWith: 'c', score: 0.8, reason: 'sentence lengths follow c' },
    { articleId: 'alone', from: 'g3', to: 'g2', joinedWith: 'c', score: 0.7, reason: 'moved with' },
  ], (id) => keys[id]!);

  it('moves each article with the alignment as its join, and drops what named it where it was', () => {
    expect(placed.map((g) => [g.id, g.articleIds])).toEqual([['g1', ['a', 'b']], ['g2', ['c', 'stray', 'alone']]]);
    expect(placed[0]!.evidence).toMatchObject({ joins: [join('b', 'a')], relations: [], sharedKeys: ['num:20', 'w:x'] });
    expect(placed[1]!.evidence.joins).toEqual([
      { articleId: 'stray', joinedWith: 'c', via: 'alignment', score: 0.8, shared: ['sentence lengths follow c'] },
      { articleId: 'alone', joinedWith: 'c', via: 'alignment', score: 0.7, shared: ['moved with'] },
    ]);
    expect(placed[1]!.evidence.sharedKeys).toEqual([]);
  });

  it('leaves the groups as they are when nothing moves', () => {
    expect(placeArticles(groups, [], (id) => keys[id]!)).toBe(groups);
  });
});

describe('Vocabulary (what grouping keeps of an article\'s words)', () => {
  /** A read article's words: single words, and phrases as [first, second] places among them. */
  const doc = (id: string, words: string[], terms: [number, number, number][], lowercaseWords: string[] = []) => ({
    id, urls: [], keys: packStrings([]), lowercaseWords: packStrings(lowercaseWords),
    words: { words: packStrings(words), first: Int32Array.from(terms, ([a]) => a), second: Int32Array.from(terms, ([, b]) => b), counts: Int32Array.from(terms, ([, , n]) => n) },
  });

  it('numbers each word once across articles and keeps each article\'s words and phrases in the order it writes them', () => {
    const vocabulary = new Vocabulary();
    const a = vocabulary.compact(doc('a', ['banjir', 'jakarta'], [[0, -1, 3], [1, -1, 1], [0, 1, 1]]));
    const b = vocabulary.compact(doc('b', ['hujan', 'banjir'], [[0, -1, 2], [1, -1, 5], [0, 1, 2]]));
    expect([...a.words!.terms].map((t) => vocabulary.spell(t))).toEqual(['banjir', 'jakarta', 'banjir jakarta']);
    expect([...a.words!.counts]).toEqual([3, 1, 1]);
    expect([...b.words!.terms].map((t) => vocabulary.spell(t))).toEqual(['hujan', 'banjir', 'hujan banjir']);
    expect(b.words!.terms[1]).toBe(a.words!.terms[0]);
    expect(vocabulary.words).toEqual(['banjir', 'jakarta', 'hujan']);
    expect([...b.words!.counts]).toEqual([2, 5, 2]);
    expect(b).not.toHaveProperty('lowercaseWords');
  });

  it('numbers words as a Map would, however many there are and whatever their hashes (packed, one by one, long or short)', () => {
    const word = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 12, maxLength: 20 }), fc.constantFrom('phở', 'Hà Nội', '北京', 'a', ''));
    fc.assert(fc.property(fc.array(fc.uniqueArray(word, { maxLength: 40 }), { maxLength: 60 }), (articles) => {
      const table = new StringTable();
      const expected = new Map<string, number>();
      articles.forEach((words, k) => {
        const ids = k % 2 === 0 ? [...table.idsOf(packStrings(words))] : words.map((w) => table.idOf(w));
        words.forEach((w) => expected.has(w) || expected.set(w, expected.size));
        expect(ids).toEqual(words.map((w) => expected.get(w)));
      });
      expect(table.strings).toEqual([...expected.keys()]);
      for (const w of ['phở', 'never written']) expect(table.find(w)).toBe(expected.get(w) ?? -1);
    }), { numRuns: 200 });
  });

  it('finds a word among more than its table first holds, also when every word has the same hash', () => {
    const table = new StringTable();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k}`);
    expect([...table.idsOf(packStrings(words))]).toEqual(words.map((_, k) => k));
    expect(words.map((w) => table.idOf(w))).toEqual(words.map((_, k) => k));
    const colliding = { ...packStrings(['ab', 'ba', 'ab', 'cd']), hashes: Int32Array.of(7, 7, 7, 7) };
    expect([...new StringTable().idsOf(colliding)]).toEqual([0, 1, 0, 2]);
  });

  it('spells long, short and empty packed strings back as they were written', () => {
    const table = new StringTable();
    const long = 'penanggulangan';
    table.idsOf(packStrings(['banjir', long, 'garut']));
    expect(table.strings).toEqual(['banjir', long, 'garut']);
    expect(unpackStrings(packStrings(['banjir', long, '', 'garut']))).toEqual(['banjir', long, '', 'garut']);
  });

  it('knows a word as common once any article writes it in lower case', () => {
    const vocabulary = new Vocabulary();
    vocabulary.compact(doc('a', ['kementerian'], [[0, -1, 1]]));
    expect(vocabulary.isLowercase('kementerian')).toBe(false);
    vocabulary.compact(doc('b', [], [], ['kementerian']));
    expect(vocabulary.isLowercase('kementerian')).toBe(true);
    expect(vocabulary.isLowercase('widodo')).toBe(false);
  });

  it('shows the words two same-language reports share, weightiest first, as words', () => {
    const a = { id: 'a', text: 'Banjir bandang melanda Kabupaten Garut pada Selasa malam.\nSebanyak 27 rumah warga rusak berat akibat banjir bandang tersebut.\nBadan penanggulangan bencana mencatat 315 warga mengungsi ke masjid dan sekolah terdekat.' };
    const b = { id: 'b', text: 'Sebanyak 315 warga Garut mengungsi setelah banjir bandang menerjang permukiman mereka.\nMenurut badan penanggulangan bencana, 27 rumah rusak berat dan puluhan lainnya terendam lumpur.' };
    const c = { id: 'c', text: 'Harga cabai rawit di pasar tradisional Bandung naik tajam menjelang akhir tahun.\nPedagang mengeluhkan pasokan yang berkurang karena cuaca buruk.' };
    const groups = groupStories([a, b, c]);
    expect(groups.map((g) => g.articleIds)).toEqual([['a', 'b'], ['c']]);
    const join = groups[0]!.evidence.joins[0]!;
    expect(join).toMatchObject({ articleId: 'b', joinedWith: 'a', via: 'words' });
    expect(join.shared.slice(0, 4)).toEqual(['bandang', 'banjir', 'banjir bandang', 'warga']);
  });
});

describe('keySimilarity across languages', () => {
  // Five articles a language, so that each language's vocabulary is read from the input; each
  // carries a capitalised common word of its own language, and the two languages share a few names.
  const filler = (lang: string, word: string, k: number) => [`w:${word}`, `w:${lang}${k}`, 'w:trump', 'w:kavanaugh', `num:${100 + k}`];
  const similarity = (a: string[], b: string[]) => {
    const keys = [a, b, ...[0, 1, 2, 3, 4].map((k) => filler('ind', 'kementerian', k)), ...[0, 1, 2, 3, 4].map((k) => filler('vie', 'ngoài', k))];
    const langs = ['ind', 'vie', ...Array(5).fill('ind'), ...Array(5).fill('vie')];
    const nodes = keyNodes(keys, langs, keys.map((_, i) => [i]), keys.map(() => []));
    return keySimilarity(nodes, 0, 1);
  };

  it('leaves out of the norm the words only the article\'s own language writes', () => {
    const translation = similarity(['w:kementerian', 'w:purwo', 'w:spence', 'num:417238'], ['w:ngoài', 'w:purwo', 'w:spence', 'num:417238']);
    expect(translation).toBeGreaterThan(0.9);
  });

  it('counts a name no other article carries against a version that lacks it', () => {
    // Two unrelated reports that share a common name and, by chance, a number: each tells of
    // people of its own, whom a version of it would name too.
    const unrelated = similarity(
      ['w:kavanaugh', 'num:417238', 'w:vivivixuda', 'w:gonoroqine', 'w:tatafapebo', 'w:mixuvinozu', 'w:hapezurone', 'w:nogogomiri'],
      ['w:kavanaugh', 'num:417238', 'w:zurivivigo', 'w:levifapebo', 'w:nelekafaxu', 'w:sugonogole', 'w:gorotayeda', 'w:pevivirika'],
    );
    expect(unrelated).toBeLessThan(0.2);
  });
});

describe('keyNodes', () => {
  it('weighs each node\'s keys by rarity and by the share of its articles that carry them, in the order its articles first carry them', () => {
    const key = fc.constantFrom('w:purwo', 'w:spence', 'w:trump', 'num:417238', 'num:2024', 'date:5-2', 'c:vn', 'w:ab');
    const article = fc.record({
      keys: fc.uniqueArray(key, { maxLength: 6 }), lang: fc.constantFrom('ind', 'vie', 'eng'),
      days: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 3 }), node: fc.nat(5),
    });
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 25 }), (articles) => {
      const byNode = new Map<number, number[]>();
      articles.forEach((a, i) => byNode.set(a.node, [...(byNode.get(a.node) ?? []), i]));
      const members = [...byNode.values()];
      const numbered = numberKeys(articles.map((a) => a.keys));
      const nodes = numberedKeyNodes(numbered, articles.map((a) => a.lang), members, articles.map((a) => a.days));
      members.forEach((list, x) => {
        const count = new Map<string, number>();
        for (const i of list) for (const k of articles[i]!.keys) count.set(k, (count.get(k) ?? 0) + 1);
        const expected = [...count]
          .map(([k, c]) => [k, keyWeight(k, numbered.df[numbered.keyOf.indexOf(k)]!, articles.length) * (c / list.length)] as const)
          .filter(([, w]) => w > 0);
        const { allIds, allWeights } = nodes.vectors;
        const at = nodes.vectors.from(x);
        expect(Array.from({ length: nodes.vectors.length(x) }, (_, p) => [nodes.keyOf[allIds[at + p]!], allWeights[at + p]])).toEqual(expected);
        expect(nodes.norms[x]).toBe(expected.reduce((sum, [, w]) => sum + w * w, 0));
        expect(nodes.days[x]).toEqual([...new Set(list.flatMap((i) => articles[i]!.days))]);
        expect(nodes.langs[x]).toEqual([...new Set(list.map((i) => articles[i]!.lang))].sort());
      });
      // Nodes of the same languages, and only they, share a language set's number.
      for (let x = 0; x < members.length; x++) {
        for (let y = 0; y < members.length; y++) expect(nodes.langSet[x] === nodes.langSet[y]).toBe(nodes.langs[x]!.join() === nodes.langs[y]!.join());
      }
    }));
  });
});

describe('LanguageSets', () => {
  it('answers as sets of language names do, past 32 languages too', () => {
    const lang = fc.integer({ min: 0, max: 69 }).map((k) => `l${k}`);
    fc.assert(fc.property(fc.array(fc.array(lang, { maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.array(lang, { maxLength: 6 }), (sets, asked) => {
      const input = [...new Set(sets.flat())];
      const bits = new LanguageSets(input, sets.length);
      sets.forEach((set, k) => set.forEach((l) => bits.add(k, l)));
      const others = bits.setOf(asked);
      sets.forEach((set, k) => expect(bits.meets(k, others)).toBe(set.some((l) => asked.includes(l))));
    }), { numRuns: 300 });
  });
});

describe('forEachCandidate', () => {
  const key = fc.oneof(
    fc.integer({ min: 0, max: 12 }).map((k) => `w:name${k}`),
    fc.integer({ min: 0, max: 6 }).map((k) => `num:${1000 + k}`),
    fc.constantFrom('country:VN', 'country:ID', 'date:5-18'),
  );
  const node = fc.tuple(fc.constantFrom('ind', 'vie', 'eng'), fc.uniqueArray(key, { minLength: 1, maxLength: 8 }));

  it('visits every pair in two languages that reaches the threshold, each once, and no pair in one', () => {
    fc.assert(fc.property(fc.array(node, { minLength: 2, maxLength: 24 }), fc.constantFrom(0.05, 0.2, 0.5), (list, threshold) => {
      const nodes = keyNodes(list.map(([, keys]) => keys), list.map(([lang]) => lang), list.map((_, i) => [i]), list.map(() => []));
      const visited = new Map<string, number>();
      forEachCandidate(nodes, candidatePrefixes(nodes, threshold), () => true, (a, b) => visited.set(`${a},${b}`, (visited.get(`${a},${b}`) ?? 0) + 1));
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          if (list[a]![0] === list[b]![0]) expect(visited.has(`${a},${b}`), `${a},${b}`).toBe(false);
          else if (keySimilarity(nodes, a, b) >= threshold) expect(visited.has(`${a},${b}`), `${a},${b}`).toBe(true);
        }
      }
      expect([...visited.values()].every((count) => count === 1)).toBe(true);
    }), { numRuns: 300 });
  });

  it('visits the same pairs in the same order when cut in two parts at any node, first part first', () => {
    fc.assert(fc.property(fc.array(node, { minLength: 2, maxLength: 24 }), fc.nat(), (list, at) => {
      const nodes = keyNodes(list.map(([, keys]) => keys), list.map(([lang]) => lang), list.map((_, i) => [i]), list.map(() => []));
      const prefixes = candidatePrefixes(nodes, 0.05);
      const pairs = (from: number, to: number) => {
        const out: string[] = [];
        forEachCandidate(nodes, prefixes, () => true, (a, b) => out.push(`${a},${b}`), undefined, from, to);
        return out;
      };
      const cut = at % (list.length + 1);
      expect([...pairs(0, cut), ...pairs(cut, list.length)]).toEqual(pairs(0, list.length));
    }), { numRuns: 200 });
  });

  it('cuts the join where about half of the meetings are on each side, counting each pair from its first node', () => {
    // Node 0 meets nodes 1-3 through key 7, node 1 meets 2-3, node 2 meets 3: 3 + 2 + 1 meetings.
    expect([...meetingsOf([[7], [7], [7], [7]])]).toEqual([3, 2, 1, 0]);
    expect([...meetingsOf([[7, 8], [8], [7]])]).toEqual([2, 0, 0]);
  });

  it('counts on a dated input only the meetings within reach of each node\'s window, not every later carrier of a key', () => {
    // 32 nodes share a key: the first 16 on one day, the other 16 a hundred days later.
    const day = 86_400_000;
    const first = Float64Array.from({ length: 32 }, (_, a) => (a < 16 ? 0 : 100 * day));
    const times = { first, last: first, windowMs: 7 * day };
    const prefixes = Array.from({ length: 32 }, () => [7]);
    // Over the whole input the first node meets all 31 after it; within its window, the 15 of its day
    // (the count of one node in 16 stands for the rest of its 16).
    expect([...meetingsOf(prefixes)]).toEqual(Array.from({ length: 32 }, (_, a) => 31 - a));
    expect([...meetingsOf(prefixes, candidateIndex(prefixes, times))]).toEqual(new Array(32).fill(15));
  });

  it('asks only through keys few enough nodes carry', () => {
    // Every node carries one name; two of them also share a rare one.
    const keys = Array.from({ length: MAX_POSTING + 2 }, (_, i) => ['w:trump', `num:${100_000 + i}`, ...(i < 2 ? ['w:purwo'] : [])]);
    const langs = keys.map((_, i) => (i % 2 ? 'ind' : 'vie'));
    const nodes = keyNodes(keys, langs, keys.map((_, i) => [i]), keys.map(() => []));
    const pairs: string[] = [];
    forEachCandidate(nodes, candidatePrefixes(nodes, 0), () => true, (a, b) => pairs.push(`${a},${b}`));
    expect(pairs).toEqual(['0,1']);
  });

  const DAY = 86_400_000;

  it('on a dated input, visits every pair within reach of the window that reaches the threshold, each once', () => {
    const span = fc.record({ first: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 10 }), undated: fc.boolean() });
    fc.assert(fc.property(fc.array(fc.tuple(node, span), { minLength: 2, maxLength: 24 }), fc.constantFrom(0.05, 0.2), (list, threshold) => {
      const nodes = keyNodes(list.map(([[, keys]]) => keys), list.map(([[lang]]) => lang), list.map((_, i) => [i]), list.map(() => []));
      const first = Float64Array.from(list, ([, t]) => (t.undated ? NaN : t.first * DAY));
      const last = Float64Array.from(list, ([, t]) => (t.undated ? NaN : (t.first + t.length) * DAY));
      const windowMs = 7 * DAY;
      const visited = new Map<string, number>();
      forEachCandidate(nodes, candidatePrefixes(nodes, threshold, { first, last, windowMs }), () => true, (a, b) => visited.set(`${a},${b}`, (visited.get(`${a},${b}`) ?? 0) + 1), { first, last, windowMs });
      const near = (a: number, b: number) => Number.isNaN(first[a]!) || Number.isNaN(first[b]!) || (first[b]! <= last[a]! + windowMs && first[a]! <= last[b]! + windowMs);
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          if (list[a]![0][0] === list[b]![0][0]) expect(visited.has(`${a},${b}`), `${a},${b}`).toBe(false);
          else if (near(a, b) && keySimilarity(nodes, a, b) >= threshold) expect(visited.has(`${a},${b}`), `${a},${b}`).toBe(true);
        }
      }
      expect([...visited.values()].every((count) => count === 1)).toBe(true);
    }), { numRuns: 300 });
  });

  it('on a dated input, counts how many nodes carry a key within the window, not over the whole input', () => {
    // Two versions of one story on day 0 share a name that more than MAX_POSTING other articles carry, one a day from day 30 on.
    const keys = Array.from({ length: MAX_POSTING + 2 }, (_, i) => ['w:feinstein', `num:${100_000 + i}`]);
    const langs = keys.map((_, i) => (i === 0 ? 'vie' : 'ind'));
    const nodes = keyNodes(keys, langs, keys.map((_, i) => [i]), keys.map(() => []));
    const first = Float64Array.from(keys, (_, i) => (i < 2 ? 0 : (28 + i) * DAY));
    const pairs = (times?: { first: Float64Array; last: Float64Array; windowMs: number }) => {
      const out: string[] = [];
      forEachCandidate(nodes, candidatePrefixes(nodes, 0, times), () => true, (a, b) => out.push(`${a},${b}`), times);
      return out;
    };
    expect(pairs({ first, last: first, windowMs: 7 * DAY })).toEqual(['0,1']);
    // The same articles undated: the name is in too many of them to propose anything.
    expect(pairs()).toEqual([]);
    // Spread over less than a window, the same count is too many again.
    expect(pairs({ first: first.map((_, i) => i * 1000), last: first.map((_, i) => i * 1000), windowMs: 7 * DAY })).toEqual([]);
  });
});

describe('averageLinkClusters', () => {
  /** The definition, recomputed from scratch at every step: two clusters merge when the mean over all their pairs (unknown pairs 0, minus penalties) reaches the threshold. */
  function naive(n: number, edges: Edge[], threshold: number, known: Edge[], penalty: (a: number, b: number) => number): number[][] {
    const score = new Map<string, number>();
    for (const e of known) for (const key of [`${e.a} ${e.b}`, `${e.b} ${e.a}`]) score.set(key, (score.get(key) ?? 0) + e.score);
    let clusters = Array.from({ length: n }, (_, i) => [i]);
    const of = (x: number) => clusters.find((c) => c.includes(x))!;
    for (const e of [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
      if (e.score < threshold) break;
      const [ca, cb] = [of(e.a), of(e.b)];
      if (ca === cb) continue;
      let sum = 0;
      for (const a of ca) for (const b of cb) sum += (score.get(`${a} ${b}`) ?? 0) - penalty(a, b);
      if (sum / (ca.length * cb.length) < threshold - 1e-9) continue;
      clusters = [...clusters.filter((c) => c !== ca && c !== cb), [...ca, ...cb]];
    }
    return clusters.map((c) => c.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
  }

  it('merges exactly as the average over every pair of members says, known pairs that start no merge included', () => {
    // Scores in thousandths, as grouping rounds them, chosen so that no average lands on the threshold itself.
    const edge = (n: number) => fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), score: fc.integer({ min: 1, max: 1000 }).map((x) => x / 1000 + 0.0001) });
    fc.assert(fc.property(fc.integer({ min: 2, max: 9 }).chain((n) => fc.tuple(fc.constant(n), fc.array(edge(n), { maxLength: 30 }), fc.nat(3))), ([n, all, cut]) => {
      const known = all.filter((e) => e.a !== e.b).map((e) => ({ ...e, score: Math.round(e.score * 1000) / 1000 }));
      const edges = known.filter((_, k) => k % 4 !== cut);
      const penalty = (a: number, b: number) => ((a + b) % 5 === 0 ? 0.5 : 0);
      const { clusterOf } = averageLinkClusters(n, edges, 0.3, { known, penalty });
      const got = new Map<number, number[]>();
      for (let i = 0; i < n; i++) got.set(clusterOf[i]!, [...(got.get(clusterOf[i]!) ?? []), i]);
      expect([...got.values()].sort((x, y) => x[0]! - y[0]!)).toEqual(naive(n, edges, 0.3, known, penalty));
      // The known pairs as grouping keeps them on a large input, in typed arrays, merge the same.
      expect(averageLinkClusters(n, edges, 0.3, { known: EdgeList.of(known), penalty }).clusterOf).toEqual(clusterOf);
    }), { numRuns: 400 });
  });
});

describe('EdgeList', () => {
  it('keeps every pushed edge past its first capacity, and filters them into objects in order', () => {
    const list = new EdgeList(2);
    for (let k = 0; k < 100; k++) list.push(k, k + 1, k / 1000);
    expect(list.length).toBe(100);
    expect([list.a(99), list.b(99), list.score(99)]).toEqual([99, 100, 0.099]);
    expect(list.filter((a, _b, score) => a % 40 === 0 && score >= 0)).toEqual([
      { a: 0, b: 1, score: 0 }, { a: 40, b: 41, score: 0.04 }, { a: 80, b: 81, score: 0.08 },
    ]);
  });

  it('gives back every score of three places as the same number, and refuses one it would have to round', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (t) => {
      const score = Math.round((t / 997) * 1000) / 1000;
      const list = EdgeList.of([{ a: 1, b: 2, score }]);
      expect(list.score(0)).toBe(score);
      list.forEach((_a, _b, milli) => expect(milli / 1000).toBe(score));
    }));
    expect(() => new EdgeList().push(0, 1, 0.1234)).toThrow(RangeError);
    expect(() => new EdgeList().push(0, 1, -0.001)).toThrow(RangeError);
  });

  it('reads several lists as one, in list order, without merging them', () => {
    const chunk = (pairs: [number, number, number][]) => ({ a: Int32Array.from(pairs, (p) => p[0]), b: Int32Array.from(pairs, (p) => p[1]), thousandths: Uint16Array.from(pairs, (p) => p[2]) });
    const chunks = new EdgeChunks([chunk([[5, 6, 120], [0, 9, 7]]), chunk([]), chunk([[2, 3, 1000]])]);
    expect(chunks.length).toBe(3);
    const seen: number[][] = [];
    chunks.forEach((a, b, t) => seen.push([a, b, t]));
    expect(seen).toEqual([[5, 6, 120], [0, 9, 7], [2, 3, 1000]]);
    expect(chunks.filter((_a, _b, score) => score >= 0.1)).toEqual([{ a: 5, b: 6, score: 0.12 }, { a: 2, b: 3, score: 1 }]);
    // Released, it holds none of them.
    chunks.release();
    expect(chunks.length).toBe(0);
    let left = 0;
    chunks.forEach(() => left++);
    expect(left).toBe(0);
  });
});

describe('contentWords', () => {
  it('counts words and the phrases of two words in a row, in the order the text first writes them, each word spelled once', () => {
    const c = contentWords('Banjir bandang melanda Garut. Banjir bandang lagi, di Garut.', 'ind');
    expect(c.words).toEqual(['banjir', 'bandang', 'melanda', 'garut', 'lagi']);
    expect([...termsOf(c)]).toEqual(['banjir', 'bandang', 'banjir bandang', 'melanda', 'bandang melanda', 'garut', 'melanda garut', 'lagi', 'bandang lagi']);
    expect([...c.counts]).toEqual([2, 2, 2, 1, 1, 2, 1, 1, 1]);
  });

  it('joins two words into a phrase across one space or no-break space only, and leaves numbers of any script out', () => {
    const c = contentWords('black box\u00a0found  near\nriver 2024 ٢٠٢٤ plane', 'eng');
    expect(c.words).toEqual(['black', 'box', 'found', 'near', 'river', 'plane']);
    expect([...termsOf(c)].filter((t) => t.includes(' '))).toEqual(['black box', 'box found']);
  });
});

describe('the join within each language, one job per language', () => {
  // Reports in three languages, each of a few shared topics, so that every job finds pairs.
  const topics = ['flood river rain village rescue boats', 'election ballot votes parliament count', 'market shares index traders fell'];
  const langs = ['eng', 'fra', 'deu'];
  const articles = Array.from({ length: 36 }, (_, i) => {
    const lang = langs[i % 3]!;
    const topic = topics[Math.floor(i / 3) % 3]!;
    // Each story's own figures, as its reports would all give them: with the shared words, they make one story.
    const t = Math.floor(i / 3) % 3;
    return { id: `a${i}`, lang, text: `${topic} ${lang}word${i} report${i % 5} ${topic.split(' ').reverse().join(' ')} day${i % 4}. Figures ${1234 + t * 111} and ${5678 + t * 37} were given.` };
  });

  it('gives the groups of one thread when it reads and joins in worker threads (a promise then), and with jobs: 1', async () => {
    const all = [...articles, ...seedArticles()];
    const here = groupStories(all);
    expect(here.some((g) => g.articleIds.length > 2)).toBe(true);
    await expect(groupStories(all, { jobs: 2 })).resolves.toEqual(here);
    await expect(groupStories(all, { jobs: 1 })).resolves.toEqual(here);
    expect(() => groupStories(all, { jobs: 0 } as never)).toThrow(/options\.jobs/u);
  }, 60_000);

  it('groups the same whatever order the jobs come back in: clustering reads the pairs in no particular order', async () => {
    const { groupingSteps } = await import('../src/group/group-stories.js');
    const { joinLanguage } = await import('../src/group/language-joins.js');
    const { readArticle, ReadArticles } = await import('../src/read-articles.js');
    const groupsAnswered = (order: (joined: JoinedPairs[]) => JoinedPairs[]) => {
      // Read afresh for each run: grouping uses its views' words up.
      const read = new ReadArticles();
      read.add(articles.map((a) => readArticle(a)));
      const steps = groupingSteps(read.docs, read.vocabulary);
      const work = steps.next().value as { jobs: Parameters<typeof joinLanguage>[0][] };
      expect(work.jobs).toHaveLength(3);
      const joined = work.jobs.map(joinLanguage);
      // Every pair within one language.
      for (const j of joined) j.a.forEach((x, k) => expect(articles[x]!.lang).toBe(articles[j.b[k]!]!.lang));
      expect(joined.every((j) => j.a.length > 0)).toBe(true);
      // Started, then collected: the pairs are asked for once the keys are numbered.
      expect(steps.next({ pairs: joined }).value).toMatchObject({ kind: 'joined' });
      // Then the join across languages, its second part started and collected, here.
      let next = steps.next(order(joined));
      const rest: string[] = [];
      while (!next.done) {
        rest.push(next.value.kind);
        next = steps.next(groupWorkHere(next.value));
      }
      expect(rest).toEqual(['crossJoin', 'joined']);
      return next.value;
    };
    const forwards = groupsAnswered((j) => j);
    expect(forwards.some((g) => g.articleIds.length > 1)).toBe(true);
    expect(groupsAnswered((j) => [...j].reverse())).toEqual(forwards);
  });
});

describe('the join within each language, kept to the pairs clustering can read', () => {
  // Stories in two languages, and reports that share a word or two with them and with one another (pairs far below the threshold).
  const topics = ['flood river rain village rescue boats', 'election ballot votes parliament count'];
  const stories = Array.from({ length: 12 }, (_, i) => {
    const lang = i % 2 ? 'fra' : 'eng';
    return { id: `s${i}`, lang, text: `${topics[Math.floor(i / 2) % 2]} ${lang}word${i} figures ${1234 + (Math.floor(i / 2) % 2) * 111} and ${5678 + (Math.floor(i / 2) % 2) * 37}.` };
  });
  const loners = Array.from({ length: 10 }, (_, i) => {
    const lang = i % 2 ? 'fra' : 'eng';
    return { id: `l${i}`, lang, text: `river ${lang}alone${i} ${lang}apart${i} ${lang}single${i} ${lang}other${i} ${lang}more${i} market${i % 3}.` };
  });
  // Two loners in one language that name one page: a shared URL merges them whatever their words.
  const articles = [...stories, ...loners.map((a, i) => (i === 0 || i === 2 ? { ...a, url: 'https://www.example.com/world/2024/05/18/flood-rescue-boats-123456.html' } : a))];

  it('drops only pairs with an article that neither starts a merge nor is merged by a URL, and groups the same', async () => {
    const { groupingSteps, joinLanguage } = await import('../src/group/group-stories.js');
    const { readArticle, ReadArticles } = await import('../src/read-articles.js');
    const run = (everyPair: boolean) => {
      const read = new ReadArticles();
      read.add(articles.map((a) => readArticle(a)));
      const steps = groupingSteps(read.docs, read.vocabulary);
      const work = steps.next().value as { jobs: Parameters<typeof joinLanguage>[0][] };
      const jobs = work.jobs.map((job) => (everyPair ? { ...job, mergeAt: 0 } : job));
      const joined = jobs.map(joinLanguage);
      // Listed before grouping reads them: it lets go of the list once it has.
      const pairs = joined.flatMap((j) => Array.from(j.a, (a, k) => [a, j.b[k]!, j.thousandths[k]!].join(',')));
      steps.next({ pairs: joined });
      let next = steps.next(joined);
      while (!next.done) next = steps.next(groupWorkHere(next.value) as JoinedPairs[]);
      return { groups: next.value, pairs };
    };
    const every = run(true);
    const kept = run(false);
    // Some pairs are dropped, none added, and those left keep their scores.
    expect(kept.pairs.length).toBeLessThan(every.pairs.length);
    expect(kept.pairs.every((p) => every.pairs.includes(p))).toBe(true);
    // The loners a URL merges keep their pair; a loner that only shares "river" keeps none.
    const placeOf = (id: string) => articles.findIndex((a) => a.id === id);
    const touches = (id: string) => kept.pairs.some((p) => p.split(',').slice(0, 2).map(Number).includes(placeOf(id)));
    expect(touches('l0')).toBe(true);
    expect(touches('l4')).toBe(false);
    expect(every.pairs.some((p) => p.split(',').slice(0, 2).map(Number).includes(placeOf('l4')))).toBe(true);
    expect(kept.groups).toEqual(every.groups);
    expect(kept.groups.some((g) => g.articleIds.includes('l0') && g.articleIds.includes('l2'))).toBe(true);
  });
});

describe('grouping\'s memory', () => {
  it('lets go of each view\'s word counts once they are vectors, before the joins within languages', async () => {
    const { groupingSteps } = await import('../src/group/group-stories.js');
    const { readArticle, ReadArticles } = await import('../src/read-articles.js');
    const read = new ReadArticles();
    read.add([...seedArticles(), ...seedArticles().map((a) => ({ ...a, id: `${a.id}-again` }))].map((a) => readArticle(a)));
    expect(read.docs.some((d) => d.words)).toBe(true);
    const steps = groupingSteps(read.docs, read.vocabulary);
    expect(steps.next().value).toMatchObject({ kind: 'join' });
    expect(read.docs.filter((d) => d.words)).toEqual([]);
  });
});

describe('InformativeKeys', () => {
  it('corroborates a pair exactly as sets of each article\'s informative keys would, keys most articles carry left out', async () => {
    const { InformativeKeys } = await import('../src/group/informative-keys.js');
    const { keyWeight } = await import('../src/group/key-weights.js');
    const { numberKeys } = await import('../src/group/key-numbers.js');
    const key = fc.constantFrom('num:12', 'num:2024', 'date:05-12', 'w:garut', 'w:jakarta', 'country:idn', 'w:menteri', 'num:7');
    // Behind the articles compared, 200 that each carry 'w:menteri' and 'num:2024': those two weigh too little to count.
    const filler = Array.from({ length: 200 }, () => ['w:menteri', 'num:2024']);
    fc.assert(fc.property(fc.array(fc.array(key, { maxLength: 8 }), { minLength: 2, maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (compared, score) => {
      const keys = [...compared, ...filler];
      const informative = new InformativeKeys(numberKeys(keys));
      const sets = keys.map((list) => new Set(list));
      const df = new Map<string, number>();
      for (const set of sets) for (const k of set) df.set(k, (df.get(k) ?? 0) + 1);
      const kept = sets.map((set) => [...set].filter((k) => keyWeight(k, df.get(k)!, keys.length) >= 1));
      expect(kept.at(-1)).toEqual([]);
      for (let a = 0; a < compared.length; a++) {
        for (let b = 0; b < compared.length; b++) {
          const shared = kept[a]!.filter((k) => kept[b]!.includes(k));
          const facts = shared.filter((k) => k.startsWith('num:') || k.startsWith('date:')).length;
          const expected = shared.length >= 2 && (score >= 0.25 || facts >= 2);
          expect(informative.corroborate(a, b, score)).toBe(expected);
        }
      }
    }), { numRuns: 300 });
  });
});

describe('numberKeys', () => {
  it('numbers keys in the order first met, each list\'s keys once each, and counts the lists that carry each', async () => {
    const { numberKeys } = await import('../src/group/key-numbers.js');
    expect(numberKeys([['num:7', 'w:garut', 'num:7'], [], ['w:garut', 'date:05-12'], ['num:7']])).toEqual({
      keyOf: ['num:7', 'w:garut', 'date:05-12'],
      ids: [[0, 1], [], [1, 2], [0]],
      df: [2, 2, 1],
    });
  });
});

describe('sharedTermSlots', () => {
  it('gives each occurrence of a term two or more lists hold its slot, slots in ascending term order, phrases above 2^32 included', () => {
    // Terms as Vocabulary numbers them: single words, and phrases made of two word ids.
    const term = fc.oneof(fc.integer({ min: 0, max: 2 ** 26 - 1 }), fc.integer({ min: 0, max: 40 }), fc.tuple(fc.integer({ min: 0, max: 2 ** 26 - 2 }), fc.integer({ min: 0, max: 2 ** 26 - 1 })).map(([a, b]) => Vocabulary.term(a, b)), fc.constantFrom(Vocabulary.term(3, 5), Vocabulary.term(63, 9), Vocabulary.term(131_071, 9), Vocabulary.term(2 ** 26 - 2, 7)));
    // (63, 9) and (131071, 9) differ in their high 32 bits above the lowest digit, and sort the other way on it.
    fc.assert(fc.property(fc.array(fc.uniqueArray(term, { maxLength: 40 }), { maxLength: 30 }), (lists) => {
      const { slotOf, df } = sharedTermSlots(lists.map((l) => Float64Array.from(l)));
      const count = new Map<number, number>();
      for (const l of lists) for (const t of l) count.set(t, (count.get(t) ?? 0) + 1);
      const shared = [...count].filter(([, c]) => c >= 2).map(([t]) => t).sort((x, y) => x - y);
      expect(Array.from(df)).toEqual(shared.map((t) => count.get(t)));
      expect(Array.from(slotOf)).toEqual(lists.flat().map((t) => shared.indexOf(t)));
    }), { numRuns: 300 });
  });
});

describe('StringTable (romanised words looked up in place)', () => {
  it('answers for a stretch of a text as a Map answers for the stretch cut out', () => {
    const word = fc.stringMatching(/^=?[a-z]{0,6}$/u);
    fc.assert(fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 40 }), (keys, text) => {
      const table = new StringTable();
      const map = new Map<string, number>();
      for (const k of keys) {
        table.idOf(k);
        if (!map.has(k)) map.set(k, map.size);
      }
      const joined = text.join(' ');
      let from = 0;
      for (const w of text) {
        expect(table.findIn(joined, from, from + w.length)).toBe(map.get(w) ?? -1);
        from += w.length + 1;
      }
    }), { numRuns: 300 });
  });
});

describe('renumberKeys', () => {
  it('numbers lists of numbered keys as numberKeys numbers the keys they stand for', async () => {
    const { numberKeys, renumberKeys } = await import('../src/group/key-numbers.js');
    const key = fc.integer({ min: 0, max: 15 }).map((k) => `w:k${k}`);
    fc.assert(fc.property(fc.array(fc.array(key, { maxLength: 8 }), { maxLength: 10 }), fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: 10 }), (lists, picks) => {
      const numbered = numberKeys(lists);
      // Lists made of the numbered ones, with keys left out and others added (as grouping's join keys are).
      const made = numbered.ids.map((ids, i) => [...ids.filter((_, k) => k % 2 === 0), ...(picks[i] ?? []).filter(() => numbered.keyOf.length > 0).map((p) => p % numbered.keyOf.length)]);
      expect(renumberKeys(made, numbered.keyOf)).toEqual(numberKeys(made.map((ids) => ids.map((id) => numbered.keyOf[id]!))));
    }), { numRuns: 300 });
  });

  it('numbers the keys articles were compacted with as numberKeys numbers the keys as strings', async () => {
    const { numberKeys, renumberKeys } = await import('../src/group/key-numbers.js');
    const key = fc.integer({ min: 0, max: 15 }).map((k) => `w:k${k}`);
    fc.assert(fc.property(fc.array(fc.uniqueArray(key, { maxLength: 8 }), { maxLength: 10 }), (lists) => {
      const vocabulary = new Vocabulary();
      const docs = lists.map((keys, i) => vocabulary.compact({ id: `a${i}`, urls: [], keys: packStrings(keys) }));
      expect(renumberKeys(docs.map((d) => d.keyIds), vocabulary.keyOf)).toEqual(numberKeys(lists));
    }), { numRuns: 300 });
  });
});

describe('wordVectors', () => {
  it('weighs each article\'s shared terms as TF-IDF over its language, normalised, and lays each language\'s vectors end to end', async () => {
    const { wordVectors } = await import('../src/group/same-language.js');
    const { languageJoins } = await import('../src/group/language-joins.js');
    const doc = fc.record({
      lang: fc.constantFrom('ind', 'vie', 'eng'),
      words: fc.uniqueArray(fc.integer({ min: 0, max: 30 }).map((k) => `w${k}`), { maxLength: 12 }),
      counts: fc.array(fc.integer({ min: 1, max: 70 }), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(fc.property(fc.array(doc, { maxLength: 70 }), (docs) => {
      const vocabulary = new Vocabulary();
      const counts = docs.map((d) => {
        const terms = Float64Array.from(d.words, (w) => vocabulary.idOf(w));
        return { terms, counts: Int32Array.from(d.words, (_, k) => d.counts[k]!) };
      });
      const w = wordVectors(counts, docs.map((d) => d.lang), vocabulary);
      // The formula on Maps: a term's rarity over its language's articles, kept when another article has it.
      docs.forEach((d, i) => {
        const same = docs.filter((o) => o.lang === d.lang);
        const expected = new Map<string, number>();
        if (same.length >= 2) {
          const common = same.length >= 50 ? same.length * 0.1 : Infinity;
          let norm = 0;
          const raw: [string, number][] = [];
          d.words.forEach((word, k) => {
            const f = same.filter((o) => o.words.includes(word)).length;
            if (f > common) return;
            const x = (1 + Math.log(d.counts[k]!)) * Math.log((same.length + 20) / (f + 20 * 0.05));
            norm += x * x;
            if (f >= 2) raw.push([word, x]);
          });
          for (const [word, x] of raw) expected.set(word, x / (Math.sqrt(norm) || 1));
        }
        expect(w.vectors.named(i, w.wordOf)).toEqual(expected);
      });
      // Each join's vectors are its articles' own.
      for (const job of languageJoins(w, undefined, 0, 0.12, new Uint8Array(docs.length))) {
        job.articles.forEach((i, k) => {
          const from = job.vectorAt[k]!;
          const to = job.vectorAt[k + 1]!;
          expect(Array.from(job.weights.subarray(from, to))).toEqual(Array.from({ length: w.vectors.length(i) }, (_, p) => w.vectors.allWeights[w.vectors.from(i) + p]));
        });
      }
    }), { numRuns: 100 });
  });
});
