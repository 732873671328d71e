/**
 * Agreement of the blind second annotator with the labels of LABELLING.md's extended step 3 (2026-12-03), on the seeded
 * 100 of the 354 records that step added (the first 100 by sha256("relabel-second|2026-12-03|" + id)).
 *
 *   npx tsx test/eval/real/relabel-2026-12-03/compare.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSULTATIONS_READ, readManual } from '../build-real-set';
import { cohensKappa, firstByHash, parseSecondLabels } from '../second-annotator';

const HERE = __dirname;
const SEED = 'relabel-second|2026-12-03|';
/** The file without its `#` header: the blind labellers' files open with one. */
const body = (file: string) =>
  readFileSync(join(HERE, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .join('\n');

export function compareSecondAnnotator(): { n: number; agree: number; kappa: number; levelAgree: number; disagreements: string[] } {
  // The labels as they stood when this comparison was made, before the consultations were read again (2026-12-06).
  const manual = readManual({ before: CONSULTATIONS_READ });
  const second = parseSecondLabels(body('second-annotator-labels.tsv'));
  const ids = body('second-annotator-sample.tsv')
    .split('\n')
    .map((l) => l.split('\t')[0]);
  const seeded = firstByHash(
    ids.map((id) => ({ id })),
    SEED,
    ids.length,
  ).map((r) => r.id);
  if (seeded.join() !== ids.join()) throw new Error('the sample is not in the seeded order');
  let levelAgree = 0;
  const set: boolean[] = [];
  const other: boolean[] = [];
  const disagreements: string[] = [];
  for (const { id, familyRomantic, level, note } of second) {
    const m = manual.get(id);
    if (!m) throw new Error(`${id}: no hand label`);
    set.push(m.familyRomantic);
    other.push(familyRomantic);
    if (m.level === level) levelAgree++;
    else disagreements.push(`${id}\tset ${m.level}\tsecond ${level}\t${note}`);
  }
  const { agreement, kappa } = cohensKappa(set, other);
  const n = set.length;
  return { n, agree: Math.round(agreement * n), kappa, levelAgree, disagreements };
}

if (require.main === module) {
  const r = compareSecondAnnotator();
  console.log(`family-or-romantic ${r.agree}/${r.n}, Cohen's kappa ${r.kappa.toFixed(3)}; exact level ${r.levelAgree}/${r.n}`);
  for (const d of r.disagreements) console.log(`  ${d}`);
}
