/** Folds full-width forms to ASCII and drops spaces, so matching sees one spelling. */
export function foldText(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const CLAUSE_BREAK = /[，。；！？,.;!?\n]/;

export interface TermMatch {
  start: number;
  text: string;
}

const compiled = new Map<string, RegExp>();

/**
 * Every occurrence of `term` in `text`. A term is a literal, or with the prefix `re:` a regular
 * expression for what a literal cannot say: 掐.{0,3}脖 (掐住她脖子, 掐她的脖子), 打(?!工|电话) (not 打工).
 */
export function findAll(text: string, term: string): TermMatch[] {
  const out: TermMatch[] = [];
  if (term.startsWith('re:')) {
    let re = compiled.get(term);
    if (!re) compiled.set(term, (re = new RegExp(term.slice(3), 'g')));
    for (const m of text.matchAll(re)) out.push({ start: m.index, text: m[0] });
    return out;
  }
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) out.push({ start: i, text: term });
  return out;
}

/**
 * True when a negation cue stands within `window` characters before `at`, in the same clause:
 * 未动手, 没有打人, 否认威胁, 无人员受伤. A cue after the term (男方打了她，男方否认) does not deny it.
 */
export function isNegated(text: string, at: number, cues: readonly string[], window: number): boolean {
  return precededBy(text, at, cues, window);
}

/** True when one of `cues` stands within `window` characters before `at`, in the same clause. */
export function precededBy(text: string, at: number, cues: readonly string[], window: number): boolean {
  let from = at;
  for (let i = at - 1; i >= 0 && at - i <= window; i--) {
    if (CLAUSE_BREAK.test(text[i])) break;
    from = i;
  }
  const before = text.slice(from, at);
  return cues.some((c) => before.includes(c));
}
