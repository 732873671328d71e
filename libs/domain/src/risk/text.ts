/** Folds full-width forms to ASCII and drops spaces, so matching sees one spelling. */
export function foldText(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const CLAUSE_BREAK = /[，。；！？,.;!?\n]/;

/** Every position of `term` in `text`. */
export function findAll(text: string, term: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) out.push(i);
  return out;
}

/**
 * True when a negation cue stands within `window` characters before `at`, in the same clause:
 * 未动手, 没有打人, 否认威胁, 无人员受伤. A cue after the term (男方打了她，男方否认) does not deny it.
 */
export function isNegated(text: string, at: number, cues: readonly string[], window: number): boolean {
  let from = at;
  for (let i = at - 1; i >= 0 && at - i <= window; i--) {
    if (CLAUSE_BREAK.test(text[i])) break;
    from = i;
  }
  const before = text.slice(from, at);
  return cues.some((c) => before.includes(c));
}
