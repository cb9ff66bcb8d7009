import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { alignSentences, readDictionary } from '../src/index.js';
import { dictionaryTable, STEM } from '../src/align/dictionary.js';
import { loadDictionary } from '../src/cli/read-dictionary.js';
import { wordsOf } from '../src/align/learn-word-pairs.js';

/** A dictd pair of files, as dictfmt writes them: entries one after another, and an index of their byte offsets and lengths in base 64. */
function dictd(entries: string[]): { index: string; dict: string } {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const b64 = (n: number): string => (n < 64 ? digits[n]! : b64(Math.floor(n / 64)) + digits[n % 64]!);
  let offset = 0;
  const lines = entries.map((e) => {
    const length = Buffer.byteLength(e);
    const line = `${e.split('\n')[0]!.replace(/\s.*$/u, '')}\t${b64(offset)}\t${b64(length)}`;
    offset += length;
    return line;
  });
  return { index: ['00databaseinfo\tA\tB', ...lines].join('\n'), dict: entries.join('') };
}

const ENTRIES = [
  'Regierung /reˈɡiːʁʊŋ/ <n, fem>\ngouvernement, régime\nOrgan, das einen Staat leitet\n',
  'gehen /ˈɡeːən/ <v>\n1. aller, marcher 2.\nsich schrittweise fortbewegen\n 3.\nfunktionieren\n2. partir\neinen Ort verlassen\n',
  'Bürgerkrieg <n, masc>\nguerre civile\nbewaffneter Konflikt\n',
  'Straße <n, fem>\nrue\nWeg in einer Stadt\n',
];

describe('readDictionary', () => {
  it('reads the one-word pairs of every sense, folded, and leaves glosses and phrases out', () => {
    const { index, dict } = dictd(ENTRIES);
    const d = readDictionary(index, dict, { sourceLang: 'de', targetLang: 'fr' });
    expect(d.sourceLang).toBe('deu');
    expect(d.targetLang).toBe('fra');
    expect(d.pairs).toEqual([
      ['regierung', 'gouvernement'], ['regierung', 'regime'],
      ['gehen', 'aller'], ['gehen', 'marcher'], ['gehen', 'partir'],
      ['strasse', 'rue'],
    ]);
  });

  it('says which index line points outside the dictionary', () => {
    const { index } = dictd(ENTRIES);
    expect(() => readDictionary(index, 'short', { sourceLang: 'deu', targetLang: 'fra' })).toThrow(/index line 2: Regierung points at bytes/u);
    expect(() => readDictionary('', '', { sourceLang: 'xx', targetLang: 'fra' })).toThrow(/language/u);
  });
});

describe('the dictionary in alignment', () => {
  const dictionary = readDictionary(dictd(ENTRIES).index, dictd(ENTRIES).dict, { sourceLang: 'deu', targetLang: 'fra' });

  it(`links inflected forms through their first ${STEM} letters, either way round, and nothing else`, () => {
    const de = [wordsOf('Die Regierungen gehen, der Regen fällt.')];
    const fr = [wordsOf('Les gouvernements vont partir, la rue est mouillée.')];
    const table = dictionaryTable(dictionary, 'deu', 'fra', de, fr)!;
    expect(table.pairs.get('gouvernements')).toEqual(['regierungen']);
    expect(table.pairs.get('partir')).toEqual(['gehen']);
    // "regen" (rain) shares three letters with "regierung", not six.
    expect([...table.sourceSide].sort()).toEqual(['gehen', 'regierungen']);
    expect(dictionaryTable(dictionary, 'fra', 'deu', fr, de)!.pairs.get('regierungen')).toEqual(['gouvernements']);
    expect(dictionaryTable(dictionary, 'eng', 'fra', de, fr)).toBeUndefined();
  });

  it('leaves the alignment of other languages as it is without one', () => {
    const source = ['Pemerintah mengumumkan kebijakan baru.', 'Harga beras naik.'];
    const target = ['Chính phủ công bố chính sách mới.', 'Giá gạo tăng.'];
    const options = { sourceLang: 'ind', targetLang: 'vie' };
    expect(alignSentences(source, target, { ...options, dictionary })).toEqual(alignSentences(source, target, options));
  });
});

describe('--dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyalign-dict-'));
  const { index, dict } = dictd(ENTRIES);
  writeFileSync(join(dir, 'freedict-deu-fra.index'), index);
  writeFileSync(join(dir, 'freedict-deu-fra.dict.dz'), gzipSync(dict));
  writeFileSync(join(dir, 'plain.index'), index);
  writeFileSync(join(dir, 'plain.dict'), dict);

  it('reads a .dict.dz beside the index, the languages from FreeDict\'s file name or given before the path', () => {
    expect(loadDictionary(join(dir, 'freedict-deu-fra.index')).pairs).toHaveLength(6);
    expect(loadDictionary(join(dir, 'freedict-deu-fra')).targetLang).toBe('fra');
    expect(loadDictionary(`fr-de=${join(dir, 'plain.dict')}`)).toMatchObject({ sourceLang: 'fra', targetLang: 'deu' });
  });

  it('names what is wrong: the languages, the missing file', () => {
    expect(() => loadDictionary(join(dir, 'plain.index'))).toThrow(/name its two languages/u);
    expect(() => loadDictionary(`deu-fra=${join(dir, 'none.index')}`)).toThrow(/no index file .*none\.index/u);
  });
});
