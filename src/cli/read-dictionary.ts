/**
 * `--dictionary`: a FreeDict dictionary in dictd format, as Debian's
 * `dict-freedict-*` packages install it (`/usr/share/dictd/freedict-deu-fra.index`
 * and `.dict.dz`). The path may name the `.index`, the `.dict` or `.dict.dz`,
 * or their common stem; the two languages come from the file name
 * (`deu-fra`) unless given before it (`deu-fra=/path/to/file.index`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readDictionary, type Dictionary } from '../align/dictionary.js';
import { StoryalignError } from '../errors.js';
import { toIso6393 } from '../iso639.js';

const LANGUAGES = /^([a-z]{2,3})-([a-z]{2,3})$/u;

export function loadDictionary(spec: string): Dictionary {
  const split = /^([a-z]{2,3}-[a-z]{2,3})=(.+)$/u.exec(spec);
  const path = split ? split[2]! : spec;
  const stem = path.replace(/\.(index|dict|dict\.dz)$/u, '');
  const fail = (why: string) => new StoryalignError('INVALID_ARGUMENT', `--dictionary ${spec}: ${why}`);
  const named = split?.[1] ?? basename(stem).replace(/^freedict-/u, '');
  const languages = LANGUAGES.exec(named);
  const [sourceLang, targetLang] = [languages && toIso6393(languages[1]!), languages && toIso6393(languages[2]!)];
  if (!sourceLang || !targetLang) throw fail('name its two languages, as FreeDict\'s file names do (freedict-deu-fra.index) or before the path (deu-fra=PATH)');
  if (!existsSync(`${stem}.index`)) throw fail(`no index file ${stem}.index`);
  const dict = existsSync(`${stem}.dict.dz`) ? `${stem}.dict.dz` : `${stem}.dict`;
  if (!existsSync(dict)) throw fail(`no dictionary file ${stem}.dict.dz or ${stem}.dict`);
  try {
    const bytes = readFileSync(dict);
    // dictzip files are gzip files with an index of chunks in the header: gunzip reads them whole.
    const text = (dict.endsWith('.dz') ? gunzipSync(bytes) : bytes).toString('utf8');
    return readDictionary(readFileSync(`${stem}.index`, 'utf8'), text, { sourceLang, targetLang });
  } catch (e) {
    throw fail((e as Error).message);
  }
}
