/**
 * Fits to confirm as they cross to a worker. A fit carries the translation
 * model of its two languages, thousands of word pairs: copied as objects
 * with every task (then of eight fits), the models were most of what placing
 * sent (at N = 100,000, copying tasks took 25 s of the main thread) and each
 * copy was indexed again on arrival. A model crosses as one string instead,
 * written once per model, and a worker keeps what it unpacked by that string,
 * so the index it builds on the model (align-sentences.ts) lasts from task to task.
 */
import { confirmFit, type Confirmation, type FitToConfirm } from '../align/place-strays.js';
import { keysOf, textsOf } from '../align/align-pair.js';
import { readSide, type SideReading } from '../align/read-side.js';
import type { TranslationModel } from '../align/translation-model.js';
import type { Article } from '../types.js';
import { fromWire, TaskArticles, type WireArticle } from './article-wire.js';

export interface ConfirmTask {
  /** Each fit with its articles' places in `articles` and its model's in `models`, if it has one. */
  items: { member: number; other: number; cost: number; model?: number }[];
  /** The task's models, packed (see `packModel`). */
  models: string[];
  /** The fits' articles, each once (see article-wire.ts). */
  articles: WireArticle[];
  /** Each article's anchor keys, by its place. */
  keys: string[][][];
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
  const sent = new TaskArticles();
  const wire = items.map(({ fit, model }) => {
    const item = { member: sent.placeOf(fit.member), other: sent.placeOf(fit.other), cost: fit.cost };
    if (!model) return item;
    let place = placeOf.get(model);
    if (place === undefined) placeOf.set(model, (place = models.push(packModel(model)) - 1));
    return { ...item, model: place };
  });
  return { items: wire, models, articles: sent.wire, keys: sent.articles.map(keysOf) };
}

/** The task's articles, and its fits on them. */
export function fromConfirmTask(task: ConfirmTask): { articles: Article[]; fits: FitToConfirm[] } {
  const models = task.models.map(unpackModel);
  const articles = task.articles.map(fromWire);
  const fits = task.items.map(({ member, other, cost, model }): FitToConfirm => {
    const fit = { member: articles[member]!, other: articles[other]!, cost };
    return model === undefined ? { fit } : { fit, model: models[model]! };
  });
  return { articles, fits };
}

/**
 * A task's fits confirmed where they arrived, each article's anchor keys by
 * its place. An article is read here but for its keys (its side reading was
 * not sent: most are strays aligned nowhere else); a stray is a candidate of
 * many sets and comes in a new copy with each task, so what was read off it
 * is kept here by id.
 */
export function confirmArrived(articles: Article[], keys: string[][][], fits: FitToConfirm[]): (Confirmation | undefined)[] {
  articles.forEach((a, k) => keysOf.prime(a, keys[k]!));
  for (const article of articles) primeKnownSide(article);
  try {
    return fits.map(confirmFit);
  } finally {
    for (const article of articles) keepSide(article);
  }
}

/** Side readings of the articles fits were confirmed for, by id, with the sentences they were read from (an id alone may be another run's article). */
const sides = new Map<string, { texts: string[]; side: SideReading }>();
/** Enough for the candidates of several windows of placing; emptied when full. */
const MAX_SIDES = 2048;

/** The side reading kept for this article's id, if it was read from the same sentences. */
function knownSide(article: Article): SideReading | undefined {
  const known = sides.get(article.id);
  const texts = textsOf(article);
  return known && known.texts.length === texts.length && known.texts.every((t, k) => t === texts[k]) ? known.side : undefined;
}

function primeKnownSide(article: Article): void {
  const side = knownSide(article);
  if (side) readSide.prime(textsOf(article), side);
}

/** Kept by id, replacing what another article of the same id left. */
function keepSide(article: Article): void {
  if (knownSide(article)) return;
  if (sides.size >= MAX_SIDES) sides.clear();
  const texts = textsOf(article);
  sides.set(article.id, { texts, side: readSide(texts) });
}
