/**
 * A blind second annotator on `lawyer-llama-advice` (LABELLING.md, "lawyer-llama-advice"): the first 100 of the
 * questions the labellers read and the first 50 of those left unread (none by rule), each ordered by
 * sha256("advice-second|2026-12-06|" + id). The unread 50 say how often a family question names no relation or
 * kin word; the read 100 give the agreement with the labellers.
 *
 *   npx tsx test/eval/real/advice-2026-12-06/second-annotator.ts export    # writes second-annotator-sample.tsv: id and text only
 *   npx tsx test/eval/real/advice-2026-12-06/second-annotator.ts compare   # agreement and Cohen's kappa, read and unread apart
 *
 * The second annotator's labels (second-annotator-labels.tsv) are committed before `compare` is first run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManual, readRealSet, type RealRecord } from '../build-real-set';
import { ADVICE_SOURCE, adviceRecords, needsReading } from '../build-advice';
import { cohensKappa, firstByHash, parseSecondLabels } from '../second-annotator';

const HERE = __dirname;
const SEED = 'advice-second|2026-12-06|';
const READ = 100;
const UNREAD = 50;

const body = (file: string) =>
  readFileSync(join(HERE, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .join('\n');

/** The other sources: the export drew from the fetched file, deduplicated against them, before the source was built. */
const others = () => readRealSet().filter((r) => r.source !== ADVICE_SOURCE);

/** The sample: read first, then unread, each in its seeded order. */
export function adviceSample(records: RealRecord[]): { read: RealRecord[]; unread: RealRecord[] } {
  return {
    read: firstByHash(
      records.filter((r) => needsReading(r.text)),
      SEED,
      READ,
    ),
    unread: firstByHash(
      records.filter((r) => !needsReading(r.text)),
      SEED,
      UNREAD,
    ),
  };
}

export function compareAdvice(): { part: string; n: number; agree: number; kappa: number; levelAgree: number; disagreements: string[] }[] {
  const manual = readManual();
  const second = new Map(parseSecondLabels(body('second-annotator-labels.tsv')).map((l) => [l.id, l]));
  const sample = body('second-annotator-sample.tsv')
    .split('\n')
    .map((l) => l.split('\t')[0]);
  // The built source as committed (real-set.jsonl), so that the comparison needs no fetched snapshot.
  const { read, unread } = adviceSample(readRealSet().filter((r) => r.source === ADVICE_SOURCE));
  if ([...read, ...unread].map((r) => r.id).join() !== sample.join()) throw new Error('the sample is not the seeded draw');
  return [
    ['read by the labellers', read],
    ['unread (none by rule)', unread],
  ].map(([part, records]) => {
    const set: boolean[] = [];
    const other: boolean[] = [];
    const disagreements: string[] = [];
    let levelAgree = 0;
    for (const r of records as RealRecord[]) {
      const s = second.get(r.id);
      if (!s) throw new Error(`${r.id}: no second label`);
      const m = manual.get(r.id) ?? { familyRomantic: false, level: 'none' };
      set.push(m.familyRomantic);
      other.push(s.familyRomantic);
      if (m.level === s.level) levelAgree++;
      else disagreements.push(`${r.id}\tset ${m.level}\tsecond ${s.level}\t${s.note}`);
    }
    const { agreement, kappa } = cohensKappa(set, other);
    return { part: part as string, n: set.length, agree: Math.round(agreement * set.length), kappa, levelAgree, disagreements };
  });
}

if (require.main === module) {
  if (process.argv[2] === 'export') {
    const { read, unread } = adviceSample(adviceRecords(others()).records);
    writeFileSync(
      join(HERE, 'second-annotator-sample.tsv'),
      `# id\ttext — seeded sample (${SEED}): ${READ} read by the labellers, then ${UNREAD} left unread; no labels\n` +
        [...read, ...unread].map((r) => `${r.id}\t${r.text}`).join('\n') +
        '\n',
    );
    console.log(`second-annotator-sample.tsv: ${read.length} read, ${unread.length} unread`);
  } else if (process.argv[2] === 'compare') {
    for (const r of compareAdvice()) {
      console.log(
        `${r.part}: family-or-romantic ${r.agree}/${r.n}, Cohen's kappa ${r.kappa.toFixed(3)}; exact level ${r.levelAgree}/${r.n}`,
      );
      for (const d of r.disagreements) console.log(`  ${d}`);
    }
  } else {
    console.error('usage: second-annotator.ts export|compare');
    process.exitCode = 2;
  }
}
