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
  /** Sentences end at 。！？; and a line break: a relation and a conflict are read together within a sentence or the next. */
  sentence: number;
}

export interface AnalyzedText {
  original: string;
  /** The normalised text: what terms are matched against. */
  text: string;
  tokens: Token[];
  /** Token index starting at a normalised offset, and ending at one; -1 where none does. */
  startsAt: Int32Array;
  endsAt: Int32Array;
  /** Original offset of each normalised UTF-16 unit, and of the end of the character it belongs to. */
  from: number[];
  to: number[];
  /** Offsets where a word starts, by the code of its first character (built when a pattern first needs it). */
  byFirstChar?: Map<number, number[]>;
  /** Matches of each pattern term, found once per text (several rules read the same pattern). */
  patternMatches: Map<string, TermMatch[]>;
  /** Matches of every term of a term index, found in one pass over the words, by the term's number (see `TermIndex`). */
  literalMatches?: { index: TermIndex; byId: (TermMatch[] | undefined)[]; ids: number[] };
  /** What the readings found once per text (`TextMemo`), by the memo's slot. */
  memo?: unknown[];
}

/**
 * A reading's answer kept per text, as a WeakMap keyed by the text keeps it (get and set), in a slot of the text itself:
 * a WeakMap's entry per text and per reading cost a hash look-up at every question and the garbage collector's work on
 * every key (texts live for one event).
 */
export class TextMemo<V> {
  private static slots = 0;
  private readonly slot = TextMemo.slots++;
  get(a: AnalyzedText): V | undefined {
    return a.memo?.[this.slot] as V | undefined;
  }
  set(a: AnalyzedText, value: V): this {
    (a.memo ??= [])[this.slot] = value;
    return this;
  }
}

/**
 * Every term a rule set reads, searched for in one pass over a text's words: literal terms by the
 * code of their first character, patterns (`re:`) by the characters they can start with (or, when a
 * pattern does not say, by a search of the whole text, see `anywhereStarts`).
 */
export interface TermIndex {
  /**
   * By the code of a word's first character, the literal terms and the patterns a word starting with it may begin: the
   * entry's place in `entries` plus one, 0 where none (a table of codes: no hashing per word).
   */
  entryOf: Uint16Array;
  entries: TermsByFirst[];
  /** Patterns whose first characters `firstCharsOf` cannot tell. */
  patternsAnywhere: AnywherePattern[];
  /** Each term's number: a rule's term list looks its matches up by number, not by text. */
  ids: Map<string, number>;
}

/** A term with its number, read once per rule set (not looked up per word). */
interface IndexedTerm {
  term: string;
  id: number;
}
interface IndexedPattern extends IndexedTerm {
  pattern: Pattern;
}
/** A pattern of unknown first characters, with the literals every match of it holds (`requiredOf`; none when it does not say). */
interface AnywherePattern extends IndexedPattern {
  needs: string[];
}
interface TermsByFirst {
  /**
   * The literals as parallel lists, in the same order: a word start is tried against each, and most fail on the
   * length (no word ends there) or the second character, read before the whole term is compared.
   */
  terms: string[];
  termIds: Int32Array;
  lengths: Int32Array;
  /** The code of a term's second character (-1 for a term of one). */
  seconds: Int32Array;
  patterns: IndexedPattern[];
  anyPattern?: RegExp;
}

export function termIndex(terms: Iterable<string>): TermIndex {
  const index: TermIndex = { entryOf: new Uint16Array(0x10000), entries: [], patternsAnywhere: [], ids: new Map() };
  // Gathered by first character, then laid out as `entries`.
  const byFirst = new Map<number, { literals: IndexedTerm[]; patterns: IndexedPattern[] }>();
  const at = (code: number) => {
    let entry = byFirst.get(code);
    if (!entry) byFirst.set(code, (entry = { literals: [], patterns: [] }));
    return entry;
  };
  for (const t of terms) {
    if (!t || index.ids.has(t)) continue;
    const id = index.ids.size;
    index.ids.set(t, id);
    if (t.startsWith('re:')) {
      const pattern = patternOf(t);
      const { firsts } = pattern;
      if (firsts) for (const c of new Set(firsts.map((f) => f.charCodeAt(0)))) at(c).patterns.push({ term: t, id, pattern });
      else index.patternsAnywhere.push({ term: t, id, pattern, needs: requiredOf(t.slice(3)) });
      continue;
    }
    at(t.charCodeAt(0)).literals.push({ term: t, id });
  }
  // Where several patterns start with one character, one attempt of them all as alternatives first: at most words none
  // matches, and one attempt then stands for several. An alternation matches at an offset if and only if one of its
  // alternatives does (the patterns hold no back-references, whose group numbers the alternation would shift).
  for (const [code, { literals, patterns }] of byFirst) {
    const sources = patterns.map((p) => p.term.slice(3));
    index.entries.push({
      terms: literals.map((l) => l.term),
      termIds: Int32Array.from(literals, (l) => l.id),
      lengths: Int32Array.from(literals, (l) => l.term.length),
      seconds: Int32Array.from(literals, (l) => (l.term.length > 1 ? l.term.charCodeAt(1) : -1)),
      patterns,
      anyPattern:
        sources.length > 1 && !sources.some((x) => /\\(?:[1-9]|k<)/.test(x))
          ? new RegExp(sources.map((x) => `(?:${x})`).join('|'), 'y')
          : undefined,
    });
    index.entryOf[code] = index.entries.length;
  }
  return index;
}

/**
 * The word starts where a pattern of unknown first characters matches, in text order, with each match's end. One
 * search of the text (native code) in place of one attempt per word: a search from offset i finds the first offset
 * p >= i where an attempt matches, so no attempt at a word start between i and p would have matched, and the match at
 * p is the one an attempt at p finds (the same pattern, tried at the same offset).
 */
function anywhereStarts(a: AnalyzedText, pattern: Pattern): number[] {
  const { text, startsAt } = a;
  const out: number[] = []; // start, end, start, end...
  const search = pattern.search;
  let from = 0;
  while (from < text.length) {
    search.lastIndex = from;
    const m = search.exec(text);
    if (!m) break;
    const p = m.index;
    if (startsAt[p] >= 0 && m[0]) out.push(p, p + m[0].length);
    // The next word start after p: the only offsets an attempt is made at.
    from = p + 1;
    while (from < text.length && startsAt[from] < 0) from++;
  }
  return out;
}

const NO_STARTS: number[] = [];

/** Every term of the index found in the text, by the term's number, each list in text order (found once per text). */
export function literalMatches(a: AnalyzedText, index: TermIndex): (TermMatch[] | undefined)[] {
  if (a.literalMatches?.index === index) return a.literalMatches.byId;
  const byId: (TermMatch[] | undefined)[] = new Array(index.ids.size);
  const ids: number[] = [];
  const { text, tokens, endsAt } = a;
  const found = (id: number, m: TermMatch) => {
    const list = byId[id];
    if (list) list.push(m);
    else {
      byId[id] = [m];
      ids.push(id);
    }
  };
  // The patterns of unknown first characters, searched for first; their matches are taken up at their word below, so
  // that every list and the order terms are first found in are as one attempt per word makes them.
  const anywhere = index.patternsAnywhere;
  // A text without one of the literals a pattern's every match holds (法院 and 裁定, 分开) has no match of it: not searched.
  const pending = anywhere.map((p) => (p.needs.every((x) => text.includes(x)) ? anywhereStarts(a, p.pattern) : NO_STARTS));
  const next = new Array<number>(anywhere.length).fill(0);
  // Most texts hold none of them: the words then need no look at them.
  const anyPending = pending.some((at) => at.length > 0);
  const { entryOf, entries } = index;
  for (let k = 0; k < tokens.length; k++) {
    const i = tokens[k].start;
    const e = entryOf[text.charCodeAt(i)];
    if (e !== 0) {
      const entry = entries[e - 1];
      const { terms, termIds, lengths, seconds } = entry;
      const second = text.charCodeAt(i + 1); // NaN past the end: no term's
      for (let j = 0; j < terms.length; j++) {
        const n = lengths[j];
        // The first character is the entry's: a term of one matches wherever a word ends after it.
        if (endsAt[i + n] >= 0 && (n === 1 || (seconds[j] === second && text.startsWith(terms[j], i))))
          found(termIds[j], { start: i, end: i + n, text: terms[j] });
      }
      const any = entry.anyPattern;
      if (any) any.lastIndex = i;
      if (!any || any.test(text))
        for (const { id, pattern } of entry.patterns) {
          const { sticky, prefix } = pattern;
          if (prefix && !text.startsWith(prefix, i)) continue;
          // test, not exec: no array of groups is made; a sticky match leaves lastIndex at its end.
          sticky.lastIndex = i;
          if (sticky.test(text) && sticky.lastIndex > i)
            found(id, { start: i, end: sticky.lastIndex, text: text.slice(i, sticky.lastIndex) });
        }
    }
    if (anyPending)
      for (let p = 0; p < anywhere.length; p++) {
        const at = pending[p];
        const n = next[p];
        if (n < at.length && at[n] === i) {
          found(anywhere[p].id, { start: i, end: at[n + 1], text: text.slice(i, at[n + 1]) });
          next[p] = n + 2;
        }
      }
  }
  a.literalMatches = { index, byId, ids };
  return byId;
}

/** The numbers of the index's terms the text holds (after `literalMatches`): a rule reads these, not its whole list. */
export function foundTermIds(a: AnalyzedText, index: TermIndex): number[] {
  literalMatches(a, index);
  return a.literalMatches!.ids;
}

/** Offsets where a word starting with the character of this code starts, in text order. */
function wordStarts(a: AnalyzedText, code: number): number[] | undefined {
  let by = a.byFirstChar;
  if (!by) {
    by = new Map();
    for (const t of a.tokens) {
      const c = a.text.charCodeAt(t.start);
      const list = by.get(c);
      if (list) list.push(t.start);
      else by.set(c, [t.start]);
    }
    a.byFirstChar = by;
  }
  return by.get(code);
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
/** Invisible code points below 0x3200 in a table (looked up per character), the few above by their ranges. */
const INVISIBLE_LOW = new Uint8Array(0x3200);
for (const [a, b] of INVISIBLE_RANGES) for (let cp = a; cp <= b && cp < 0x3200; cp++) INVISIBLE_LOW[cp] = 1;
const invisible = (cp: number) => (cp < 0x3200 ? INVISIBLE_LOW[cp] === 1 : cp >= 0xfeff && (cp === 0xfeff || cp === 0xffa0));
/** NFKC leaves ASCII and the unified ideographs as they are: only other characters need it. */
const unchanged = (cp: number) => cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff);
const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x0d || cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a);
const isHanCode = (cp: number) => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff);
const SPACE = /\s/;
/** `SPACE.test(word)`, run only where a character may be a space: a word of Han characters, letters and digits holds none. */
function hasSpace(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c <= 0x20 || (c >= 0xa0 && (c < 0x4e00 || c > 0x9fff))) return SPACE.test(word);
  }
  return false;
}
/** Clause breaks: ，。；！？,.;!?\n：:… */
const CLAUSE_BREAKS = new Uint8Array(0x10000);
for (const c of '，。；！？,.;!?\n：:…') CLAUSE_BREAKS[c.charCodeAt(0)] = 1;
for (const c of '。！？!?\n') CLAUSE_BREAKS[c.charCodeAt(0)] = 2;

/** NFKC of a code point that needs it, invisible results dropped: computed once per code point. */
const nfkcOf = new Map<number, number[]>();
/**
 * The same for a code point below 0x10000 whose NFKC is one code point (full-width ，（）！ and letters, most of what
 * needs it): that code point plus one, by code; -1 where it is none or several, 0 where not computed yet.
 */
const nfkcSingle = new Int32Array(0x10000);
function nfkc(cp: number): number[] {
  let out = nfkcOf.get(cp);
  if (!out) {
    out = [];
    for (const c of String.fromCodePoint(cp).normalize('NFKC')) {
      const n = c.codePointAt(0)!;
      if (!invisible(n)) out.push(n);
    }
    nfkcOf.set(cp, out);
    if (cp < 0x10000) nfkcSingle[cp] = out.length === 1 ? out[0] + 1 : -1;
  }
  return out;
}

/** Scratch buffers of `normalize`, grown as needed (one text at a time: the engine is synchronous). */
let cps = new Int32Array(1024);
let cpFrom = new Int32Array(1024);
let cpTo = new Int32Array(1024);
let units = new Uint16Array(1024);

/** Makes the scratch buffers hold `need` characters (NFKC expands a few characters to several). */
function ensure(need: number): void {
  if (need <= cps.length) return;
  const size = Math.max(need, cps.length * 2);
  const grow = (b: Int32Array) => {
    const x = new Int32Array(size);
    x.set(b);
    return x;
  };
  cps = grow(cps);
  cpFrom = grow(cpFrom);
  cpTo = grow(cpTo);
}

/**
 * Puts code point `c`, taken from `original`'s units `at` to `end`, at position `n` of the scratch buffers, a run of
 * space made one space; returns the next position.
 */
function put(n: number, c: number, at: number, end: number): number {
  if (isSpace(c)) {
    if (n && cps[n - 1] === 0x20) return n;
    c = 0x20;
  }
  cps[n] = c;
  cpFrom[n] = at;
  cpTo[n] = end;
  return n + 1;
}

/**
 * Normalises `original` and keeps, for each UTF-16 unit of the result, where it came from: NFKC per
 * character (full-width forms, compatibility ideographs), invisible and control characters dropped,
 * any space between two Chinese characters dropped (丈 夫 is 丈夫), other runs of space made one.
 */
export function normalize(original: string): { text: string; from: number[]; to: number[] } {
  ensure(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length;) {
    let cp = original.charCodeAt(i);
    const at = i;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < original.length) {
      const lo = original.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
    }
    i += cp > 0xffff ? 2 : 1;
    if (invisible(cp)) continue;
    if (unchanged(cp)) {
      n = put(n, cp, at, i);
      continue;
    }
    const single = cp < 0x10000 ? nfkcSingle[cp] : 0;
    if (single > 0) {
      // One code point (as the loop below takes it, with the room it makes).
      ensure(n + 2);
      n = put(n, single - 1, at, i);
      continue;
    }
    const forms = nfkc(cp);
    ensure(n + forms.length + 1);
    for (const c of forms) n = put(n, c, at, i);
  }
  // A space counts only between words of a script that uses spaces: 丈 夫 and 打 了 她 lose theirs.
  if (units.length < 2 * n) units = new Uint16Array(2 * n);
  // Plain arrays of small integers: cheaper to make per text than typed arrays.
  const from: number[] = [];
  const to: number[] = [];
  let m = 0;
  for (let k = 0; k < n; k++) {
    const cp = cps[k];
    if (cp === 0x20 && (k === 0 || isHanCode(cps[k - 1])) && (k + 1 >= n || isHanCode(cps[k + 1]))) continue;
    if (cp > 0xffff) {
      units[m++] = 0xd800 + ((cp - 0x10000) >> 10);
      from.push(cpFrom[k]);
      to.push(cpTo[k]);
      units[m++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[m++] = cp;
    from.push(cpFrom[k]);
    to.push(cpTo[k]);
  }
  let text = '';
  for (let s = 0; s < m; s += 4096)
    text += String.fromCharCode.apply(null, units.subarray(s, Math.min(m, s + 4096)) as unknown as number[]);
  return { text, from, to };
}

export function analyze(original: string, segmenter: Segmenter): AnalyzedText {
  const { text, from, to } = normalize(original);
  let words = segmenter.cut(text);
  let total = 0;
  for (const w of words) total += w.length;
  if (total !== text.length) words = [...text]; // a segmenter that lost characters: fall back to characters
  // Filled in order (not made with a length): an array without holes, read the faster by every reading.
  const tokens: Token[] = [];
  // One buffer for both maps (a typed array's own allocation costs more than its size): two views of it.
  const marks = new Int32Array(2 * (text.length + 1)).fill(-1);
  const startsAt = marks.subarray(0, text.length + 1);
  const endsAt = marks.subarray(text.length + 1);
  let at = 0;
  let clause = 0;
  let sentence = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const kind = word.length === 1 ? CLAUSE_BREAKS[word.charCodeAt(0)] : 0;
    if (kind) clause++;
    startsAt[at] = k;
    endsAt[at + word.length] = k;
    tokens.push({ word, start: at, end: at + word.length, clause, sentence });
    if (kind) clause++;
    if (kind === 2) sentence++;
    at += word.length;
  }
  // Every field named from the start, those found later too: every text has one shape, which the readings' property reads
  // then see alone (a field added later makes another, and a read that meets several is slower).
  return {
    original,
    text,
    tokens,
    startsAt,
    endsAt,
    from,
    to,
    byFirstChar: undefined,
    patternMatches: new Map(),
    literalMatches: undefined,
    memo: undefined,
  };
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
  /** The literal text every match starts with (不让 of 不让(她|我)?进门), checked before the pattern is run; '' when none. */
  prefix: string;
  /** The same pattern unanchored (global): searches the text for the next offset it matches at. */
  search: RegExp;
}
const compiled = new Map<string, Pattern>();

/**
 * Walks a pattern's group structure: calls `visit` at each `(`, `)` and `|` outside escapes and classes (a class may
 * hold ( or ) as plain characters), with the depth after it (a `(` counted in, a `)` counted out); `visit` returning
 * true stops the walk.
 */
function walkGroups(source: string, visit: (i: number, ch: string, depth: number) => boolean | void): void {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if ((ch === '(' && visit(i, ch, ++depth)) || (ch === ')' && visit(i, ch, --depth)) || (ch === '|' && visit(i, ch, depth)))
      return;
  }
}

/** Where the group opening at 0 closes (its `)`), or -1. */
function groupEnd(source: string): number {
  let end = -1;
  walkGroups(source, (i, ch, depth) => ch === ')' && depth === 0 && ((end = i), true));
  return end;
}

/** The pattern's alternatives split at its top-level `|` (outside groups and classes): one when it has none. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  walkGroups(source, (i, ch, depth) => {
    if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  });
  out.push(source.slice(from));
  return out;
}

/**
 * The characters a pattern's match can start with: 掐.{0,4}脖 → 掐; (拿|持|提)… → 拿 持 提; [二三]… → 二 三. A leading
 * lookaround ((?<!合伙…)(?<=跟他)掰了 → 掰) takes no character, so the match starts with what follows it: without this,
 * such a pattern was run at every word of every text.
 */
export function firstCharsOf(source: string): string[] | null {
  // 打人|揍了: a match starts with what any alternative starts with.
  const alternatives = topLevelAlternatives(source);
  if (alternatives.length > 1) {
    const firsts = alternatives.map((a) => firstCharsOf(a));
    return firsts.every((f) => f) ? [...new Set(firsts.flat() as string[])] : null;
  }
  if (/^\(\?<?[=!]/.test(source)) {
    const end = groupEnd(source);
    return end < 0 ? null : firstCharsOf(source.slice(end + 1));
  }
  const c = source[0];
  // What stands at i may be absent: ?, * or a count from zero ({0,3}). A count of one or more ({1,2}) keeps it.
  const optional = (i: number) => source[i] === '?' || source[i] === '*' || (source[i] === '{' && /^\{0[,}]/.test(source.slice(i)));
  if (c === '(' && !source.startsWith('(?')) {
    const end = groupEnd(source);
    if (end < 0 || optional(end + 1)) return null;
    const alts = source.slice(1, end).split('|');
    const firsts = alts.map((a) => firstCharsOf(a));
    return firsts.every((f) => f) ? [...new Set(firsts.flat() as string[])] : null;
  }
  if (c === '[') {
    const end = source.indexOf(']');
    const inner = source.slice(1, end);
    if (end < 0 || inner.startsWith('^') || inner.includes('-') || inner.includes('\\') || optional(end + 1)) return null;
    return [...inner];
  }
  if (!c || '\\.^$|?*+{}()[]'.includes(c) || optional(1)) return null;
  return [c];
}

/** The pattern's leading literal characters (a character made optional by the quantifier after it excluded). */
export function literalPrefixOf(source: string): string {
  if (topLevelAlternatives(source).length > 1) return '';
  let end = 0;
  while (end < source.length && !'\\.^$|?*+{}()[]'.includes(source[end])) end++;
  if (end < source.length && '?*{'.includes(source[end])) end--;
  return end > 1 ? source.slice(0, end) : '';
}

/**
 * The runs of literal characters a pattern has outside any group, class or escape and before no quantifier (分开 of
 * (…月|年底|…)分开(了)?; 法院 and 裁定 of (今年|…)[^。]{0,6}法院[^。…]{0,4}裁定…): each stands whole, one character after
 * another, in every match, so a text without one of them holds no match. None for a pattern of alternatives at its top
 * (A|B), which needs neither's.
 */
export function requiredOf(source: string): string[] {
  if (topLevelAlternatives(source).length > 1) return [];
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      // An escape (\u4e00, \d, \s…) ends the run; what it escapes is not read as a literal (nor are \u's digits).
      end();
      i++;
      if (
        source[i] === 'u' ||
        source[i] === 'x' ||
        source[i] === 'p' ||
        source[i] === 'P' ||
        source[i] === 'k' ||
        /[0-9]/.test(source[i] ?? '')
      )
        return runs;
    } else if (ch === '[') {
      end();
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '(') {
      end();
      const close = groupEnd(source.slice(i));
      if (close < 0) return [];
      i += close;
    } else if (ch === '?' || ch === '*' || ch === '+' || ch === '{') {
      // The character before a quantifier may be absent or repeated: the run ends before it. What stands after {
      // (a count) is not read.
      run = run.slice(0, -1);
      end();
      if (ch === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) return runs;
        i = close;
      }
    } else if ('.^$|)]}'.includes(ch)) end();
    else run += ch;
  }
  end();
  return runs;
}

function patternOf(term: string): Pattern {
  let p = compiled.get(term);
  if (!p) {
    const source = term.slice(3);
    compiled.set(
      term,
      (p = {
        sticky: new RegExp(source, 'y'),
        firsts: firstCharsOf(source),
        prefix: literalPrefixOf(source),
        search: new RegExp(source, 'g'),
      }),
    );
  }
  return p;
}

/**
 * Every occurrence of `term` that is made of whole words: 扇 is not found in 电风扇, 动手 not in
 * 动手术. A term is a literal, or with the prefix `re:` a regular expression for what a literal cannot
 * say (掐.{0,4}脖: 掐住她脖子); a pattern must start on a word, and may end inside one (脖 of 脖子).
 */
export function findTerm(a: AnalyzedText, term: string, index?: TermIndex): readonly TermMatch[] {
  const id = index?.ids.get(term);
  if (id !== undefined) return literalMatches(a, index!)[id] ?? NONE;
  if (term.startsWith('re:')) {
    let found = a.patternMatches.get(term);
    if (!found) {
      const { sticky, firsts } = patternOf(term);
      found = [];
      const starts = firsts
        ? firsts.flatMap((c) => wordStarts(a, c.charCodeAt(0)) ?? []).sort((x, y) => x - y)
        : a.tokens.map((t) => t.start);
      for (const at of starts) {
        sticky.lastIndex = at;
        const m = sticky.exec(a.text);
        if (m?.[0]) found.push({ start: at, end: at + m[0].length, text: m[0] });
      }
      a.patternMatches.set(term, found);
    }
    return found;
  }
  const starts = wordStarts(a, term.charCodeAt(0));
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

const TRANSPARENT = new Set(['对', '向', '给', '实施', '进行']);
/** True when one of `cues` is a word among the `window` words before token `k`, in the same clause. */
export function cueBefore(a: AnalyzedText, k: number, cues: ReadonlySet<string>, window: number): boolean {
  const clause = a.tokens[k]?.clause;
  for (let j = k - 1, seen = 0; j >= 0 && seen < window; j--) {
    const t = a.tokens[j];
    if (t.clause !== clause) return false;
    if (hasSpace(t.word)) continue;
    if (cues.has(t.word)) return true;
    // 未对原告实施殴打: the words that only say to whom, or that the act was carried out, do not count.
    if (TRANSPARENT.has(t.word)) continue;
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
