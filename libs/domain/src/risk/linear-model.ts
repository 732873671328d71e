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
 * The weights as the scorer reads them: a word by its text (looked up only when its first character
 * begins some word of the model), a bigram by its two characters' places in the Han range in an
 * open-addressing table of typed arrays (no string, set or boxed number is made per bigram or per
 * event, and no hashing call); weights and the call that last counted each in flat arrays.
 */
interface CompiledModel {
  words: Map<string, number>;
  /** 1 where a character begins a word of the model (by UTF-16 code). */
  wordFirst: Uint8Array;
  /** Bit 1 where a character begins a bigram of the model, bit 2 where one ends one (by UTF-16 code; Han only). */
  bigramSide: Uint8Array;
  /** Open addressing by `bigramKey`: the key plus one (0 where empty) and the feature's number. */
  slotKey: Int32Array;
  slotId: Int32Array;
  mask: number;
  family: Float64Array;
  high: Float64Array;
  counted: Int32Array;
  names: string[];
}
const compiledModels = new WeakMap<LinearModel, CompiledModel>();
const HAN_SPAN = 0x9fff - 0x3400 + 1;
const bigramKey = (a: number, b: number) => (a - 0x3400) * HAN_SPAN + (b - 0x3400);
/** A slot for a bigram key (Fibonacci hashing; the table is a power of two at least four times the bigrams). */
const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

function compile(model: LinearModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) {
    const entries = Object.entries(model.weights);
    let size = 16;
    while (size < 4 * entries.length) size *= 2;
    const cm: CompiledModel = {
      words: new Map(),
      wordFirst: new Uint8Array(0x10000),
      bigramSide: new Uint8Array(0x10000),
      slotKey: new Int32Array(size),
      slotId: new Int32Array(size),
      mask: size - 1,
      family: new Float64Array(entries.length),
      high: new Float64Array(entries.length),
      counted: new Int32Array(entries.length),
      names: [],
    };
    entries.forEach(([f, w], i) => {
      if (f.startsWith('w:')) {
        cm.words.set(f.slice(2), i);
        cm.wordFirst[f.charCodeAt(2)] = 1;
      } else {
        const a = f.charCodeAt(2);
        const b = f.charCodeAt(3);
        cm.bigramSide[a] |= 1;
        cm.bigramSide[b] |= 2;
        const key = bigramKey(a, b);
        let s = slotOf(key, cm.mask);
        while (cm.slotKey[s] !== 0) s = (s + 1) & cm.mask;
        cm.slotKey[s] = key + 1;
        cm.slotId[s] = i;
      }
      cm.family[i] = w[0];
      cm.high[i] = w[1];
      cm.names.push(f.slice(2));
    });
    compiledModels.set(model, (c = cm));
  }
  return c;
}

/** The names of the (at most three) features of `used` with the largest positive weights, strongest first; ties keep `used`'s order (as a stable sort would). */
function top3(used: readonly number[], w: Float64Array, names: readonly string[]): string[] {
  let a = -1;
  let b = -1;
  let c = -1;
  for (const i of used) {
    const x = w[i];
    if (!(x > 0)) continue;
    if (a < 0 || x > w[a]) {
      c = b;
      b = a;
      a = i;
    } else if (b < 0 || x > w[b]) {
      c = b;
      b = i;
    } else if (c < 0 || x > w[c]) c = i;
  }
  return a < 0 ? [] : b < 0 ? [names[a]] : c < 0 ? [names[a], names[b]] : [names[a], names[b], names[c]];
}

let call = 0;

/** Scores texts with the model: the same features as `featuresOf`, each counted once, summed in the same order. */
export function scoreTexts(model: LinearModel, texts: readonly AnalyzedText[]): ModelScore {
  const c = compile(model);
  const { words, wordFirst, bigramSide, slotKey, slotId, mask, family, high, counted } = c;
  const stamp = ++call;
  let f = model.bias[0];
  let h = model.bias[1];
  const used: number[] = [];
  for (const a of texts) {
    for (const t of a.tokens) {
      if (wordFirst[t.word.charCodeAt(0)] !== 1) continue;
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
      // Only Han characters are marked, so this also tells a pair of Han characters.
      if ((bigramSide[prev] & 1) !== 0 && (bigramSide[cur] & 2) !== 0) {
        const key = bigramKey(prev, cur) + 1;
        for (let slot = slotOf(key - 1, mask); slotKey[slot] !== 0; slot = (slot + 1) & mask) {
          if (slotKey[slot] !== key) continue;
          const i = slotId[slot];
          if (counted[i] !== stamp) {
            counted[i] = stamp;
            f += family[i];
            h += high[i];
          }
          break;
        }
      }
      prev = cur;
    }
  }
  return {
    family: sigmoid(f),
    high: sigmoid(h),
    familyWords: top3(used, family, c.names),
    highWords: top3(used, high, c.names),
  };
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
