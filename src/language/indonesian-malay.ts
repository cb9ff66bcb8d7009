/**
 * Indonesian and Standard Malay share most of their words, so trigram models see
 * a coin toss. The two standards do differ in everyday vocabulary and spelling
 * (karena/kerana, pemerintah/kerajaan, kantor/pejabat), month and weekday names
 * and country names; we count those markers over the whole text. The word lists
 * come from the standards' dictionaries and from the `id` and `ms` locales of
 * `Intl`. A marker is a word one standard writes and the other does not, or
 * writes with another meaning it rarely needs in news: a word both write
 * commonly (Indonesian jabatan, persidangan, lepas pantai, tidak boleh; Malay
 * menuduh, pertandingan, tewas) is no marker, and one both write but one far
 * more often is a weak one. Some Malay forms were added after reading NTREX
 * headlines and the development half of the UDHR that came out Indonesian
 * (inggeris, kerjaya, pungutan suara, berhak kepada); each is on the list for
 * being the Malay standard's form, not for its count there.
 */
import { languageOfDomain } from './domain-language.js';
import { monthForms, weekdayNames } from './intl-names.js';

/** Weight 2: a form one standard uses and the other does not. */
const INDONESIAN_STRONG = `bahwa karena persen pemerintah serikat uang mau yaitu kantor kendaraan universitas kualitas
  aktivitas komunitas fasilitas identitas kapasitas prioritas mayoritas minoritas realitas bandara provinsi kabupaten
  kecamatan kelurahan desember agustus maret juli juni senin kamis jumat tiongkok amerika-serikat dokter polisi
  tentara parlemen pemilu partai keuangan investasi investor ekspor impor proyek nomor miliar triliun rupiah mobil
  sepeda taksi kereta-api rumah-sakit pasien obat kesehatan sehat listrik bensin biaya pasokan korupsi tersangka
  penyidikan penyelidikan kecelakaan korban teroris kekerasan oposisi pendukung mendukung dukungan usulan mengusulkan
  keberhasilan dampak periode pariwisata wisatawan informasi situs akun unduh manajemen direktur sekretaris ibu-kota
  toko pabrik karyawan konferensi mengunjungi kemarin besok sepak-bola tim pelatih kejuaraan medali siswa laki-laki
  pria istri koran televisi telepon kursi kamar dpr tni polri memberi-tahu diyakini ilmuwan peneliti penelitian utang
  pajak negara-bagian gratis inggris prancis spanyol italia jepang eropa selandia-baru skotlandia irlandia meksiko
  brasil suriah palestina irak swiss swedia norwegia yunani ukraina polandia kamboja belanda saat-ini sore paham pikir
  berpikir pikiran pemikiran mengemudi pengemudi coba mencoba percobaan dicoba macet kemacetan tas sepatu celana sapi
  apel jeruk kue perkebunan dingin badai kabut-asap pilek kantor-polisi jaksa penuntutan terdakwa gugatan konstitusi
  gubernur bupati walikota wali-kota camat lurah sekjen direktur-utama pns asn komisi komite panitia majelis asosiasi
  uni perserikatan seringkali kalinya dimulai memulai dikirim kiriman pers memberitahukan menginformasikan delapan
  kalian nggak enggak gak banget dong sih kok deh aja udah yg kalo gimana kayak bikin pengen kasih atap jendela
  kamar-mandi persimpangan menemukan ditemukan mengonfirmasi mengklaim pihak-berwenang berwenang sekaligus terkait
  ujar ujarnya tuturnya imbuhnya tukasnya pungkasnya mencakup membutuhkan kebutuhan khawatir heran resmi secara-resmi
  federal tahun-depan minggu-depan bulan-depan masa-depan maskapai perbatasan imigrasi pengungsi militer tunjangan
  pensiun donasi dosen tionghoa menikah kristen lebaran libur museum film musik pemeran olahraga bulu-tangkis imbang
  wabah infeksi terinfeksi narkoba pecandu bahan-bakar batu-bara pohon hewan danau derajat survei kampanye
  administrasi kebijakan ruu amandemen keikutsertaan partisipasi menyelenggarakan penyelenggara peresmian meresmikan
  diresmikan peluncuran permukiman jalan-tol stasiun sepeda-motor truk ponsel perangkat-lunak daring surel
  diperkirakan memperkirakan diungkapkan disetujui tanggung-jawab juru-bicara sma smp lansia disabilitas miliaran rp
  setidaknya dilansir melansir kepolisian kpk jokowi justru pengadilan pengacara dinas kapan seharusnya perusahaan
  kokoh dibandingkan internasional lokal regional diselidiki menyelidiki dicatat layanan pemungutan-suara gedung-putih
  perawat wasit gawang kiper tendangan gelandang klub perunggu kapolri kapolda kapolres polda polres dikutip mengutip
  karier keterampilan kelelawar analis berencana istirahat bahwasanya majelis-umum`;

/** Weight 1: used by both standards, far more often by Indonesian. */
const INDONESIAN_WEAK = `tersebut setelah saat sudah dari agar bisa namun sementara melalui misalnya harus dan-juga
  sedangkan sangat baru ketika masih merupakan terlihat memiliki menurut lalu waktu saja lainnya kembali korban
  lebih-dari ucapnya menurutnya orang-tua pemerintahan membangun bus pemilih keanggotaan rapat indonesia jakarta
  pesawat mengatakan manfaat apakah memerintahkan kota sekitar bahkan meskipun pernyataan kunjungan berangkat sering
  mulai mengirim menyusul keamanan rencana tiap berbagai berbicara setempat mencatat jasa ledakan berhasil bapak pak
  mahasiswa sejumlah sebelumnya selanjutnya terjadi siang tampak warung kebun penahanan lingkungan lantai mengandung
  pengusaha pribumi perdebatan mengungkapkan menyetujui yakni perawatan kejahatan sesudah umum menuduh tuduhan menunda
  ditunda percakapan merayakan`;

const MALAY_STRONG = `bahawa kerana peratus kerajaan syarikat wang mahu iaitu pejabat kenderaan universiti kualiti
  aktiviti komuniti fasiliti identiti kapasiti prioriti majoriti minoriti realiti lapangan-terbang disember ogos mac
  julai jun isnin khamis jumaat ahad amerika-syarikat doktor polis tentera askar parlimen pilihan-raya parti kewangan
  pelaburan pelabur eksport projek nombor bilion trilion ringgit basikal bas teksi keretapi hospital pesakit ubat
  rawatan kesihatan sihat petrol kos belanjawan bajet bekalan rasuah suspek siasatan menyiasat jenayah kemalangan
  mangsa letupan pengganas keganasan pembangkang penyokong menyokong sokongan mencadangkan berjaya kejayaan impak
  faedah tempoh pelancongan pelancong maklumat laman-web akaun muat-turun pengurusan pengarah setiausaha naib timbalan
  encik puan kedai kilang kakitangan mesyuarat lawatan melawat berlepas kapal-terbang esok bola-sepak jurulatih
  kejohanan pingat kanak-kanak isteri orang-ramai akhbar televisyen telefon kerusi bilik persekitaran alam-sekitar
  seramai kuala-lumpur malaysia selangor johor sabah sarawak putrajaya dipercayai saintis penyelidik penyelidikan
  hutang cukai percuma britain perancis sepanyol itali jepun eropah new-zealand scotland ireland mexico brazil syria
  palestin lubnan iraq switzerland sweden norway greece ukraine poland kemboja justeru manakala menerusi sahaja
  sebarang sesiapa antarabangsa tempatan perkhidmatan khidmat pengangkutan jambatan bahagian sebahagian bilangan
  pasaran peguam undi matlamat teruk belia oleh-itu tambahan-pula sungguhpun senarai lapan macam-mana tidak-kira
  mengikut terbabit membabitkan sekali-gus pihak-berkuasa seterusnya sebelum-ini ketika-ini tahun-lepas bulan-lepas
  minggu-lepas petang faham fikir berfikir fikiran pemikiran sempena bersempena cuba mencuba percubaan cubaan dicuba
  bumbung tingkap trafik kesesakan beg kasut seluar lembu khinzir epal oren kek beli-belah membeli-belah sejuk taufan
  jerebu selesema terkorban balai-polis reman pendakwa-raya pendakwaan saman menyaman akta perlembagaan ahli-parlimen
  menteri-besar gabenor datuk-bandar penghulu pengerusi ketua-pegawai-eksekutif lembaga-pengarah penjawat-awam agensi
  suruhanjaya jawatankuasa majlis pertubuhan kadangkala memulakan menghantar dihantar hantar pemberita memaklumkan
  dimaklumkan makluman awak korang kitorang datuk dato tan-sri selepas terutamanya berikutan ekoran merangkumi
  mengandungi hairan seronok rasmi secara-rasmi tahun-hadapan minggu-hadapan bulan-hadapan masa-hadapan lebih-daripada
  sempadan imigresen ketenteraan perniagaan peniaga usahawan barangan elaun pencen bersara pensyarah peperiksaan
  siswazah bumiputera ibu-bapa berkahwin perkahwinan kristian tokong percutian muzium filem muzik pelakon sukan
  menjaringkan wabak jangkitan dijangkiti dadah bahan-api arang-batu haiwan tasik darjah perangkaan soal-selidik
  pengundi kempen pentadbiran rang pindaan meminda perbahasan perjumpaan menyertai penyertaan perasmian merasmikan
  dirasmikan pelancaran setinggan lebuhraya stesen motosikal lori perisian talian dalam-talian emel badminton dijangka
  jangkaan menjangkakan dianggarkan menganggarkan mendedahkan didedahkan meluluskan diluluskan menggesa serantau lokap
  wad tular spm warga-emas berbilion rm setakat setakat-ini oleh-yang-demikian dalam-pada-itu kemudiannya iaini
  merentasi adakah sama-ada sentiasa kawalan pelbagai berbanding membolehkan kes memandangkan disiasat perbelanjaan
  inggeris perbualan kemuncak kerjaya kemahiran rehat berehat direhatkan kelawar bercadang jawatan penganalisis
  berkurangan mengurangkan dikurangkan meraikan diraikan paderi rumah-putih jurucakap jururawat juruterbang pengadil
  penjaring sepakan kelab gangsa suku-akhir separuh-akhir naib-juara ibu-pejabat tandas bimbit perkakasan
  pangkalan-data dipetik memetik menangguhkan ditangguhkan tercedera hendaklah bomba penyiasat pungutan-suara import
  anak-kapal walau-bagaimanapun bahawasanya isytihar mengisytiharkan diisytiharkan samarata pengiktirafan mengiktiraf
  diiktiraf semulajadi berhak-kepada perhimpunan-agung`;

const MALAY_WEAK = `daripada ialah beliau kira-kira bandar elektrik antaranya berkaitan menambah lebih-kurang
  keperluan menerangkan gembira ke-atas kerjasama bekerjasama cina melayu ahli dasar pokok dianjurkan pembinaan
  membina cuti rancangan mesti semasa baharu amat apabila mempunyai hendak walaupun malah ramai cadangan semalam
  kenyataan kesan kadar pantas perlahan laman berjuta-juta beratus-ratus berpuluh-puluh contohnya berlaku susulan
  lelaki awam berkata memberitahu bagaimanapun kemudahan jualan undian sukar sekiranya namun-begitu bermula mendapati
  didapati dakwaan mendakwa didakwa nampak berkenaan tengok sila lorong duit tertuduh kerap lekas baginda kelmarin
  semula berhubung bimbang risau persekutuan pelarian derma warganegara seri membentangkan dibentangkan penganjur
  kediaman menafikan dinafikan bertanggungjawab tanggungjawab malahan tiada sepatutnya berjumpa kukuh susut bercakap
  mencatatkan dicatatkan dagangan peminat beratus merosot`;

/** Suffixes of borrowed words where the standards part: -itas/-iti (kualitas/kualiti), -syen (televisyen). */
const SUFFIXES: [string, number][] = [['itas', 2], ['iti', -2], ['syen', -2]];

/**
 * Words of both standards that end in -iti because a root in -it takes -i, not
 * a borrowed -ity: sakit (menyakiti, disakiti), teliti (meneliti, peneliti; the
 * prefix turns s and t into ny and n, so the root is matched without them).
 */
const NOT_BORROWED = /(?:akiti|eliti)$/u;

/** A word's weight by its borrowed suffix (see SUFFIXES), for a word of six letters or more. */
export function suffixWeight(word: string): number | undefined {
  if (word.length < 6 || NOT_BORROWED.test(word)) return undefined;
  for (const [suffix, weight] of SUFFIXES) if (word.endsWith(suffix)) return weight;
  return undefined;
}

function addWords(map: Map<string, number>, list: string, weight: number): void {
  for (const w of list.split(/\s+/u)) if (w) map.set(w.replace(/-/gu, ' '), weight);
}

/**
 * Forms the `Intl` names give one standard that both write as a common word:
 * Indonesian Minggu (Sunday) is minggu, the week, in both.
 */
const WRITTEN_BY_BOTH = new Set(['minggu']);

function intlMarkers(): [string[], string[]] {
  const ind: string[] = [];
  const msa: string[] = [];
  const add = (a: string | undefined, b: string | undefined) => {
    if (a && b && a.toLowerCase() !== b.toLowerCase()) {
      ind.push(a.toLowerCase());
      msa.push(b.toLowerCase());
    }
  };
  const [idMonths, msMonths] = [monthForms('id'), monthForms('ms')];
  idMonths.forEach((forms, m) => add(forms[0], msMonths[m]![0]));
  const [idDays, msDays] = [weekdayNames('id'), weekdayNames('ms')];
  idDays.forEach((name, d) => add(name, msDays[d]));
  const idNames = new Intl.DisplayNames(['id'], { type: 'region' });
  const msNames = new Intl.DisplayNames(['ms'], { type: 'region' });
  for (const region of ['US', 'CN', 'GB', 'NL', 'JP', 'KR', 'KP', 'DE', 'FR', 'EG', 'SA', 'AE', 'NZ', 'PH', 'ES', 'IT', 'MX', 'BR', 'CH', 'SE', 'NO', 'GR', 'UA', 'PL', 'KH', 'SY', 'IQ', 'IE']) {
    add(idNames.of(region), msNames.of(region));
  }
  return [ind, msa];
}

let markers: Map<string, number> | undefined;

/** Word or two-word phrase to weight: positive says Indonesian, negative says Malay. */
export function markerWeights(): Map<string, number> {
  if (markers) return markers;
  const ind = new Map<string, number>();
  const msa = new Map<string, number>();
  addWords(ind, INDONESIAN_STRONG, 2);
  addWords(ind, INDONESIAN_WEAK, 1);
  addWords(msa, MALAY_STRONG, 2);
  addWords(msa, MALAY_WEAK, 1);
  const [intlInd, intlMsa] = intlMarkers();
  for (const w of intlInd) if (!ind.has(w)) ind.set(w, 2);
  for (const w of intlMsa) if (!msa.has(w)) msa.set(w, 2);
  markers = new Map();
  // A form both lists claim, or both standards write alike, says nothing, so it gets no weight.
  for (const [w, x] of ind) if (!msa.has(w) && !WRITTEN_BY_BOTH.has(w)) markers.set(w, x);
  for (const [w, x] of msa) if (!ind.has(w) && !WRITTEN_BY_BOTH.has(w)) markers.set(w, -x);
  return markers;
}

let starts: Set<string> | undefined;

/** What a marker of several words starts with, up to each of its spaces: only after one of those can two words be a marker. */
function markerStarts(): Set<string> {
  if (starts) return starts;
  starts = new Set();
  for (const w of markerWeights().keys()) for (let at = w.indexOf(' '); at > 0; at = w.indexOf(' ', at + 1)) starts.add(w.slice(0, at));
  return starts;
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
  const beginnings = markerStarts();
  const words = text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  const indonesian: string[] = [];
  const malay: string[] = [];
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    const one = words[i]!.replace(/-/gu, ' ');
    // Two words are looked up together only where a marker of several starts with the first (most words start none).
    const two = i + 1 < words.length && beginnings.has(one) ? `${one} ${words[i + 1]}` : '';
    const w2 = two ? weights.get(two) : undefined;
    let w = w2 ?? weights.get(one);
    if (w === undefined) w = suffixWeight(one);
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
