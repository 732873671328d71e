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
  /** Token index starting at a normalised offset, and ending at one; -1 where none does. */
  startsAt: Int32Array;
  endsAt: Int32Array;
  /** Original offset of each normalised character, and of the end of it. */
  from: number[];
  to: number[];
  /** Offsets where a word starts, by its first character: where a literal term can start. */
  byFirstChar: Map<string, number[]>;
  /** Matches of each pattern term, found once per text (several rules read the same pattern). */
  patternMatches: Map<string, TermMatch[]>;
  /** Matches of every literal term of a term index, found in one pass over the words (see `TermIndex`). */
  literalMatches?: { index: TermIndex; matches: Map<string, TermMatch[]> };
}

/** Every literal term a rule set reads, by first character: a text is searched for all of them in one pass. */
export interface TermIndex {
  byFirst: Map<string, string[]>;
  all: Set<string>;
}

export function termIndex(terms: Iterable<string>): TermIndex {
  const index: TermIndex = { byFirst: new Map(), all: new Set() };
  for (const t of terms) {
    if (!t || t.startsWith('re:') || index.all.has(t)) continue;
    index.all.add(t);
    const list = index.byFirst.get(t[0]);
    if (list) list.push(t);
    else index.byFirst.set(t[0], [t]);
  }
  return index;
}

/** Every literal term of the index found in the text, by term, each list in text order (found once per text). */
export function literalMatches(a: AnalyzedText, index: TermIndex): Map<string, TermMatch[]> {
  if (a.literalMatches?.index === index) return a.literalMatches.matches;
  const matches = new Map<string, TermMatch[]>();
  for (const [first, starts] of a.byFirstChar) {
    const terms = index.byFirst.get(first);
    if (!terms) continue;
    for (const i of starts) {
      for (const term of terms) {
        if (a.endsAt[i + term.length] < 0 || !a.text.startsWith(term, i)) continue;
        const m = { start: i, end: i + term.length, text: term };
        const list = matches.get(term);
        if (list) list.push(m);
        else matches.set(term, [m]);
      }
    }
  }
  for (const list of matches.values()) list.sort((x, y) => x.start - y.start);
  a.literalMatches = { index, matches };
  return matches;
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
const invisible = (cp: number) =>
  (cp <= 0x9f || (cp >= 0xad && cp <= 0x3164) || cp >= 0xfeff) && INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);
/** NFKC leaves ASCII and the unified ideographs as they are: only other characters need it. */
const unchanged = (cp: number) => cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff);
const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x0d || cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a);
const isHanCode = (cp: number) => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff);
const SPACE = /\s/;
const CLAUSE_BREAK = /[，。；！？,.;!?\n：:…]/;

/**
 * Normalises `original` and keeps, for each character of the result, where it came from: NFKC per
 * character (full-width forms, compatibility ideographs), invisible and control characters dropped,
 * any space between two Chinese characters dropped (丈 夫 is 丈夫), other runs of space made one.
 */
export function normalize(original: string): { text: string; from: number[]; to: number[] } {
  const codes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (cp: number, at: number, end: number) => {
    if (isSpace(cp)) {
      if (codes.length && codes[codes.length - 1] === 0x20) return;
      cp = 0x20;
    }
    codes.push(cp);
    from.push(at);
    to.push(end);
  };
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const at = i;
    i += cp > 0xffff ? 2 : 1;
    if (invisible(cp)) continue;
    if (unchanged(cp)) push(cp, at, i);
    else
      for (const c of String.fromCodePoint(cp).normalize('NFKC')) {
        const n = c.codePointAt(0)!;
        if (!invisible(n)) push(n, at, i);
      }
  }
  // A space counts only between words of a script that uses spaces: 丈 夫 and 打 了 她 lose theirs.
  const hanOrEdge = (k: number) => k < 0 || k >= codes.length || isHanCode(codes[k]);
  let text = '';
  const f: number[] = [];
  const t: number[] = [];
  for (let k = 0; k < codes.length; k++) {
    if (codes[k] === 0x20 && hanOrEdge(k - 1) && hanOrEdge(k + 1)) continue;
    text += String.fromCodePoint(codes[k]);
    f.push(from[k]);
    t.push(to[k]);
  }
  return { text, from: f, to: t };
}

export function analyze(original: string, segmenter: Segmenter): AnalyzedText {
  const { text, from, to } = normalize(original);
  let words = segmenter.cut(text);
  if (words.reduce((n, w) => n + w.length, 0) !== text.length) words = [...text]; // a segmenter that lost characters: fall back to characters
  const tokens: Token[] = [];
  const startsAt = new Int32Array(text.length + 1).fill(-1);
  const endsAt = new Int32Array(text.length + 1).fill(-1);
  const byFirstChar = new Map<string, number[]>();
  let at = 0;
  let clause = 0;
  for (const word of words) {
    const isBreak = word.length === 1 && CLAUSE_BREAK.test(word);
    if (isBreak) clause++;
    startsAt[at] = tokens.length;
    endsAt[at + word.length] = tokens.length;
    const first = word[0];
    const list = byFirstChar.get(first);
    if (list) list.push(at);
    else byFirstChar.set(first, [at]);
    tokens.push({ word, start: at, end: at + word.length, clause });
    if (isBreak) clause++;
    at += word.length;
  }
  return { original, text, tokens, startsAt, endsAt, from, to, byFirstChar, patternMatches: new Map() };
}

/** Original offsets of a span of the normalised text. */
export function originalSpan(a: AnalyzedText, start: number, end: number): { start: number; end: number; text: string } {
  const s = a.from[start] ?? a.original.length;
  const e = end > start ? a.to[end - 1] : s;
  return { start: s, end: e, text: a.original.slice(s, e) };
}

interface Pattern {
  /** Anchored at lastIndex (sticky): tried only where a word starts with one of `firsts`. */
  sticky: RegExp;
  /** The characters a match can start with, or null when the pattern does not say (then every word start is tried). */
  firsts: string[] | null;
}
const compiled = new Map<string, Pattern>();

/** The characters a pattern's match can start with: 掐.{0,4}脖 → 掐; (拿|持|提)… → 拿 持 提; [二三]… → 二 三. */
export function firstCharsOf(source: string): string[] | null {
  const c = source[0];
  const optional = (ch: string | undefined) => ch !== undefined && '?*{'.includes(ch);
  if (c === '(' && !source.startsWith('(?')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0 || optional(source[end + 1])) return null;
    const alts = source.slice(1, end).split('|');
    const firsts = alts.map((a) => firstCharsOf(a));
    return firsts.every((f) => f) ? [...new Set(firsts.flat() as string[])] : null;
  }
  if (c === '[') {
    const end = source.indexOf(']');
    const inner = source.slice(1, end);
    if (end < 0 || inner.startsWith('^') || inner.includes('-') || inner.includes('\\') || optional(source[end + 1])) return null;
    return [...inner];
  }
  if (!c || '\\.^$|?*+{}()[]'.includes(c) || optional(source[1])) return null;
  return [c];
}

function patternOf(term: string): Pattern {
  let p = compiled.get(term);
  if (!p) compiled.set(term, (p = { sticky: new RegExp(term.slice(3), 'y'), firsts: firstCharsOf(term.slice(3)) }));
  return p;
}

/**
 * Every occurrence of `term` that is made of whole words: 扇 is not found in 电风扇, 动手 not in
 * 动手术. A term is a literal, or with the prefix `re:` a regular expression for what a literal cannot
 * say (掐.{0,4}脖: 掐住她脖子); a pattern must start on a word, and may end inside one (脖 of 脖子).
 */
export function findTerm(a: AnalyzedText, term: string, index?: TermIndex): readonly TermMatch[] {
  if (term.startsWith('re:')) {
    let found = a.patternMatches.get(term);
    if (!found) {
      const { sticky, firsts } = patternOf(term);
      found = [];
      const starts = firsts ? firsts.flatMap((c) => a.byFirstChar.get(c) ?? []).sort((x, y) => x - y) : a.tokens.map((t) => t.start);
      for (const at of starts) {
        sticky.lastIndex = at;
        const m = sticky.exec(a.text);
        if (m?.[0]) found.push({ start: at, end: at + m[0].length, text: m[0] });
      }
      a.patternMatches.set(term, found);
    }
    return found;
  }
  if (index?.all.has(term)) return literalMatches(a, index).get(term) ?? NONE;
  const starts = a.byFirstChar.get(term[0]);
  if (!starts) return NONE;
  let out: TermMatch[] | undefined;
  for (const i of starts) {
    if (a.endsAt[i + term.length] >= 0 && a.text.startsWith(term, i)) (out ??= []).push({ start: i, end: i + term.length, text: term });
  }
  return out ?? NONE;
}

const NONE: readonly TermMatch[] = [];

/** Index of the token starting at a normalised offset. */
export const tokenAt = (a: AnalyzedText, start: number): number => a.startsAt[start] ?? -1;

/** Index of the token ending at a normalised offset (the last token of a match). */
export const tokenEndingAt = (a: AnalyzedText, end: number): number => a.endsAt[end] ?? -1;

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
