/**
 * Every `lawyer-llama` consultation read again by blind readers (LABELLING.md, "The consultations read again"), so that
 * the consultations follow one convention: the brief of lawyer-llama-advice (a question about the asker's own matter
 * between relatives is family; a bare question about a rule is none), not step 1's cited-articles rule.
 *
 *   npx tsx test/eval/real/consultations-read-2026-12-06/read.ts inputs    # the six readers' inputs and the second annotator's sample (id, text)
 *   npx tsx test/eval/real/consultations-read-2026-12-06/read.ts apply     # the read labels into real-set.jsonl (refuses while one is missing)
 *   npx tsx test/eval/real/consultations-read-2026-12-06/read.ts compare   # the second annotator's agreement, and what the reading changed
 *
 * The inputs are the source's records in the set's order cut into six consecutive parts; the sample is the first 100 by
 * sha256("ll-read-second|2026-12-06|" + id). The readers' labels are the block of manual-labels.tsv headed
 * CONSULTATIONS_READ; the second annotator's are second-annotator-labels.tsv, committed before `compare` was first run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSULTATIONS_READ, type Level, readManual, readRealSet, type RealRecord } from '../build-real-set';
import { cohensKappa, firstByHash, parseSecondLabels } from '../second-annotator';

const HERE = __dirname;
const SOURCE = 'lawyer-llama';
const SEED = 'll-read-second|2026-12-06|';
const PARTS = 6;

const consultations = (set: readonly RealRecord[]) => set.filter((r) => r.source === SOURCE);
export const readSample = (records: readonly RealRecord[]) => firstByHash([...records], SEED, 100);

/** The ids the reading block labels, with their labels. */
function readBlock(): Map<string, { familyRomantic: boolean; level: Level }> {
  const lines = readFileSync(join(HERE, '..', 'manual-labels.tsv'), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(CONSULTATIONS_READ));
  if (at < 0) throw new Error(`manual-labels.tsv has no block headed "${CONSULTATIONS_READ}"`);
  const out = new Map<string, { familyRomantic: boolean; level: Level }>();
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith('#')) break;
    if (!line.trim()) continue;
    const [id, fam, level] = line.split('\t');
    out.set(id, { familyRomantic: fam === '1', level: (fam === '1' ? level : 'none') as Level });
  }
  return out;
}

export function compareRead(): {
  second: { n: number; agree: number; kappa: number; levelAgree: number; disagreements: string[] };
  changed: { split: string; n: number; familyBefore: number; familyAfter: number; flipped: number }[];
} {
  const set = readRealSet();
  const read = readBlock();
  const sample = readSample(consultations(set));
  const labels = new Map(parseSecondLabels(body('second-annotator-labels.tsv')).map((l) => [l.id, l]));
  const a: boolean[] = [];
  const b: boolean[] = [];
  const disagreements: string[] = [];
  let levelAgree = 0;
  for (const r of sample) {
    const s = labels.get(r.id);
    const m = read.get(r.id);
    if (!s || !m) throw new Error(`${r.id}: no ${s ? 'reading' : 'second'} label`);
    a.push(m.familyRomantic);
    b.push(s.familyRomantic);
    if (m.level === s.level) levelAgree++;
    else disagreements.push(`${r.id}\tset ${m.level}\tsecond ${s.level}\t${s.note}`);
  }
  const { agreement, kappa } = cohensKappa(a, b);
  // What the reading changed: the labels before it (step 1's cited articles, the earlier hand labels) against it.
  const before = readManual({ before: CONSULTATIONS_READ });
  const changed = (['dev', 'test'] as const).map((split) => {
    const rs = consultations(set).filter((r) => r.split === split);
    const old = (r: RealRecord) => before.get(r.id)?.familyRomantic ?? r.metaFamily === true;
    return {
      split,
      n: rs.length,
      familyBefore: rs.filter(old).length,
      familyAfter: rs.filter((r) => read.get(r.id)?.familyRomantic).length,
      flipped: rs.filter((r) => old(r) !== read.get(r.id)?.familyRomantic).length,
    };
  });
  return { second: { n: a.length, agree: Math.round(agreement * a.length), kappa, levelAgree, disagreements }, changed };
}

const body = (file: string) =>
  readFileSync(join(HERE, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .join('\n');

function main(command: string | undefined): void {
  const set = readRealSet();
  const records = consultations(set);
  if (command === 'inputs') {
    const size = Math.ceil(records.length / PARTS);
    const line = (r: RealRecord) => `${r.id}\t${r.text.replace(/[\t\n]/g, ' ')}`;
    for (let i = 0; i < PARTS; i++)
      writeFileSync(
        join(HERE, `input-${i}.tsv`),
        records
          .slice(i * size, (i + 1) * size)
          .map(line)
          .join('\n') + '\n',
      );
    writeFileSync(join(HERE, 'second-annotator-sample.tsv'), readSample(records).map(line).join('\n') + '\n');
    console.log(`${records.length} consultations in ${PARTS} parts of ${size}; a sample of 100`);
  } else if (command === 'apply') {
    const read = readBlock();
    const missing = records.filter((r) => !read.has(r.id));
    if (missing.length) throw new Error(`${missing.length} consultations have no reading label, e.g. ${missing[0].id}`);
    for (const r of records) {
      r.label = read.get(r.id)!;
      r.labelledBy = 'manual';
    }
    writeFileSync(join(HERE, '..', 'real-set.jsonl'), set.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const fam = records.filter((r) => r.label?.familyRomantic).length;
    console.log(`real-set.jsonl: ${records.length} consultations relabelled by the reading (${fam} family)`);
  } else if (command === 'compare') {
    const { second, changed } = compareRead();
    console.log(
      `second annotator: family-or-romantic ${second.agree}/${second.n}, Cohen's kappa ${second.kappa.toFixed(3)}; exact level ${second.levelAgree}/${second.n}`,
    );
    for (const d of second.disagreements) console.log(`  ${d}`);
    for (const c of changed)
      console.log(
        `${c.split}: ${c.n} consultations, family ${c.familyBefore} before the reading, ${c.familyAfter} after; ${c.flipped} changed side`,
      );
  } else {
    console.error('usage: read.ts inputs|apply|compare');
    process.exitCode = 2;
  }
}

if (require.main === module) main(process.argv[2]);
