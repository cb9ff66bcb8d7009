/**
 * Numbered sets of the input's languages, as bits: grouping keeps one per
 * key (a Set of language names per key held hundreds of megabytes at 100,000
 * articles: millions of keys, nearly all carried in one language), placing
 * one per translation set (its candidate scan asks them of hundreds of
 * versions per stray).
 */
export class LanguageSets {
  private readonly idOf = new Map<string, number>();
  private readonly words: number;
  private readonly bits: Uint32Array;

  /** `bits`: the sets' bits as `plain` gives them, when they are made again elsewhere (another thread). */
  constructor(langs: readonly string[], size: number, bits?: Uint32Array) {
    for (const l of langs) if (!this.idOf.has(l)) this.idOf.set(l, this.idOf.size);
    this.words = Math.max(1, Math.ceil(this.idOf.size / 32));
    this.bits = bits ?? new Uint32Array(size * this.words);
  }

  /** The sets as plain data: `new LanguageSets(langs, 0, bits)` makes them again. */
  get plain(): { langs: string[]; bits: Uint32Array } {
    return { langs: [...this.idOf.keys()], bits: this.bits };
  }

  add(set: number, lang: string): void {
    const id = this.idOf.get(lang)!;
    this.bits[set * this.words + (id >>> 5)]! |= 1 << (id & 31);
  }

  /** Languages as a set of the same form (a language none of the sets holds is left out). */
  setOf(langs: readonly string[]): Uint32Array {
    const out = new Uint32Array(this.words);
    for (const l of langs) {
      const id = this.idOf.get(l);
      if (id !== undefined) out[id >>> 5]! |= 1 << (id & 31);
    }
    return out;
  }

  /** Whether set `set` holds a language of `langs` (from `setOf`). */
  meets(set: number, langs: Uint32Array): boolean {
    const from = set * this.words;
    for (let k = 0; k < this.words; k++) if ((this.bits[from + k]! & langs[k]!) !== 0) return true;
    return false;
  }

  /** Set `into` gains the languages of set `from`. */
  join(into: number, from: number): void {
    for (let k = 0; k < this.words; k++) this.bits[into * this.words + k]! |= this.bits[from * this.words + k]!;
  }

  /** Whether sets `x` and `y` share a language. */
  meetsSet(x: number, y: number): boolean {
    for (let k = 0; k < this.words; k++) if ((this.bits[x * this.words + k]! & this.bits[y * this.words + k]!) !== 0) return true;
    return false;
  }
}
