/**
 * The words around a number that the number check reads, per language: the
 * number words and ordinals that stand for a digit on the other side (the
 * scale words that multiply it are the entities stage's: number-scales.ts).
 * ISO 639-3 codes.
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

/** Words after a number that make it a century (20 世纪, thế kỷ 20 is not read: the number comes after). */
export const CENTURY = /^[\s\u00a0]?(?:st|nd|rd|th|e|ème|er|º|°)?[\s\u00a0-]?(?:centur(?:y|ies)|世纪|世紀|siècle|siglo|século|secolo|jahrhundert|ศตวรรษ|век)/iu;
