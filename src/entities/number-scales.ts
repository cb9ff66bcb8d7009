/**
 * Scale words that multiply the number before them, per language (2.8bn is
 * 28亿 and 2,8 miliar; 380,000 is 38 万, and 38 ล้าน is 3.8 million), and the
 * "m" and "k" of a sum of money ($2m, €5k). ISO 639-3 codes; English is read
 * in every language (news writes "$2bn" anywhere). The entities stage keys a
 * number by its value so scaled (2.4 million, 2,4 juta and 240万 are one
 * number); the coverage check reads it both ways.
 */

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

/** Chinese 千 before these is a unit's prefix, not a thousand: 千米 km, 千克 kg, 千瓦 kW, 千卡 kcal, 千焦 kJ, 千伏 kV, 千帕 kPa. */
const UNIT_AFTER_THOUSAND = /^[米克瓦卡焦伏帕]/u;

/** The longest scale word of `lang` (or English) that `after` starts with: its value, and the length of the space and word. */
function scaleAfter(after: string, lang: string): { scale: number; length: number } | undefined {
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
  if (word === '千' && UNIT_AFTER_THOUSAND.test(after.slice(m[0].length))) return undefined;
  const scale = SCALES[lang]?.[word] ?? SCALES.eng![word];
  return scale === undefined ? undefined : { scale, length: m[0].length };
}

/** `value` (a number as a string) times `scale`, as a string, without the float noise of the product (1.2 x 10^8 is 120000000). */
export function scaledValue(value: string, scale: number): string {
  return String(Number((Number(value) * scale).toPrecision(12)));
}

/** A currency sign before a number lets "m" and "k" be scales: $2m, £11m, €5k. */
const CURRENCY_BEFORE = /[$£€¥₹]\s?$/u;
const CURRENCY_SCALE = /^(?:(m)|(k))(?![\p{L}])/iu;

/** The scale of a number from the text just `before` and `after` it: a scale word after it, or m/k after a currency sign; with the length of the scale's text. */
export function scaleAround(before: string, after: string, lang: string): { scale: number; length: number } | undefined {
  const currency = CURRENCY_BEFORE.test(before) ? CURRENCY_SCALE.exec(after) : null;
  if (currency) return { scale: currency[1] ? 1e6 : 1e3, length: currency[0].length };
  return scaleAfter(after, lang);
}
