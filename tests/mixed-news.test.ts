/**
 * Grouping and relations on small mixed inputs: six articles must group the
 * way six thousand do (key rarity has a background, not only the input), two
 * outlets' reports in one language group on their words, a republished copy is
 * flagged, and a shared token or two articles that date different days make
 * no story.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/pipeline.js';
import { toHtml } from '../src/export/to-html.js';
import { groupStories } from '../src/group/group-stories.js';
import { seedArticles } from './seeds.js';

/** A Malay wire report of the seeds' story (Xi Jinping in Kazakhstan), written for this test. */
const MALAY_REPORT = [
  'Presiden China Xi Jinping tiba di Astana pada hari Selasa untuk lawatan negara ke Kazakhstan dan Sidang Kemuncak Pertubuhan Kerjasama Shanghai (SCO), lapor agensi berita AFP.',
  'Beliau disambut di lapangan terbang oleh Presiden Kazakhstan Kassym-Jomart Tokayev, menurut televisyen negara CCTV.',
  'Sidang kemuncak ke-24 Majlis Ketua-Ketua Negara SCO itu berlangsung di ibu negara Kazakhstan.',
  'Menurut agensi Xinhua, Xi Jinping kemudian akan melawat Tajikistan atas jemputan Presiden Emomali Rahmon sehingga hari Sabtu.',
  'Jurucakap Kementerian Luar China, Mao Ning, berkata sidang itu bertujuan mengukuhkan kestabilan dan pembangunan negara anggota.',
  'Anggota tetap SCO ialah Kazakhstan, India, China, Kyrgyzstan, Pakistan, Rusia, Tajikistan, Uzbekistan dan Iran, manakala Belarus dijangka menyertai pertubuhan itu tahun ini.',
  'Selepas sidang di Astana, China akan memegang jawatan presiden bergilir SCO bagi tempoh 2024-2025.',
].join('\n');

describe('six articles group the way six thousand do', () => {
  const articles = [...seedArticles(), { id: 'msa', text: MALAY_REPORT }];
  const corpus = buildCorpus(articles);

  it('puts the Vietnamese original, its Indonesian translation and the English and Malay reports in one group', () => {
    expect(corpus.groups.map((g) => [...g.articleIds].sort())).toEqual([['000', '001', '004', 'msa'], ['002'], ['003']]);
  });

  it('says how every pair of versions relates, and why', () => {
    const relations = corpus.groups[0]!.evidence.relations;
    expect(relations).toHaveLength(6);
    const of = (a: string, b: string) => relations.find((r) => r.articleIds.includes(a) && r.articleIds.includes(b))!;
    expect(of('000', '001')).toMatchObject({ relation: 'translation' });
    expect(of('000', '001').reason).toContain('baoquocte.vn');
    for (const [a, b] of [['000', '004'], ['001', '004'], ['004', 'msa'], ['001', 'msa']] as const) {
      expect(of(a, b).relation).toBe('report');
      expect(of(a, b).reason).toMatch(/^monotone alignment: .*written independently$/u);
    }
  });

  it('aligns translations in translation mode and reports in comparable mode', () => {
    const modes = new Map(corpus.alignments.map((al) => [[al.source, al.target].sort().join('-'), al.mode]));
    expect(modes.get('000-001')).toBe('translation');
    expect(modes.get('000-004')).toBe('comparable');
    expect(modes.get('004-msa')).toBe('comparable');
  });
});

/** Two outlets' reports of one event in Indonesian, in their own words, and an unrelated story. */
const REPORT_A = [
  'Gempa berkekuatan 6,2 mengguncang Kabupaten Majene, Sulawesi Barat, pada Jumat dini hari.',
  'Badan Meteorologi, Klimatologi, dan Geofisika mencatat pusat gempa berada di darat dengan kedalaman sepuluh kilometer.',
  'Sedikitnya 34 orang meninggal dunia dan ratusan rumah rusak berat di Majene dan Mamuju.',
  'Warga mengungsi ke perbukitan karena khawatir akan terjadi tsunami setelah guncangan keras itu.',
  'Tim SAR gabungan masih mencari korban yang tertimbun reruntuhan rumah sakit dan kantor gubernur.',
].join('\n');
const REPORT_B = [
  'Korban meninggal akibat gempa Majene bertambah menjadi 34 orang, kata Badan Nasional Penanggulangan Bencana.',
  'Gempa magnitudo 6,2 itu terjadi pukul 02.28 WITA dan terasa hingga Mamuju.',
  'Ribuan warga Majene memilih bertahan di tenda pengungsian di perbukitan karena takut tsunami dan gempa susulan.',
  'Kantor gubernur Sulawesi Barat dan sebuah rumah sakit di Mamuju runtuh, dan tim SAR terus mencari korban di bawah reruntuhan.',
  'Bantuan logistik mulai dikirim dari Makassar melalui jalur darat.',
].join('\n');
const OTHER = [
  'Tim nasional bulu tangkis Indonesia berangkat ke Bangkok untuk mengikuti turnamen Asia Terbuka.',
  'Pelatih mengatakan para pemain dalam kondisi prima setelah menjalani pemusatan latihan selama dua bulan di Jakarta.',
  'Pasangan ganda putra menjadi unggulan pertama dan diharapkan membawa pulang medali emas.',
  'Turnamen itu akan berlangsung selama satu minggu dan diikuti pemain dari dua puluh negara.',
].join('\n');

describe('reports in one language', () => {
  it('groups two outlets\' reports of one event on their words, and leaves another story out', () => {
    const groups = groupStories([{ id: 'a', text: REPORT_A }, { id: 'b', text: REPORT_B }, { id: 'c', text: OTHER }]);
    expect(groups.map((g) => g.articleIds)).toEqual([['a', 'b'], ['c']]);
    const join = groups[0]!.evidence.joins[0]!;
    expect(join).toMatchObject({ articleId: 'b', joinedWith: 'a', via: 'words' });
    expect(join.shared).toEqual(expect.arrayContaining(['majene', 'mamuju']));
    expect(groups[0]!.evidence.relations).toEqual([expect.objectContaining({ articleIds: ['a', 'b'], relation: 'report' })]);
  });

  it('flags a republished copy as a near copy and does not align it', () => {
    const copy = `${REPORT_A}\nBerita ini telah tayang di laman mitra kami.`;
    const corpus = buildCorpus([{ id: 'a', text: REPORT_A }, { id: 'copy', text: copy }, { id: 'c', text: OTHER }]);
    expect(corpus.groups[0]!.articleIds).toEqual(['a', 'copy']);
    expect(corpus.groups[0]!.evidence.relations[0]).toMatchObject({ relation: 'near-copy' });
    expect(corpus.alignments).toEqual([]);
    const html = toHtml(corpus);
    expect(html).toContain('near copy');
    expect(html).toContain('All versions are in one language');
  });

  it('keeps two events on one topic apart: shared vocabulary without shared facts is not one story', () => {
    // Word similarity 0.19 to REPORT_A: above the threshold, below what words alone may join on.
    const otherQuake = [
      'Guncangan gempa 5,1 terasa di Kabupaten Cianjur, Jawa Barat, Senin siang.',
      'Menurut BMKG, sumber gempa berada 20 kilometer di barat daya kota.',
      'Sedikitnya 12 orang luka-luka dan puluhan rumah rusak di Cianjur dan Sukabumi.',
      'Warga berhamburan ke lapangan karena takut gempa susulan.',
      'Petugas memeriksa sekolah dan kantor bupati yang retak.',
    ].join('\n');
    const groups = groupStories([{ id: 'a', text: REPORT_A }, { id: 'cianjur', text: otherQuake }]);
    expect(groups.map((g) => g.articleIds)).toEqual([['a'], ['cianjur']]);
  });

  it('keeps reports that date different days apart, however many words they share', () => {
    const earlier = REPORT_A.replace('pada Jumat dini hari', 'pada 15 Januari dini hari');
    const later = REPORT_B.replace('terjadi pukul 02.28 WITA', 'terjadi pada 3 Maret pukul 02.28 WITA');
    const groups = groupStories([{ id: 'a', text: earlier }, { id: 'b', text: later }]);
    expect(groups.map((g) => g.articleIds)).toEqual([['a'], ['b']]);
  });
});

describe('one shared token makes no story', () => {
  it('does not join two articles in different languages on one rare number', () => {
    const groups = groupStories([
      { id: 'en', lang: 'eng', text: 'The council approved a budget of 58602 pounds for the new library in Harrowgate on Monday.' },
      { id: 'vi', lang: 'vie', text: 'Đội bóng giành chiến thắng trước 58602 khán giả tại sân vận động mới ở Hải Phòng.' },
    ]);
    expect(groups).toHaveLength(2);
  });

  it('joins them once a second key agrees', () => {
    const groups = groupStories([
      { id: 'en', lang: 'eng', text: 'The council of Harrowgate approved a budget of 58602 pounds for the new library on Monday.' },
      { id: 'vi', lang: 'vie', text: 'Hội đồng Harrowgate đã thông qua ngân sách 58602 bảng cho thư viện mới.' },
    ]);
    expect(groups).toHaveLength(1);
  });
});
