import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClassifySession } from './classify';

export const EVAL_SET = join(__dirname, '..', '..', '..', '..', 'test', 'eval', 'eval-set.jsonl');
const LEVELS = ['red', 'orange', 'yellow', 'blue', 'none'] as const;

interface Labelled {
  id: string;
  split: 'dev' | 'heldout';
  hard?: boolean;
  scenario: string;
  text: string;
  label: { domain: string; familyRomantic: boolean; level: (typeof LEVELS)[number] };
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

export function score(pairs: { label: Labelled['label']; familyRomantic: boolean; level: string }[]): Scores {
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

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function renderScores(title: string, s: Scores): string {
  const rows = LEVELS.map((l) => `  ${l.padEnd(8)}${LEVELS.map((m) => String(s.confusion[l][m]).padStart(8)).join('')}`);
  return [
    `${title} (${s.n} records)`,
    `  family-or-romantic   precision ${pct(s.family.precision)}  recall ${pct(s.family.recall)}  F1 ${s.family.f1.toFixed(3)}`,
    `  red-or-orange        precision ${pct(s.redOrange.precision)}  recall ${pct(s.redOrange.recall)}  F1 ${s.redOrange.f1.toFixed(3)}`,
    `  exact level          ${pct(s.levelAccuracy)}`,
    `  confusion (rows: labelled level, columns: assessed level)`,
    `  ${''.padEnd(8)}${LEVELS.map((l) => l.padStart(8)).join('')}`,
    ...rows,
  ].join('\n');
}

/**
 * `npm run eval`: the evaluation set through the same code as `classify`. Mistakes are listed for the
 * dev part only: the held-out part is for measuring, never for tuning.
 */
export function evaluate(options: { showErrors: boolean; file?: string }): { text: string; heldout: Scores; dev: Scores } {
  const records = readFileSync(options.file ?? EVAL_SET, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  const session = new ClassifySession();
  const results = records.map((r) => {
    const { label: _l, split: _s, hard: _h, scenario: _c, ...input } = r;
    const out = session.line(JSON.stringify(input));
    if (out.error) throw new Error(`${r.id}: ${out.error}`);
    return { r, familyRomantic: !!out.familyRomantic, level: out.riskLevel ?? 'none', out };
  });
  const of = (split: string) =>
    results.filter((x) => x.r.split === split).map((x) => ({ label: x.r.label, familyRomantic: x.familyRomantic, level: x.level }));
  const dev = score(of('dev'));
  const heldout = score(of('heldout'));
  const lines = [renderScores('dev', dev), '', renderScores('held-out', heldout)];
  if (options.showErrors) {
    lines.push('', 'dev mistakes:');
    for (const x of results.filter(
      (y) => y.r.split === 'dev' && (y.level !== y.r.label.level || y.familyRomantic !== y.r.label.familyRomantic),
    )) {
      lines.push(
        `  ${x.r.id} [${x.r.scenario}] labelled ${x.r.label.domain}/${x.r.label.level}, assessed ${x.out.domain}/${x.level} (${x.out.riskScore}) ${x.r.text.slice(0, 60)} :: ${x.out.factors?.map((f) => `${f.code}+${f.weight}`).join(' ')}`,
      );
    }
  }
  return { text: lines.join('\n'), heldout, dev };
}
