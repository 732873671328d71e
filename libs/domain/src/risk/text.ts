/**
 * Text as the risk engine reads it: normalised (NFKC, invisible and control characters removed,
 * spaces inside Chinese words ignored), cut into words by a segmenter, split into clauses, with every
 * position mapped back to the original text so that evidence points at what the officer sees.
 */

/** Cuts a text into words. The words, concatenated, are the text again (nothing dropped or added). */
export interface Segmenter {
  cut(text: string): string[];
}

export interface Token {
  word: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  clause: number;
}

export interface AnalyzedText {
  original: string;
  /** The normalised text: what terms are matched against. */
  text: string;
  tokens: Token[];
  /** Token index starting at a normalised offset, and ending at one. */
  startsAt: Map<number, number>;
  endsAt: Map<number, number>;
  /** Original offset of each normalised character, and of the end of it. */
  from: number[];
  to: number[];
}

export interface TermMatch {
  /** Normalised offsets. */
  start: number;
  end: number;
  text: string;
}

/** Code point ranges that print nothing: soft hyphen, joiners, direction marks, fillers, BOM; and control characters but tab and line feed. */
const INVISIBLE_RANGES: [number, number][] = [
  [0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x9f], [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x115f, 0x1160],
  [0x17b4, 0x17b5], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
]; // prettier-ignore
const invisible = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);
};
const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const SPACE = /\s/;
const CLAUSE_BREAK = /[，。；！？,.;!?\n：:…]/;

/**
 * Normalises `original` and keeps, for each character of the result, where it came from: NFKC per
 * character (full-width forms, compatibility ideographs), invisible and control characters dropped,
 * any space between two Chinese characters dropped (丈 夫 is 丈夫), other runs of space made one.
 */
export function normalize(original: string): { text: string; from: number[]; to: number[] } {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const at = i;
    i += ch.length;
    if (invisible(ch)) continue;
    const n = ch.normalize('NFKC');
    for (const c of n) {
      if (invisible(c)) continue;
      if (SPACE.test(c) && c !== '\n') {
        if (chars.length && chars[chars.length - 1] === ' ') continue;
        chars.push(' ');
      } else chars.push(c);
      from.push(at);
      to.push(i);
    }
  }
  // A space counts only between words of a script that uses spaces: 丈 夫 and 打 了 她 lose theirs.
  const hanOrEdge = (k: number) => k < 0 || k >= chars.length || HAN.test(chars[k]);
  const keep = chars.map((c, k) => c !== ' ' || !(hanOrEdge(k - 1) && hanOrEdge(k + 1)));
  const text: string[] = [];
  const f: number[] = [];
  const t: number[] = [];
  chars.forEach((c, k) => {
    if (!keep[k]) return;
    text.push(c);
    f.push(from[k]);
    t.push(to[k]);
  });
  return { text: text.join(''), from: f, to: t };
}

export function analyze(original: string, segmenter: Segmenter): AnalyzedText {
  const { text, from, to } = normalize(original);
  let words = segmenter.cut(text);
  if (words.join('') !== text) words = [...text]; // a segmenter that lost characters: fall back to characters
  const tokens: Token[] = [];
  const startsAt = new Map<number, number>();
  const endsAt = new Map<number, number>();
  let at = 0;
  let clause = 0;
  for (const word of words) {
    const isBreak = word.length === 1 && CLAUSE_BREAK.test(word);
    if (isBreak) clause++;
    startsAt.set(at, tokens.length);
    endsAt.set(at + word.length, tokens.length);
    tokens.push({ word, start: at, end: at + word.length, clause });
    if (isBreak) clause++;
    at += word.length;
  }
  return { original, text, tokens, startsAt, endsAt, from, to };
}

/** Original offsets of a span of the normalised text. */
export function originalSpan(a: AnalyzedText, start: number, end: number): { start: number; end: number; text: string } {
  const s = a.from[start] ?? a.original.length;
  const e = end > start ? a.to[end - 1] : s;
  return { start: s, end: e, text: a.original.slice(s, e) };
}

const compiled = new Map<string, RegExp>();

/**
 * Every occurrence of `term` that is made of whole words: 扇 is not found in 电风扇, 动手 not in
 * 动手术. A term is a literal, or with the prefix `re:` a regular expression for what a literal cannot
 * say (掐.{0,4}脖: 掐住她脖子); a pattern must start on a word, and may end inside one (脖 of 脖子).
 */
export function findTerm(a: AnalyzedText, term: string): TermMatch[] {
  const out: TermMatch[] = [];
  if (term.startsWith('re:')) {
    let re = compiled.get(term);
    if (!re) compiled.set(term, (re = new RegExp(term.slice(3), 'g')));
    for (const m of a.text.matchAll(re)) {
      if (m[0] && a.startsAt.has(m.index)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return out;
  }
  for (let i = a.text.indexOf(term); i !== -1; i = a.text.indexOf(term, i + 1)) {
    if (a.startsAt.has(i) && a.endsAt.has(i + term.length)) out.push({ start: i, end: i + term.length, text: term });
  }
  return out;
}

/** Index of the token starting at a normalised offset. */
export const tokenAt = (a: AnalyzedText, start: number): number => a.startsAt.get(start) ?? -1;

/** Index of the token ending at a normalised offset (the last token of a match). */
export const tokenEndingAt = (a: AnalyzedText, end: number): number => a.endsAt.get(end) ?? -1;

/** True when one of `cues` is a word among the `window` words before token `k`, in the same clause. */
export function cueBefore(a: AnalyzedText, k: number, cues: ReadonlySet<string>, window: number): boolean {
  const clause = a.tokens[k]?.clause;
  for (let j = k - 1, seen = 0; j >= 0 && seen < window; j--) {
    const t = a.tokens[j];
    if (t.clause !== clause) return false;
    if (SPACE.test(t.word)) continue;
    if (cues.has(t.word)) return true;
    seen++;
  }
  return false;
}

/** The words of the clause token `k` is in. */
export function clauseWords(a: AnalyzedText, k: number): Token[] {
  const clause = a.tokens[k]?.clause;
  let s = k;
  while (s > 0 && a.tokens[s - 1].clause === clause) s--;
  let e = k;
  while (e + 1 < a.tokens.length && a.tokens[e + 1].clause === clause) e++;
  return a.tokens.slice(s, e + 1);
}

/**
 * A segmenter from a word list alone (longest match first), for pure use and tests: the live app
 * injects jieba with the same project dictionary.
 */
export function dictionarySegmenter(words: Iterable<string>): Segmenter {
  const dict = new Set<string>();
  let longest = 1;
  for (const w of words) {
    if (!w || w.startsWith('re:')) continue;
    dict.add(w);
    longest = Math.max(longest, w.length);
  }
  return {
    cut(text: string): string[] {
      const out: string[] = [];
      let i = 0;
      while (i < text.length) {
        let len = Math.min(longest, text.length - i);
        while (len > 1 && !dict.has(text.slice(i, i + len))) len--;
        out.push(text.slice(i, i + len));
        i += len;
      }
      return out;
    },
  };
}
