/**
 * Indonesian and Standard Malay share most of their words, so trigram models see
 * a coin toss. The two standards do differ in everyday vocabulary and spelling
 * (karena/kerana, pemerintah/kerajaan, kantor/pejabat), month and weekday names
 * and country names; we count those markers over the whole text. The word lists
 * come from the standards' dictionaries and from the `id` and `ms` locales of
 * `Intl`, never from benchmark text.
 */
import { languageOfDomain } from './domain-language.js';
import { monthForms, weekdayNames } from './intl-names.js';

/** Weight 2: a form one standard uses and the other does not. */
const INDONESIAN_STRONG = `bahwa karena persen pemerintah serikat uang mau yaitu kantor kendaraan universitas kualitas
  aktivitas komunitas fasilitas identitas kapasitas prioritas mayoritas minoritas realitas bandara provinsi kabupaten
  kecamatan kelurahan desember agustus maret juli juni senin kamis jumat tiongkok amerika-serikat dokter polisi tentara
  parlemen pemilu partai keuangan investasi investor ekspor impor proyek nomor miliar triliun rupiah mobil sepeda
  taksi kereta-api rumah-sakit pasien obat perawatan kesehatan sehat listrik bensin biaya anggaran pasokan korupsi
  tersangka penyidikan penyelidikan kejahatan kecelakaan korban ledakan teroris kekerasan oposisi pendukung mendukung
  dukungan usulan mengusulkan berhasil keberhasilan dampak manfaat periode pariwisata wisatawan informasi situs akun
  unduh manajemen direktur sekretaris wakil bapak pak ibu-kota toko pabrik karyawan  konferensi kunjungan
  mengunjungi berangkat pesawat kemarin besok sepak-bola tim pelatih kejuaraan medali siswa mahasiswa laki-laki pria
  istri anak-anak umum pernyataan koran televisi telepon kursi kamar lingkungan pertandingan meskipun bahkan sekitar
  sejumlah jakarta indonesia dpr tni polri mengatakan memberi-tahu diyakini ilmuwan peneliti penelitian utang pajak
  negara-bagian gratis inggris prancis spanyol italia jepang eropa selandia-baru skotlandia irlandia meksiko brasil
  suriah palestina irak swiss swedia norwegia yunani ukraina polandia kamboja belanda kota saat-ini sebelumnya
  selanjutnya terjadi sore siang tampak paham pikir berpikir pikiran pemikiran mengemudi pengemudi coba mencoba
  percobaan dicoba macet kemacetan tas sepatu celana sapi babi apel jeruk kue warung belanja kebun perkebunan dingin
  badai kabut-asap pilek tewas kantor-polisi penahanan jaksa penuntutan terdakwa gugatan konstitusi gubernur bupati
  walikota wali-kota camat lurah sekjen direktur-utama pns asn lembaga komisi komite panitia majelis asosiasi uni
  perserikatan sering seringkali pelan kalinya mulai dimulai memulai mengirim dikirim kiriman pers memberitahukan
  menginformasikan delapan kalian nggak enggak gak banget dong sih kok deh aja udah yg kalo gimana kayak bikin
  pengen kasih lantai atap jendela kamar-mandi persimpangan menemukan ditemukan mengonfirmasi tuduhan menuduh
  mengklaim pihak-berwenang berwenang membenarkan sekaligus terkait menyusul ujar ujarnya tuturnya imbuhnya
  tukasnya pungkasnya mencakup mengandung membutuhkan kebutuhan khawatir heran resmi secara-resmi federal
  tahun-depan minggu-depan bulan-depan masa-depan maskapai perbatasan imigrasi pengungsi militer pengusaha tunjangan
  pensiun donasi dosen tionghoa pribumi menikah kristen lebaran libur museum film musik pemeran olahraga
  bulu-tangkis imbang wabah infeksi terinfeksi narkoba pecandu bahan-bakar batu-bara pohon hewan danau derajat
  survei kampanye administrasi kebijakan ruu amandemen perdebatan keikutsertaan partisipasi menyelenggarakan
  penyelenggara peresmian meresmikan diresmikan peluncuran permukiman jalan-tol stasiun sepeda-motor truk ponsel
  perangkat-lunak daring surel diperkirakan memperkirakan mengungkapkan diungkapkan menyetujui disetujui
  memerintahkan tanggung-jawab juru-bicara sma smp lansia disabilitas miliaran rp setidaknya dilansir melansir
  kepolisian kpk jokowi yakni justru pengadilan pengacara dinas rencana keamanan sesudah kapan tiap apakah seharusnya
  perusahaan kokoh berbagai dibandingkan berbicara internasional lokal setempat regional diselidiki menyelidiki mencatat
  dicatat layanan jasa`;

/** Weight 1: used by both standards, far more often by Indonesian. */
const INDONESIAN_WEAK = `tersebut setelah saat sudah dari agar bisa namun sementara melalui misalnya harus dan-juga
  sedangkan sangat baru ketika masih merupakan terlihat memiliki menurut lalu waktu saja lainnya kembali korban
  lebih-dari ucapnya menurutnya orang-tua pemerintahan membangun bus pemilih keanggotaan rapat`;

const MALAY_STRONG = `bahawa kerana peratus kerajaan syarikat wang mahu iaitu pejabat kenderaan universiti kualiti
  aktiviti komuniti fasiliti identiti kapasiti prioriti majoriti minoriti realiti lapangan-terbang negeri disember ogos
  mac julai jun isnin khamis jumaat ahad amerika-syarikat doktor polis tentera askar parlimen pilihan-raya parti
  kewangan pelaburan pelabur eksport projek nombor bilion trilion ringgit kereta basikal bas teksi keretapi hospital
  pesakit ubat rawatan kesihatan sihat  petrol kos belanjawan bajet bekalan rasuah suspek siasatan menyiasat
  jenayah kemalangan mangsa letupan pengganas keganasan pembangkang penyokong menyokong sokongan 
  mencadangkan berjaya kejayaan  impak faedah tempoh pelancongan pelancong maklumat laman-web akaun muat-turun
  pengurusan pengurus pengarah setiausaha naib timbalan encik puan kedai kilang kakitangan mesyuarat persidangan
  lawatan melawat berlepas kapal-terbang  esok bola-sepak  jurulatih kejohanan pingat pelajar
  kanak-kanak lelaki isteri awam orang-ramai  akhbar televisyen telefon kerusi bilik persekitaran
  alam-sekitar perlawanan    seramai kuala-lumpur malaysia selangor johor sabah sarawak
  putrajaya berkata memberitahu dipercayai saintis penyelidik penyelidikan hutang cukai percuma britain perancis
  sepanyol itali jepun eropah new-zealand scotland ireland mexico brazil syria palestin lubnan iraq switzerland
  sweden norway greece ukraine poland kemboja  justeru manakala bagaimanapun menerusi sahaja sebarang sesiapa
  mana-mana apa-apa  turut antarabangsa tempatan perkhidmatan khidmat kemudahan pengangkutan jambatan bahagian
  sebahagian bilangan pasaran jualan  mahkamah peguam undi undian matlamat  teruk sukar  
  jabatan belia sekiranya oleh-itu tambahan-pula sungguhpun namun-begitu senarai lapan macam-mana tidak-kira bermula
  kelihatan mengikut berlaku terbabit membabitkan sekali-gus disebabkan pihak-berkuasa berkuasa mendapati didapati
  menemui mengesahkan disahkan dakwaan mendakwa didakwa seterusnya sebelum-ini ketika-ini tahun-lepas bulan-lepas
  minggu-lepas petang nampak faham fikir berfikir fikiran pemikiran memandu pemandu sempena bersempena berkenaan cuba
  mencuba percubaan cubaan dicuba sekadar tengok betul sila bumbung tingkap lorong trafik sesak kesesakan duit beg
  kasut seluar lembu khinzir epal oren kek gerai beli-belah membeli-belah ladang sejuk ribut taufan jerebu selesema
  terkorban balai-polis reman pendakwa-raya pendakwaan tertuduh saman menyaman akta perlembagaan ahli-parlimen
  menteri-besar gabenor datuk-bandar penghulu pengerusi ketua-pegawai-eksekutif lembaga-pengarah penjawat-awam agensi
  suruhanjaya jawatankuasa majlis  pertubuhan  bersatu kerap kadangkala lekas  memulakan
  menghantar dihantar hantar pemberita memaklumkan dimaklumkan makluman baginda awak korang kitorang datuk dato
  tan-sri kelmarin selepas terutamanya semula berhubung susulan berikutan ekoran merangkumi mengandungi bimbang
  risau hairan seronok rasmi secara-rasmi persekutuan tahun-hadapan minggu-hadapan bulan-hadapan masa-hadapan
  lebih-daripada sempadan imigresen pelarian ketenteraan perniagaan peniaga usahawan barangan elaun pencen bersara
  derma pensyarah peperiksaan ijazah siswazah bumiputera warganegara ibu-bapa berkahwin perkahwinan kristian tokong
  percutian muzium filem muzik pelakon sukan seri menjaringkan wabak jangkitan dijangkiti dadah penagih bahan-api
  arang-batu haiwan tasik darjah perangkaan soal-selidik pengundi kempen keahlian pentadbiran rang pindaan meminda
  membentangkan dibentangkan perbahasan perjumpaan menyertai penyertaan menganjurkan anjuran penganjur perasmian
  merasmikan dirasmikan pelancaran kediaman penempatan setinggan lebuhraya stesen motosikal lori perisian talian
  dalam-talian emel badminton dijangka jangkaan menjangkakan dianggarkan menganggarkan mendedahkan didedahkan
  menafikan dinafikan meluluskan diluluskan menggesa bertanggungjawab tanggungjawab serantau lokap wad tular spm
  warga-emas berbilion rm setakat setakat-ini oleh-yang-demikian dalam-pada-itu kemudiannya malahan iaini merentasi
  adakah sama-ada tiada sentiasa sepatutnya berjumpa jumpa kawasan kawalan pelbagai berbanding membolehkan kukuh kes
  susut sedemikian bercakap cakap memandangkan disiasat mencatatkan dicatatkan perbelanjaan dagangan`;

const MALAY_WEAK = `daripada ialah beliau kira-kira bandar elektrik antaranya berkaitan menambah lebih-kurang
  keperluan menerangkan gembira ke-atas kerjasama bekerjasama cina melayu ahli dasar pokok dianjurkan pembinaan membina
  cuti rancangan boleh mesti semasa baharu amat lepas apabila mempunyai hendak pasukan
  walaupun malah ramai cadangan semalam kenyataan kesan kadar pantas perlahan laman berjuta-juta beratus-ratus
  berpuluh-puluh contohnya`;

/** Suffixes of borrowed words where the standards part: -itas/-iti (kualitas/kualiti), -syen (televisyen). */
const SUFFIXES: [string, number][] = [['itas', 2], ['iti', -2], ['syen', -2]];

/** A word's weight by its borrowed suffix (see SUFFIXES), for a word of six letters or more. */
export function suffixWeight(word: string): number | undefined {
  if (word.length < 6) return undefined;
  for (const [suffix, weight] of SUFFIXES) if (word.endsWith(suffix)) return weight;
  return undefined;
}

function addWords(map: Map<string, number>, list: string, weight: number): void {
  for (const w of list.split(/\s+/u)) if (w) map.set(w.replace(/-/gu, ' '), weight);
}

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
  // A form both lists claim says nothing, so it gets no weight.
  for (const [w, x] of ind) if (!msa.has(w)) markers.set(w, x);
  for (const [w, x] of msa) if (!ind.has(w)) markers.set(w, -x);
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
