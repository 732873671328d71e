export const LEVELS = ['red', 'orange', 'yellow', 'blue', 'none'] as const;
export type Level = (typeof LEVELS)[number];

/** What a record is labelled: family or romantic, and the level it deserves. */
export interface Label {
  domain?: string;
  familyRomantic: boolean;
  level: Level;
}

/** What an engine (or the baseline) made of a record. */
export interface Judgement {
  familyRomantic: boolean;
  level: string;
}

export interface Scores {
  n: number;
  family: { precision: number; recall: number; f1: number };
  redOrange: { precision: number; recall: number; f1: number };
  levelAccuracy: number;
  confusion: Record<string, Record<string, number>>;
}

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function score(pairs: ({ label: Label } & Judgement)[]): Scores {
  let fTp = 0, fFp = 0, fFn = 0, hTp = 0, hFp = 0, hFn = 0, exact = 0; // prettier-ignore
  const confusion: Scores['confusion'] = Object.fromEntries(LEVELS.map((l) => [l, Object.fromEntries(LEVELS.map((m) => [m, 0]))]));
  const high = (l: string) => l === 'red' || l === 'orange';
  for (const p of pairs) {
    if (p.familyRomantic && p.label.familyRomantic) fTp++;
    else if (p.familyRomantic) fFp++;
    else if (p.label.familyRomantic) fFn++;
    if (high(p.level) && high(p.label.level)) hTp++;
    else if (high(p.level)) hFp++;
    else if (high(p.label.level)) hFn++;
    if (p.level === p.label.level) exact++;
    confusion[p.label.level][p.level] = (confusion[p.label.level][p.level] ?? 0) + 1;
  }
  return {
    n: pairs.length,
    family: prf(fTp, fFp, fFn),
    redOrange: prf(hTp, hFp, hFn),
    levelAccuracy: pairs.length ? exact / pairs.length : 0,
    confusion,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

export function renderScores(title: string, engine: Scores, baseline: Scores): string {
  const line = (name: string, s: Scores) =>
    `  ${name.padEnd(9)} family P ${pct(s.family.precision)} R ${pct(s.family.recall)} F1 ${s.family.f1.toFixed(3)} | ` +
    `red-or-orange P ${pct(s.redOrange.precision)} R ${pct(s.redOrange.recall)} | exact level ${pct(s.levelAccuracy)}`;
  const matrix = (s: Scores) => LEVELS.map((l) => LEVELS.map((m) => String(s.confusion[l][m]).padStart(5)).join(''));
  const e = matrix(engine);
  const b = matrix(baseline);
  return [
    `${title} (${engine.n} records)`,
    line('engine', engine),
    line('baseline', baseline),
    `  confusion, rows labelled, columns assessed:   engine${' '.repeat(18)}baseline`,
    `  ${''.padEnd(8)}${LEVELS.map((l) => l.slice(0, 4).padStart(5)).join('')}     ${LEVELS.map((l) => l.slice(0, 4).padStart(5)).join('')}`,
    ...LEVELS.map((l, i) => `  ${l.padEnd(8)}${e[i]}     ${b[i]}`),
  ].join('\n');
}
