/**
 * The few very frequent names whose forms in different languages share nothing a
 * transliteration could find (Tập Cận Bình is the Sino-Vietnamese reading of
 * 習近平, not a spelling of "Xi Jinping"). Deliberately small: countries, months
 * and weekdays come from `Intl`, other names match by spelling. The key is the
 * folded English form, so the Latin spelling found as a plain name agrees with it.
 */
export const NAME_ALIASES: Record<string, string[]> = {
  'xi jinping': ['Tập Cận Bình', 'شي جين بينغ', 'شي جين بينج', '习近平', '習近平', 'Си Цзиньпин', '시진핑', 'Xi Jin Ping'],
  'li qiang': ['Lý Cường', 'لي تشيانغ', '李强', 'Ли Цян'],
  'vladimir putin': ['Vladimir Putin', 'Putin', 'بوتين', '普京', 'Путин', 'Владимир Путин'],
  beijing: ['Bắc Kinh', 'بكين', '北京', 'Пекин', 'Peking', 'Pékin', 'Pekín'],
  moscow: ['Mátxcơva', 'Moskwa', 'Moskow', 'موسكو', '莫斯科', 'Москва', 'Moscou', 'Moscú'],
  shanghai: ['Thượng Hải', 'شنغهاي', '上海', 'Шанхай'],
  washington: ['Hoa Thịnh Đốn', 'واشنطن', '华盛顿', 'Вашингтон'],
  xinhua: ['Tân Hoa xã', 'شينخوا', '新华社', 'Синьхуа'],
  'central asia': ['Asia Tengah', 'Trung Á', 'آسيا الوسطى', '中亚', 'Центральная Азия', 'Asia Tengah'],
  'southeast asia': ['Asia Tenggara', 'Đông Nam Á', 'جنوب شرق آسيا', '东南亚', 'Юго-Восточная Азия'],
};

/**
 * Everyday names of countries that ICU's region names leave out: ICU now names
 * Turkey Türkiye. (America is the United States already, by a near spelling of
 * Amerika; an alias "America" would also make "American" the country, which
 * joined wrong stories in bench:corpus.)
 */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  TR: ['Turkey'],
};
