/** Names and countries the translation never mentions (the report stage's name check). */
import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../src/report/check-coverage.js';

const article = (id: string, lang: string, text: string) => ({ id, lang, text });
const missingNames = (source: ReturnType<typeof article>, target: ReturnType<typeof article>) => checkCoverage(source, target).nameMismatches.map((n) => n.key);

describe('names across scripts in the coverage report', () => {
  it('finds a Latin name the translation writes in Arabic letters, or in Chinese by its pinyin', () => {
    const source = article('en', 'eng', 'Donald Trump met Emmanuel Macron in Paris on Monday.\nThey spoke for an hour.');
    expect(missingNames(source, article('ar', 'arb', 'التقى دونالد ترامب بإيمانويل ماكرون في باريس يوم الاثنين.\nتحدثا لمدة ساعة.'))).toEqual([]);
    const names = missingNames(article('en', 'eng', 'Xi Jinping met Li Qiang in Beijing on Monday.\nThey spoke for an hour.'), article('zh', 'cmn', '周一，习近平在北京会见了李强。\n他们谈了一个小时。'));
    expect(names).not.toContain('name:xi jinping');
  });

  it('reports a name the translation drops, in Latin letters and in Arabic', () => {
    const source = article('en', 'eng', 'The talks ended on Monday.\nLifeguard Larry Giles said the beach was closed.\nDonald Trump met Nicolas Sarkozy in Paris.');
    expect(missingNames(source, article('id', 'ind', 'Pembicaraan berakhir pada hari Senin.\nPenjaga pantai mengatakan pantai ditutup.\nDonald Trump bertemu Nicolas Sarkozy di Paris.'))).toContain('name:lifeguard larry giles');
    expect(missingNames(source, article('ar', 'arb', 'انتهت المحادثات يوم الاثنين.\nقال المنقذ إن الشاطئ أغلق.\nالتقى دونالد ترامب في باريس.'))).toContain('name:nicolas sarkozy');
  });

  it('says nothing where the check cannot tell: short skeletons in Arabic, names in Thai, headlines', () => {
    const source = article('en', 'eng', 'The talks ended on Monday.\nLifeguard Larry Giles said the beach was closed in Germany.\nThe beach will open again on Friday morning.');
    // لاري جايلز: two and three consonants, too few to tell a name from a word.
    expect(missingNames(source, article('ar', 'arb', 'انتهت المحادثات يوم الاثنين.\nقال المنقذ إن الشاطئ أغلق في ألمانيا.\nسيفتح الشاطئ مرة أخرى صباح الجمعة.'))).toEqual([]);
    // Thai writes the name in syllables that do not spell it back; the country is still checked.
    expect(missingNames(source, article('th', 'tha', 'การเจรจาสิ้นสุดลงในวันจันทร์\nเจ้าหน้าที่ช่วยชีวิตกล่าวว่าชายหาดปิดแล้ว\nชายหาดจะเปิดอีกครั้งในเช้าวันศุกร์'))).toEqual(['country:DE']);
    // German Island is the English word here, not Iceland.
    expect(missingNames(article('en', 'eng', 'The talks ended on Monday.\nRescuers reached the Island by boat.\nThe beach will open again on Friday.'),
      article('id', 'ind', 'Pembicaraan berakhir pada hari Senin.\nPenyelamat mencapai pulau itu dengan perahu.\nPantai akan dibuka lagi pada hari Jumat.'))).toEqual([]);
    const headline = article('en', 'eng', 'Bells Fall Silent as Churches Struggle\nThe bells of the church no longer ring.');
    expect(missingNames(headline, article('id', 'ind', 'Lonceng berhenti berbunyi\nLonceng gereja tidak lagi berbunyi.'))).toEqual([]);
  });

  it('does not ask for a country named by an abbreviation, often an adjective (US officials), but asks for one named in full', () => {
    const target = article('fr', 'fra', 'Les pourparlers ont pris fin lundi.\nLes responsables américains ont fermé la plage.\nLa plage rouvrira vendredi matin.');
    expect(missingNames(article('en', 'eng', 'The talks ended on Monday.\nUS officials closed the beach.\nThe beach will open again on Friday morning.'), target)).toEqual([]);
    expect(missingNames(article('en', 'eng', 'The talks ended on Monday.\nOfficials of the United States closed the beach.\nThe beach will open again on Friday morning.'), target)).toEqual(['country:US']);
    const vietnamese = article('vi', 'vie', 'Cuộc đàm phán kết thúc vào thứ Hai.\nCác quan chức Mỹ đã đóng cửa bãi biển.\nBãi biển sẽ mở cửa trở lại vào sáng thứ Sáu.');
    expect(missingNames(vietnamese, article('en', 'eng', 'The talks ended on Monday.\nAmerican officials closed the beach.\nThe beach will open again on Friday morning.'))).toEqual([]);
  });
});
