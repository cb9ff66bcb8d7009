/**
 * Fits to confirm as they cross to a worker. A fit carries the translation
 * model of its two languages, thousands of word pairs: copied as objects
 * with every task (then of eight fits), the models were most of what placing
 * sent (at N = 100,000, copying tasks took 25 s of the main thread) and each
 * copy was indexed again on arrival. A model crosses as one string instead,
 * written once per model, and a worker keeps what it unpacked by that string,
 * so the index it builds on the model (align-sentences.ts) lasts from task to task.
 */
import type { FitToConfirm } from '../align/place-strays.js';
import type { TranslationModel } from '../align/translation-model.js';
import type { Article } from '../types.js';

export interface ConfirmTask {
  /** Each fit with its model's place in `models`, if it has one. */
  items: { fit: FitToConfirm['fit']; model?: number }[];
  /** The task's models, packed (see `packModel`). */
  models: string[];
  /** Each article's anchor keys, by the article (a structured copy keeps the two the same object). */
  keys: Map<Article, string[][]>;
}

const packed = new WeakMap<TranslationModel, string>();

/** A model as one string: JSON of its word pairs, written once per model object. */
export function packModel(model: TranslationModel): string {
  let text = packed.get(model);
  if (text === undefined) packed.set(model, (text = JSON.stringify(model.wordPairs)));
  return text;
}

/** Models unpacked here, by their packed text: a corpus has one per language pair, and each comes back in task after task. */
const unpacked = new Map<string, TranslationModel>();
const MAX_UNPACKED = 64;

export function unpackModel(text: string): TranslationModel {
  let model = unpacked.get(text);
  if (!model) {
    if (unpacked.size >= MAX_UNPACKED) unpacked.clear();
    model = { wordPairs: JSON.parse(text) as [string, string][] };
    unpacked.set(text, model);
  }
  return model;
}

export function toConfirmTask(items: FitToConfirm[], keysOf: (article: Article) => string[][]): ConfirmTask {
  const models: string[] = [];
  const placeOf = new Map<TranslationModel, number>();
  const keys = new Map<Article, string[][]>();
  const wire = items.map(({ fit, model }) => {
    for (const a of [fit.member, fit.other]) if (!keys.has(a)) keys.set(a, keysOf(a));
    if (!model) return { fit };
    let place = placeOf.get(model);
    if (place === undefined) placeOf.set(model, (place = models.push(packModel(model)) - 1));
    return { fit, model: place };
  });
  return { items: wire, models, keys };
}

export function fromConfirmTask(task: ConfirmTask): FitToConfirm[] {
  const models = task.models.map(unpackModel);
  return task.items.map(({ fit, model }) => (model === undefined ? { fit } : { fit, model: models[model]! }));
}
