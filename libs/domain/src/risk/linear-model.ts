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
 * The weights as the scorer reads them: a word by its characters, a bigram by its two characters'
 * places in the Han range, each in an open-addressing table of typed arrays (no string, set or boxed
 * number is made per word, bigram or event, and no `Map` hashes a string); weights and the call that
 * last counted each in flat arrays.
 */
interface CompiledModel {
  /**
   * Words by open addressing on their characters (`wordHash`): the feature's number plus one (0 where empty).
   * A word from the segmenter is a new string each time, whose hash V8 would compute before a `Map` lookup:
   * reading its few characters here costs less. Each feature's characters stand in `chars` from `charsAt`.
   */
  wordSlot: Int32Array;
  wordMask: number;
  chars: Uint16Array;
  charsAt: Int32Array;
  wordLength: Int32Array;
  maxWord: number;
  /** 1 where a character begins a word of the model (by UTF-16 code). */
  wordFirst: Uint8Array;
  /** Bit 1 where a character begins a bigram of the model, bit 2 where one ends one (by UTF-16 code; Han only). */
  bigramSide: Uint8Array;
  /** Open addressing by `bigramKey`: in slot s, at 2s the key plus one (0 where empty), at 2s + 1 the feature's number. */
  slots: Int32Array;
  mask: number;
  family: Float64Array;
  high: Float64Array;
  counted: Int32Array;
  names: string[];
}
const compiledModels = new WeakMap<LinearModel, CompiledModel>();
const HAN_SPAN = 0x9fff - 0x3400 + 1;
const bigramKey = (a: number, b: number) => (a - 0x3400) * HAN_SPAN + (b - 0x3400);
/** A word's slot: its characters folded (FNV-1a), then masked. */
function wordHash(w: string, mask: number): number {
  let x = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) x = Math.imul(x ^ w.charCodeAt(k), 0x01000193);
  return (x >>> 0) & mask;
}
/** The table size for `n` keys: a power of two at least four times `n` (few probes, rarely more than one). */
function tableSize(n: number): number {
  let size = 16;
  while (size < 4 * n) size *= 2;
  return size;
}
/** A slot for a bigram key (Fibonacci hashing; the table is a power of two at least four times the bigrams). */
const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

function compile(model: LinearModel): CompiledModel {
  let c = compiledModels.get(model);
  if (!c) {
    const entries = Object.entries(model.weights);
    const words = entries.filter(([f]) => f.startsWith('w:'));
    const size = tableSize(entries.length - words.length); // the bigrams'
    const wordSize = tableSize(words.length);
    const cm: CompiledModel = {
      wordSlot: new Int32Array(wordSize),
      wordMask: wordSize - 1,
      chars: new Uint16Array(words.reduce((n, [f]) => n + f.length - 2, 0)),
      charsAt: new Int32Array(entries.length),
      wordLength: new Int32Array(entries.length),
      maxWord: 0,
      wordFirst: new Uint8Array(0x10000),
      bigramSide: new Uint8Array(0x10000),
      slots: new Int32Array(2 * size),
      mask: size - 1,
      family: new Float64Array(entries.length),
      high: new Float64Array(entries.length),
      counted: new Int32Array(entries.length),
      names: [],
    };
    let charCount = 0;
    entries.forEach(([f, w], i) => {
      if (f.startsWith('w:')) {
        const word = f.slice(2);
        cm.charsAt[i] = charCount;
        cm.wordLength[i] = word.length;
        for (let k = 0; k < word.length; k++) cm.chars[charCount++] = word.charCodeAt(k);
        cm.maxWord = Math.max(cm.maxWord, word.length);
        let s = wordHash(word, cm.wordMask);
        while (cm.wordSlot[s] !== 0) s = (s + 1) & cm.wordMask;
        cm.wordSlot[s] = i + 1;
        cm.wordFirst[word.charCodeAt(0)] = 1;
      } else {
        const a = f.charCodeAt(2);
        const b = f.charCodeAt(3);
        cm.bigramSide[a] |= 1;
        cm.bigramSide[b] |= 2;
        const key = bigramKey(a, b);
        let s = slotOf(key, cm.mask);
        while (cm.slots[2 * s] !== 0) s = (s + 1) & cm.mask;
        cm.slots[2 * s] = key + 1;
        cm.slots[2 * s + 1] = i;
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

/** The feature number of a word of the model, or -1. */
function wordId(c: CompiledModel, w: string): number {
  const { wordSlot, wordMask, chars, charsAt, wordLength } = c;
  if (w.length > c.maxWord || c.wordFirst[w.charCodeAt(0)] !== 1) return -1;
  for (let s = wordHash(w, wordMask); wordSlot[s] !== 0; s = (s + 1) & wordMask) {
    const i = wordSlot[s] - 1;
    if (wordLength[i] !== w.length) continue;
    let k = 0;
    const at = charsAt[i];
    while (k < w.length && chars[at + k] === w.charCodeAt(k)) k++;
    if (k === w.length) return i;
  }
  return -1;
}

/** Scores texts with the model: the same features as `featuresOf`, each counted once, summed in the same order. */
export function scoreTexts(model: LinearModel, texts: readonly AnalyzedText[]): ModelScore {
  const c = compile(model);
  const { bigramSide, slots, mask, family, high, counted } = c;
  const stamp = ++call;
  let f = model.bias[0];
  let h = model.bias[1];
  const used: number[] = [];
  for (const a of texts) {
    for (const t of a.tokens) {
      const i = wordId(c, t.word);
      if (i < 0 || counted[i] === stamp) continue;
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
        for (let slot = slotOf(key - 1, mask); slots[2 * slot] !== 0; slot = (slot + 1) & mask) {
          if (slots[2 * slot] !== key) continue;
          const i = slots[2 * slot + 1];
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
