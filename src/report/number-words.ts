/**
 * The words around a number that the number check reads, per language: the
 * number words and ordinals that stand for a digit on the other side, and the
 * scale words that multiply it (2.8bn is 28亿 and 2,8 miliar; 380,000 is 38
 * 万 and 38 ล้าน is 3.8 million). ISO 639-3 codes; English is read in every
 * language (news writes "$2bn" anywhere).
 */

/**
 * Number words one to twenty and the tens, and ordinals, per language: they
 * only excuse a digit on the other side, never demand one (a word such as
 * "one" is also "a"). Ambiguous words (Vietnamese năm is five and year) are left out.
 */
const WORDS: Record<string, Record<string, number>> = {
  eng: table(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'], { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12 }),
  ind: table(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'],
    ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh'], { seratus: 100, seribu: 1000 }),
  zsm: table(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan', 'sepuluh', 'sebelas'],
    ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kelapan', 'kesembilan', 'kesepuluh'], { seratus: 100, seribu: 1000 }),
  vie: table(['một', 'hai', 'ba', 'bốn', '', 'sáu', 'bảy', 'tám', 'chín', 'mười'], ['nhất'], {}),
  fra: table(['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'],
    ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'], { une: 1, première: 1, trente: 30, quarante: 40, cinquante: 50, cent: 100, mille: 1000 }),
  spa: table(['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
    ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo'], { una: 1, primera: 1, segunda: 2, tercera: 3, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100, mil: 1000 }),
  tgl: table(['isa', 'dalawa', 'tatlo', 'apat', 'lima', 'anim', 'pito', 'walo', 'siyam', 'sampu'], ['una', 'ikalawa', 'ikatlo', 'ikaapat', 'ikalima'], {}),
  arb: table(['واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'], [], { اثنين: 2, ثلاث: 3, أربع: 4, خمس: 5 }),
};

function table(cardinals: string[], ordinals: string[], more: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...more };
  cardinals.forEach((w, i) => { if (w) out[w] = i + 1; });
  ordinals.forEach((w, i) => { if (w) out[w] = i + 1; });
  return out;
}

/** Number words of a text with their values. */
export function numberWords(text: string, lang: string): { text: string; value: number }[] {
  const words = WORDS[lang];
  if (!words) return [];
  const out: { text: string; value: number }[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}-]+/gu)) {
    const n = words[m[0]];
    if (n !== undefined) out.push({ text: m[0], value: n });
  }
  return out;
}

const K = 1e3;
const M = 1e6;
const G = 1e9;
const T = 1e12;
/** Written after the number. French and Spanish count long: un billion, un billón is 10^12. */
const SCALES: Record<string, Record<string, number>> = {
  eng: { thousand: K, million: M, millions: M, mn: M, billion: G, billions: G, bn: G, trillion: T, tn: T },
  ind: { ribu: K, rb: K, juta: M, jt: M, miliar: G, milyar: G, triliun: T },
  zsm: { ribu: K, juta: M, bilion: G, billion: G, trilion: T },
  tgl: { libo: K, milyon: M, milyong: M, milyones: M, bilyon: G, bilyong: G },
  vie: { nghìn: K, ngàn: K, triệu: M, tỷ: G, tỉ: G, 'nghìn tỷ': T, 'ngàn tỷ': T },
  fra: { mille: K, million: M, millions: M, milliard: G, milliards: G, md: G, mds: G, billion: T, billions: T },
  spa: { mil: K, millón: M, millones: M, 'mil millones': G, billón: T, billones: T },
  por: { mil: K, milhão: M, milhões: M, bilhão: G, bilhões: G, 'mil milhões': G, trilhão: T, trilhões: T },
  ita: { mila: K, milione: M, milioni: M, miliardo: G, miliardi: G },
  deu: { tausend: K, million: M, millionen: M, mio: M, milliarde: G, milliarden: G, mrd: G, billion: T, billionen: T },
  rus: { тыс: K, тысяч: K, тысячи: K, млн: M, миллион: M, миллиона: M, миллионов: M, млрд: G, миллиард: G, миллиарда: G, миллиардов: G },
  arb: { ألف: K, آلاف: K, مليون: M, ملايين: M, مليار: G, مليارات: G },
  hin: { हज़ार: K, हजार: K, लाख: 1e5, करोड़: 1e7, अरब: G },
  // Chinese and Japanese count in ten thousands: 38 万 is 380,000, 1.25 亿 is 125 million.
  cmn: { 千: K, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 万亿: T },
  jpn: { 千: K, 万: 1e4, 億: 1e8, 兆: T },
  kor: { 천: K, 만: 1e4, 억: 1e8, 조: T },
  tha: { พัน: K, หมื่น: 1e4, แสน: 1e5, ล้าน: M },
  lao: { ພັນ: K, ໝື່ນ: 1e4, ແສນ: 1e5, ລ້ານ: M },
  khm: { ពាន់: K, ម៉ឺន: 1e4, សែន: 1e5, លាន: M, ប៊ីលាន: G },
  mya: { ထောင်: K, သောင်း: 1e4, သိန်း: 1e5, သန်း: M },
};
SCALES.yue = SCALES.cmn!;

const scaleReaders = new Map<string, RegExp>();

/** The longest scale word of `lang` (or English) that `after` starts with, and its value. */
export function scaleAfter(after: string, lang: string): number | undefined {
  let re = scaleReaders.get(lang);
  if (!re) {
    const words = Object.keys({ ...SCALES.eng, ...SCALES[lang] }).sort((a, b) => b.length - a.length);
    // A word in a spaced script ends where letters end ("million", not "millionaire"); 万 and ล้าน need no space.
    re = new RegExp(`^[\\s\\u00a0\\u202f]?(${words.join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}\\p{Script=Devanagari}])`, 'iu');
    scaleReaders.set(lang, re);
  }
  const m = re.exec(after);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return SCALES[lang]?.[word] ?? SCALES.eng![word];
}

/** Words after a number that make it a century (20 世纪, thế kỷ 20 is not read: the number comes after). */
export const CENTURY = /^[\s\u00a0]?(?:st|nd|rd|th|e|ème|er|º|°)?[\s\u00a0-]?(?:centur(?:y|ies)|世纪|世紀|siècle|siglo|século|secolo|jahrhundert|ศตวรรษ|век)/iu;
