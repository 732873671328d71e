import type { AnalyzedText } from './text';

/**
 * A linear model over words and character bigrams, learned from the development part of the real
 * and feed-style records by `test/eval/train-model.ts`, versioned with the rules it ships with. It
 * answers two questions the hand-written rules answer only through the words someone thought of:
 * is this a family or romantic dispute, and is it red or orange.
 */
export interface LinearModel {
  version: string;
  trainedOn: string;
  /** Feature → [family weight, high-risk weight]. */
  weights: Record<string, [number, number]>;
  bias: [number, number];
  /** Probability above which the model's answer counts. */
  thresholds: { family: number; high: number };
}

export interface ModelScore {
  family: number;
  high: number;
  /** Words (of two characters or more) present that pushed each answer up most, strongest first: the model's evidence. */
  familyWords: string[];
  highWords: string[];
}

const HAN = /^[\u3400-\u9FFF]+$/;
const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** The features of a text: its words (`w:`) and the bigrams of Chinese characters (`c:`), each once. */
export function featuresOf(texts: readonly AnalyzedText[]): Set<string> {
  const out = new Set<string>();
  for (const a of texts) {
    for (const t of a.tokens) if (HAN.test(t.word)) out.add(`w:${t.word}`);
    const s = a.text;
    for (let i = 0; i + 1 < s.length; i++) if (isHan(s.charCodeAt(i)) && isHan(s.charCodeAt(i + 1))) out.add(`c:${s.slice(i, i + 2)}`);
  }
  return out;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The weights as the scorer reads them: words by word, bigrams by their two character codes (no string built per bigram). */
interface CompiledModel {
  words: Map<string, [number, number]>;
  bigrams: Map<number, [number, number]>;
}
const compiledModels = new WeakMap<LinearModel, CompiledModel>();

function compile(model: LinearModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) {
    c = { words: new Map(), bigrams: new Map() };
    for (const [f, w] of Object.entries(model.weights)) {
      if (f.startsWith('w:')) c.words.set(f.slice(2), w);
      else c.bigrams.set(f.charCodeAt(2) * 0x10000 + f.charCodeAt(3), w);
    }
    compiledModels.set(model, c);
  }
  return c;
}

/** When each feature was last counted: a feature counts once per call without a set allocated per call. */
const countedWords = new Map<string, number>();
const countedBigrams = new Map<number, number>();
let call = 0;

/** Scores texts with the model: the same features as `featuresOf`, each counted once. */
export function scoreTexts(model: LinearModel, texts: readonly AnalyzedText[]): ModelScore {
  const { words, bigrams } = compile(model);
  const stamp = ++call;
  let f = model.bias[0];
  let h = model.bias[1];
  const used: [string, number, number][] = [];
  for (const a of texts) {
    for (const t of a.tokens) {
      const w = words.get(t.word);
      if (!w || countedWords.get(t.word) === stamp) continue;
      countedWords.set(t.word, stamp);
      f += w[0];
      h += w[1];
      if (t.word.length > 1) used.push([t.word, w[0], w[1]]);
    }
    const s = a.text;
    for (let i = 0; i + 1 < s.length; i++) {
      const key = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
      const w = bigrams.get(key);
      if (!w || countedBigrams.get(key) === stamp) continue;
      countedBigrams.set(key, stamp);
      f += w[0];
      h += w[1];
    }
  }
  const top = (i: 1 | 2) =>
    used
      .filter((u) => u[i] > 0)
      .sort((x, y) => y[i] - x[i])
      .slice(0, 3)
      .map((u) => u[0]);
  return { family: sigmoid(f), high: sigmoid(h), familyWords: top(1), highWords: top(2) };
}

/** Scores a feature set (training and tests); `scoreTexts` is the same without building the set. */
export function scoreModel(model: LinearModel, features: Set<string>): ModelScore {
  let f = model.bias[0];
  let h = model.bias[1];
  const used: [string, number, number][] = [];
  for (const x of features) {
    const w = model.weights[x];
    if (!w) continue;
    f += w[0];
    h += w[1];
    if (x.startsWith('w:') && x.length > 3) used.push([x.slice(2), w[0], w[1]]);
  }
  const top = (i: 1 | 2) =>
    used
      .filter((u) => u[i] > 0)
      .sort((x, y) => y[i] - x[i])
      .slice(0, 3)
      .map((u) => u[0]);
  return { family: sigmoid(f), high: sigmoid(h), familyWords: top(1), highWords: top(2) };
}
