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

/** The features of a text: its words (`w:`) and the bigrams of Chinese characters (`c:`), each once. */
export function featuresOf(texts: readonly AnalyzedText[]): Set<string> {
  const out = new Set<string>();
  for (const a of texts) {
    for (const t of a.tokens) if (HAN.test(t.word)) out.add(`w:${t.word}`);
    const s = a.text;
    for (let i = 0; i + 1 < s.length; i++) {
      const c0 = s.charCodeAt(i);
      const c1 = s.charCodeAt(i + 1);
      if (c0 >= 0x3400 && c0 <= 0x9fff && c1 >= 0x3400 && c1 <= 0x9fff) out.add(`c:${s.slice(i, i + 2)}`);
    }
  }
  return out;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function scoreModel(model: LinearModel, features: Set<string>): ModelScore {
  let f = model.bias[0];
  let h = model.bias[1];
  const contributions: [string, number, number][] = [];
  for (const x of features) {
    const w = model.weights[x];
    if (!w) continue;
    f += w[0];
    h += w[1];
    contributions.push([x, w[0], w[1]]);
  }
  const top = (i: 1 | 2) =>
    contributions
      .filter((c) => c[i] > 0 && c[0].startsWith('w:') && c[0].length > 3)
      .sort((a, b) => b[i] - a[i])
      .slice(0, 3)
      .map((c) => c[0].slice(2));
  return { family: sigmoid(f), high: sigmoid(h), familyWords: top(1), highWords: top(2) };
}
