/**
 * Gives the news-style source `lawcrime-stories` a development part: its 1,000 documents
 * (corpus_crime/1.txt … 1000.txt) are shuffled by a seeded draw (mulberry32, seed below) and the
 * first half is development, the rest test. By document, so a story is wholly in one part.
 *
 * Order that matters (see LABELLING.md): this script and its assignment (`lawcrime-split.tsv`) were
 * committed before any record of the source or any error on it was read. After that only the
 * development half may be read or error-analysed; the test half is scored, never read.
 *
 * `npx tsx test/eval/real/split-lawcrime.ts` writes the assignment and sets the `split` of the
 * source's records in real-set.jsonl to it (nothing else in the file changes; no text is printed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeededRandom } from '../../../libs/simulation/src';

const DIR = __dirname;
export const LAWCRIME_SEED = 20261130;
export const LAWCRIME_SPLIT = join(DIR, 'lawcrime-split.tsv');

/** The assignment: document → part (a seeded Fisher–Yates shuffle, first half development). */
export function drawLawcrimeSplit(): Map<string, 'dev' | 'test'> {
  const docs = Array.from({ length: 1000 }, (_, i) => `corpus_crime/${i + 1}.txt`);
  const rng = new SeededRandom(LAWCRIME_SEED);
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [docs[i], docs[j]] = [docs[j], docs[i]];
  }
  return new Map(docs.map((d, i) => [d, i < docs.length / 2 ? 'dev' : 'test']));
}

/** The committed assignment (what build-real-set.ts and this script apply). */
export function readLawcrimeSplit(): Map<string, 'dev' | 'test'> {
  const out = new Map<string, 'dev' | 'test'>();
  for (const line of readFileSync(LAWCRIME_SPLIT, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [doc, part] = line.split('\t');
    out.set(doc, part as 'dev' | 'test');
  }
  return out;
}

function main(): void {
  const split = drawLawcrimeSplit();
  const byNumber = [...split].sort((a, b) => parseInt(a[0].split('/')[1]) - parseInt(b[0].split('/')[1]));
  writeFileSync(
    LAWCRIME_SPLIT,
    `# lawcrime-stories document\tpart — seeded draw (split-lawcrime.ts, seed ${LAWCRIME_SEED}), committed before any record was read\n` +
      byNumber.map(([d, p]) => `${d}\t${p}`).join('\n') +
      '\n',
  );
  const file = join(DIR, 'real-set.jsonl');
  let dev = 0;
  let test = 0;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { source: string; doc: string; split: string };
      if (r.source !== 'lawcrime-stories') return l;
      r.split = split.get(r.doc) ?? 'test';
      if (r.split === 'dev') dev++;
      else test++;
      return JSON.stringify(r);
    });
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`lawcrime-stories: ${dev} records development, ${test} test`);
}

if (require.main === module) main();
