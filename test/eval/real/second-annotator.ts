/**
 * A second annotator on the real set's test part (LABELLING.md, "Second annotator").
 *
 *   npx tsx test/eval/real/second-annotator.ts export    # writes second-annotator-sample.tsv: texts only, no labels
 *   npx tsx test/eval/real/second-annotator.ts compare   # agreement and Cohen's kappa against the set's labels
 *
 * The sample is the first 100 test-part records ordered by sha256("second-annotator|2026-11-30|" + id):
 * a seeded random draw that anyone can repeat. The export carries id, source, feed and text only, so the
 * second annotator labels blind; the labels are written to second-annotator-labels.tsv (id, family 0/1,
 * level, note) and committed before `compare` is first run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = __dirname;
const SEED = 'second-annotator|2026-11-30|';
const SAMPLE = 100;
const LEVELS = ['red', 'orange', 'yellow', 'blue', 'none'] as const;

interface RealRecord {
  id: string;
  feed: string;
  text: string;
  source: string;
  split: string;
  label: { familyRomantic: boolean; level: string };
}

export interface SecondLabel {
  id: string;
  familyRomantic: boolean;
  level: string;
  note: string;
}

/** The first `size` records ordered by sha256(seed + id): a seeded random draw that anyone can repeat. */
export function firstByHash<T extends { id: string }>(records: T[], seed: string, size: number): T[] {
  const key = (id: string) =>
    createHash('sha256')
      .update(seed + id)
      .digest('hex');
  return records
    .map((r) => ({ r, k: key(r.id) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, size)
    .map((x) => x.r);
}

export function drawSample(records: RealRecord[]): RealRecord[] {
  return firstByHash(
    // The test part as it stood when the sample was drawn (2026-11-30): every news story was test
    // until its development half was split off afterwards (split-lawcrime.ts); the hotline complaints and
    // lawyer-llama-advice (its own second annotator: advice-2026-12-06) came later.
    records.filter(
      (r) => (r.split === 'test' && r.source !== 'hotline-fuzhou' && r.source !== 'lawyer-llama-advice') || r.source === 'lawcrime-stories',
    ),
    SEED,
    SAMPLE,
  );
}

/** Cohen's kappa of two binary ratings: (observed − chance agreement) / (1 − chance agreement). */
export function cohensKappa(a: boolean[], b: boolean[]): { agreement: number; kappa: number } {
  const n = a.length;
  if (n === 0 || n !== b.length) throw new Error('kappa needs two ratings of the same, non-empty list');
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    if (a[i]) aYes++;
    if (b[i]) bYes++;
  }
  const po = agree / n;
  const pe = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  return { agreement: po, kappa: pe === 1 ? 1 : (po - pe) / (1 - pe) };
}

export function parseSecondLabels(tsv: string): SecondLabel[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('id\t'))
    .map((line, i) => {
      const [id, family, level, note = ''] = line.split('\t');
      if (family !== '0' && family !== '1') throw new Error(`line ${i + 2}: family must be 0 or 1, got ${family}`);
      if (!(LEVELS as readonly string[]).includes(level)) throw new Error(`line ${i + 2}: level must be one of ${LEVELS.join(', ')}`);
      if ((family === '1') === (level === 'none')) throw new Error(`line ${i + 2}: a family record is graded, any other is none`);
      return { id, familyRomantic: family === '1', level, note };
    });
}

function readReal(): RealRecord[] {
  return readFileSync(join(DIR, 'real-set.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealRecord);
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function exportSample(): void {
  const rows = drawSample(readReal()).map((r) => [r.id, r.source, r.feed, oneLine(r.text)].join('\t'));
  writeFileSync(join(DIR, 'second-annotator-sample.tsv'), ['id\tsource\tfeed\ttext', ...rows].join('\n') + '\n');
  console.log(`wrote ${rows.length} records (texts only) to second-annotator-sample.tsv`);
}

function compare(): void {
  const byId = new Map(readReal().map((r) => [r.id, r]));
  const second = parseSecondLabels(readFileSync(join(DIR, 'second-annotator-labels.tsv'), 'utf8'));
  const sample = new Set(drawSample([...byId.values()]).map((r) => r.id));
  if (second.length !== sample.size || second.some((s) => !sample.has(s.id))) throw new Error('the labels do not cover exactly the sample');
  const high = (l: string) => l === 'red' || l === 'orange';
  const set = second.map((s) => byId.get(s.id)!.label);
  const family = cohensKappa(
    set.map((l) => l.familyRomantic),
    second.map((s) => s.familyRomantic),
  );
  const redOrange = cohensKappa(
    set.map((l) => high(l.level)),
    second.map((s) => high(s.level)),
  );
  const exact = second.filter((s, i) => s.level === set[i].level).length / second.length;
  console.log(`sample ${second.length} records of the test part (seed "${SEED}")`);
  console.log(`family-or-romantic: agreement ${pct(family.agreement)}, Cohen's kappa ${family.kappa.toFixed(3)}`);
  console.log(`red-or-orange:      agreement ${pct(redOrange.agreement)}, Cohen's kappa ${redOrange.kappa.toFixed(3)}`);
  console.log(`exact level:        agreement ${pct(exact)}`);
  const positives = (f: (l: { familyRomantic: boolean; level: string }) => boolean) =>
    `set ${set.filter(f).length}, second annotator ${second.filter(f).length}`;
  console.log(`family records: ${positives((l) => l.familyRomantic)}; red or orange: ${positives((l) => high(l.level))}`);
  for (const source of [...new Set(second.map((s) => byId.get(s.id)!.source))].sort()) {
    const idx = second.map((s, i) => i).filter((i) => byId.get(second[i].id)!.source === source);
    const agreeBoth = idx.filter((i) => set[i].familyRomantic === second[i].familyRomantic && set[i].level === second[i].level).length;
    console.log(`  ${source}: ${idx.length} records, family and level both agree on ${agreeBoth}`);
  }
  console.log('disagreements (id, source, set label → second label, second annotator note):');
  second.forEach((s, i) => {
    const l = set[i];
    if (l.familyRomantic === s.familyRomantic && l.level === s.level) return;
    const r = byId.get(s.id)!;
    console.log(
      `  ${s.id} ${r.source}: ${l.familyRomantic ? 'family' : 'other'}/${l.level} → ${s.familyRomantic ? 'family' : 'other'}/${s.level}: ${s.note}`,
    );
  });
}

if (require.main === module) {
  const command = process.argv[2];
  if (command === 'export') exportSample();
  else if (command === 'compare') compare();
  else {
    console.error('usage: second-annotator.ts export|compare');
    process.exitCode = 2;
  }
}
