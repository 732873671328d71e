/** Where a factor's evidence lies in a record (the risk engine's `factors[].evidence`). */
export interface EvidenceSpan {
  recordId: string;
  field: string;
  start?: number;
  end?: number;
  text: string;
}

export interface Segment {
  text: string;
  /** The factor labels this piece of text is evidence for; empty for plain text. */
  marks: string[];
}

/**
 * Splits one text field of a record into plain and highlighted pieces for the factors whose evidence
 * points into it. A span is taken at its offsets when the text there is the evidence's; otherwise (a
 * record revised since, offsets of a normalised text) at the evidence's first occurrence; evidence not
 * found in the text is left out rather than marked in the wrong place.
 */
export function highlight(text: string, evidence: { label: string; span: EvidenceSpan }[]): Segment[] {
  const ranges: { start: number; end: number; label: string }[] = [];
  for (const { label, span } of evidence) {
    if (!span.text) continue;
    const start = span.start !== undefined && text.slice(span.start, span.end) === span.text ? span.start : text.indexOf(span.text);
    if (start < 0) continue;
    ranges.push({ start, end: start + span.text.length, label });
  }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    if (from === to) continue;
    const marks = [...new Set(ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.label))];
    const last = out[out.length - 1];
    if (last && last.marks.join('|') === marks.join('|')) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), marks });
  }
  return out;
}

/** The record id the risk engine writes into evidence: `<source>:<sourceRef>#<revision>`. */
export function recordIdOf(a: { source: string; sourceRef: string; revision: number }): string {
  return `${a.source}:${a.sourceRef}#${a.revision}`;
}
