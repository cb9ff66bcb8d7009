/**
 * Units a translation converts: 10 inches is 25 cm, 550 pounds 250 kg, 80
 * degrees (Fahrenheit) 26 grados. A value that changed together with its unit
 * is a conversion to check (a warning), not a changed number. Unit words are
 * read in every language: a unit's name rarely means anything else after a number.
 */
export type UnitClass = 'imperial' | 'metric' | 'degree';

const IMPERIAL = [
  'inch(?:es)?', 'in\\b', 'pounds?', 'lbs?\\b', 'miles?', 'mph', 'foot', 'feet', 'ft\\b', 'yards?', 'ounces?', 'oz\\b', 'gallons?', 'acres?',
  '°\\s?F', 'fahrenheit', 'pulgadas?', 'pies\\b', 'millas?', 'libras?', 'yardas?', 'pouces?', 'pieds?', 'milles\\b', 'livres?', 'verges?',
  'inci', 'kaki', 'mil\\b', 'pon\\b', 'ela\\b', 'dặm', 'pao', 'pulgada', 'talampakan', 'milya', 'polegadas?', 'pés\\b', 'milhas?', 'zoll', 'fuß', 'meilen?', 'pfund',
  'дюйм', 'фут', 'мил', 'фунт', 'بوص', 'قدم', 'أقدام', 'ميل', 'أميال', 'رطل', 'أرطال', 'يارد',
  '英寸', '英尺', '英里', '磅', '码', '華氏', '华氏', 'นิ้ว', 'ฟุต', 'ไมล์', 'ปอนด์', 'หลา', 'អ៊ីញ', 'ហ្វីត', 'ម៉ាយ', 'ផោន',
];
const METRIC = [
  'cm', 'mm', 'km', 'kg', 'm\\b', 'g\\b', 'l\\b', 'ha\\b', '°\\s?C', 'độ\\s?C', 'celsius', 'centim', 'centím', 'kilom', 'kilóm', 'kilog', 'kilos?\\b', 'gram', 'mét', 'met\\b',
  'metros?', 'mètres?', 'meters?', 'metres?', 'ki-lô', 'lít', 'lit(?:er|re|ro)s?', 'sentimeter', 'sentimetro', 'kilometer', 'kilometro', 'kilogram', 'hektar', 'hectáreas?', 'hectares?',
  'сантиметр', 'километр', 'килограмм', 'метр', 'سم', 'سنتيمتر', 'كم', 'كيلو', 'كغ', 'متر', 'أمتار', 'هكتار',
  '厘米', '公分', '公里', '千米', '公斤', '千克', '米', '摄氏', '攝氏', '升', '公顷', 'เซนติเมตร', 'ซม', 'กิโลเมตร', 'กม', 'กิโลกรัม', 'กก', 'เมตร', 'ไร่',
  'សង់ទីម៉ែត្រ', 'គីឡូម៉ែត្រ', 'គីឡូក្រាម', 'ម៉ែត្រ',
];
/** Degrees without a scale: the side's country decides (80 degrees in a US report is Fahrenheit). */
const DEGREE = ['°', 'degrees?', 'grados?', 'degrés?', 'độ', 'derajat', 'darjah', 'grad\\b', 'градус', 'درج', '度', 'องศา', 'អង្សា'];

const reader = (words: string[]) => new RegExp(`^[\\s\\u00a0\\u202f]?-?(?:${words.join('|')})`, 'iu');
const READERS: [RegExp, UnitClass][] = [[reader(IMPERIAL), 'imperial'], [reader(METRIC), 'metric'], [reader(DEGREE), 'degree']];

/** The class of the unit `after` (the text after a number) starts with. */
export function unitAfter(after: string): UnitClass | undefined {
  for (const [re, unit] of READERS) if (re.test(after)) return unit;
  return undefined;
}

/** Whether a unit of one side may have been converted into one of the other (a bare degree may be either scale). */
export function converted(one: Set<UnitClass | undefined>, other: Set<UnitClass | undefined>): boolean {
  const has = (side: Set<UnitClass | undefined>, unit: UnitClass) => side.has(unit) || side.has('degree');
  return (has(one, 'imperial') && has(other, 'metric')) || (has(one, 'metric') && has(other, 'imperial'));
}
