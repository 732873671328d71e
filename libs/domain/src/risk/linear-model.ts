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
  /**
   * Probability above which the model's answer counts; `veto`, where set, the family probability below which the
   * model's "no family dispute" overrides a reading the rules made only from a relation word near a conflict; `raise`,
   * where set, the high-risk probability at or above which the model raises a family dispute the rules graded yellow or
   * blue (no violence or injury read) to orange (round 18).
   */
  thresholds: { family: number; high: number; veto?: number; raise?: number };
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

/**
 * The weights as the scorer reads them: features by a small integer (a word by its text, a bigram by
 * its two characters' places in the Han range, a key V8 keeps unboxed), weights and the call that
 * last counted each in flat arrays: no string, set or boxed number is made per bigram or per event.
 */
interface CompiledModel {
  words: Map<string, number>;
  bigrams: Map<number, number>;
  family: Float64Array;
  high: Float64Array;
  counted: Int32Array;
  names: string[];
}
const compiledModels = new WeakMap<LinearModel, CompiledModel>();
const HAN_SPAN = 0x9fff - 0x3400 + 1;
const bigramKey = (a: number, b: number) => (a - 0x3400) * HAN_SPAN + (b - 0x3400);

function compile(model: LinearModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) {
    const entries = Object.entries(model.weights);
    c = {
      words: new Map(),
      bigrams: new Map(),
      family: new Float64Array(entries.length),
      high: new Float64Array(entries.length),
      counted: new Int32Array(entries.length),
      names: [],
    };
    entries.forEach(([f, w], i) => {
      if (f.startsWith('w:')) c!.words.set(f.slice(2), i);
      else c!.bigrams.set(bigramKey(f.charCodeAt(2), f.charCodeAt(3)), i);
      c!.family[i] = w[0];
      c!.high[i] = w[1];
      c!.names.push(f.slice(2));
    });
    compiledModels.set(model, c);
  }
  return c;
}

let call = 0;

/** Scores texts with the model: the same features as `featuresOf`, each counted once. */
export function scoreTexts(model: LinearModel, texts: readonly AnalyzedText[]): ModelScore {
  const c = compile(model);
  const { words, bigrams, family, high, counted } = c;
  const stamp = ++call;
  let f = model.bias[0];
  let h = model.bias[1];
  const used: number[] = [];
  for (const a of texts) {
    for (const t of a.tokens) {
      const i = words.get(t.word);
      if (i === undefined || counted[i] === stamp) continue;
      counted[i] = stamp;
      f += family[i];
      h += high[i];
      if (t.word.length > 1) used.push(i);
    }
    const s = a.text;
    let prev = s.length ? s.charCodeAt(0) : 0;
    for (let k = 1; k < s.length; k++) {
      const cur = s.charCodeAt(k);
      if (isHan(prev) && isHan(cur)) {
        const i = bigrams.get(bigramKey(prev, cur));
        if (i !== undefined && counted[i] !== stamp) {
          counted[i] = stamp;
          f += family[i];
          h += high[i];
        }
      }
      prev = cur;
    }
  }
  const top = (w: Float64Array) =>
    used
      .filter((i) => w[i] > 0)
      .sort((x, y) => w[y] - w[x])
      .slice(0, 3)
      .map((i) => c.names[i]);
  return { family: sigmoid(f), high: sigmoid(h), familyWords: top(family), highWords: top(high) };
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
