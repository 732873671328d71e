/**
 * Splits the 12345 hotline complaints (`hotline-fuzhou`: timeofmei/work `data/诉求数据汇总.xlsx`,
 * sheet 汇总) by document into development and test halves: the complaint ids (column `id`) are
 * shuffled by a seeded draw (mulberry32, seed below) and the first half is development, the rest test.
 *
 * Order that matters (see LABELLING.md): this script and its assignment (`hotline-split.tsv`) were
 * committed before any complaint was labelled or any engine output on one was read. It reads only
 * the id column. After that only the development half may be error-analysed; the test half is
 * scored, never read for tuning.
 *
 *   npx tsx test/eval/real/split-hotline.ts     # writes hotline-split.tsv (prints counts only)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeededRandom } from '../../../libs/simulation/src';

const DIR = __dirname;
export const HOTLINE_SEED = 20261201;
export const HOTLINE_SPLIT = join(DIR, 'hotline-split.tsv');
export const HOTLINE_REPO = 'timeofmei/work';
export const HOTLINE_FILE = 'data/诉求数据汇总.xlsx';

/** The assignment: a seeded Fisher–Yates shuffle of the sorted ids, first half development. */
export function drawHotlineSplit(ids: readonly string[]): Map<string, 'dev' | 'test'> {
  const docs = [...new Set(ids)].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const rng = new SeededRandom(HOTLINE_SEED);
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [docs[i], docs[j]] = [docs[j], docs[i]];
  }
  return new Map(docs.map((d, i) => [d, i < Math.ceil(docs.length / 2) ? 'dev' : 'test']));
}

/** The committed assignment. */
export function readHotlineSplit(): Map<string, 'dev' | 'test'> {
  const out = new Map<string, 'dev' | 'test'>();
  for (const line of readFileSync(HOTLINE_SPLIT, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [doc, part] = line.split('\t');
    out.set(doc, part as 'dev' | 'test');
  }
  return out;
}

/** The workbook from the fetched snapshot (REAL_SOURCES, default /work/.mirror). */
export function hotlineWorkbook(): Buffer {
  const mirrors = process.env.REAL_SOURCES ?? '/work/.mirror';
  const dir = join(mirrors, HOTLINE_REPO.replace('/', '+'), 'repo');
  if (!existsSync(join(dir, 'HEAD'))) throw new Error(`${HOTLINE_REPO}: no fetched snapshot under ${mirrors}`);
  return execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${HOTLINE_FILE}`], { maxBuffer: 1 << 28 });
}

/** The ids of sheet 汇总 (sheet1.xml) rows, read from the `id` column alone (column A). */
function hotlineIds(book: Buffer): string[] {
  const tmp = join(tmpdir(), `hotline-${process.pid}.xlsx`);
  writeFileSync(tmp, book);
  const sheet = execFileSync('unzip', ['-p', tmp, 'xl/worksheets/sheet1.xml'], { maxBuffer: 1 << 28 }).toString('utf8');
  const ids: string[] = [];
  for (const m of sheet.matchAll(/<c r="A(\d+)"[^>]*?>(?:<v>(\d+)<\/v>)/g)) if (m[1] !== '1') ids.push(m[2]);
  return ids;
}

function main(): void {
  const ids = hotlineIds(hotlineWorkbook());
  const split = drawHotlineSplit(ids);
  const rows = [...split].sort((a, b) => Number(a[0]) - Number(b[0]));
  writeFileSync(
    HOTLINE_SPLIT,
    `# hotline-fuzhou complaint id\tpart — seeded draw (split-hotline.ts, seed ${HOTLINE_SEED}), committed before any complaint was labelled or scored\n` +
      rows.map(([d, p]) => `${d}\t${p}`).join('\n') +
      '\n',
  );
  const dev = rows.filter((r) => r[1] === 'dev').length;
  console.log(`hotline-fuzhou: ${ids.length} ids (${split.size} distinct), ${dev} development, ${split.size - dev} test`);
}

if (require.main === module) main();
