/**
 * Agreement of the blind second annotator with the labels of LABELLING.md's extended step 3 (2026-12-03), on the seeded
 * 100 of the 354 records that step added (the first 100 by sha256("relabel-second|2026-12-03|" + id)).
 *
 *   npx tsx test/eval/real/relabel-2026-12-03/compare.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManual } from '../build-real-set';
import { cohensKappa } from '../second-annotator';

const HERE = __dirname;
const rows = (file: string) =>
  readFileSync(join(HERE, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));

export function compareSecondAnnotator(): { n: number; agree: number; kappa: number; levelAgree: number; disagreements: string[] } {
  const manual = readManual();
  const second = rows('second-annotator-labels.tsv');
  const ids = rows('second-annotator-sample.tsv').map((r) => r[0]);
  const seeded = [...ids].sort((a, b) => (hash(a) < hash(b) ? -1 : 1));
  if (seeded.join() !== ids.join()) throw new Error('the sample is not in the seeded order');
  let levelAgree = 0;
  const set: boolean[] = [];
  const other: boolean[] = [];
  const disagreements: string[] = [];
  for (const [id, fam, level, note] of second) {
    const m = manual.get(id);
    if (!m) throw new Error(`${id}: no hand label`);
    set.push(m.familyRomantic);
    other.push(fam === '1');
    if (m.level === level) levelAgree++;
    else disagreements.push(`${id}\tset ${m.level}\tsecond ${level}\t${note ?? ''}`);
  }
  const { agreement, kappa } = cohensKappa(set, other);
  const n = set.length;
  return { n, agree: Math.round(agreement * n), kappa, levelAgree, disagreements };
}

function hash(id: string): string {
  return createHash('sha256').update(`relabel-second|2026-12-03|${id}`).digest('hex');
}

if (require.main === module) {
  const r = compareSecondAnnotator();
  console.log(`family-or-romantic ${r.agree}/${r.n}, Cohen's kappa ${r.kappa.toFixed(3)}; exact level ${r.levelAgree}/${r.n}`);
  for (const d of r.disagreements) console.log(`  ${d}`);
}
