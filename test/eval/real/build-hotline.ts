/**
 * Adds the 12345 hotline complaints (`hotline-fuzhou`) to real-set.jsonl, replacing any earlier copy
 * of the source and leaving every other record as it is. Rebuilds from the fetched snapshot of
 * timeofmei/work (`data/诉求数据汇总.xlsx`, sheet 汇总: 1,464 complaints about the city's rivers,
 * drains and neighbourhoods, typed 投诉/咨询/建议/举报/求助). The repository has no licence, so only
 * short excerpts are kept (title and complaint, at most 400 characters, names and phone numbers
 * stripped), with ids, a hash of the full text and derived labels. The split is the committed draw
 * of split-hotline.ts; labels follow LABELLING.md (no metadata says "family": a complaint is not
 * one unless a person reading it finds otherwise, step 3, `manual-labels.tsv`).
 *
 *   npx tsx test/eval/real/build-hotline.ts    # updates real-set.jsonl and review-queue.tsv
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  NearDuplicates,
  needsReview,
  readManual,
  readRealSet,
  type RealRecord,
  sha,
  squash,
  stripPersonalData,
  xlsxRows,
} from './build-real-set';
import { HOTLINE_FILE, HOTLINE_REPO, hotlineWorkbook, readHotlineSplit } from './split-hotline';

const OUT = __dirname;
const SOURCE = 'hotline-fuzhou';
const EXCERPT = 400;

/** Rows of sheet 汇总 as header → value. */
function complaints(book: Buffer): Record<string, string>[] {
  const [head, ...body] = xlsxRows(book);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function main(): void {
  const file = join(OUT, 'real-set.jsonl');
  const others = readRealSet().filter((r) => r.source !== SOURCE);
  const split = readHotlineSplit();
  const manual = readManual();
  // Near duplicates of every record already kept are dropped.
  const seen = new NearDuplicates();
  for (const r of others) seen.keepAlways(r.text);
  const kept: RealRecord[] = [];
  const queue: string[] = [];
  let dropped = 0;
  complaints(hotlineWorkbook()).forEach((row, i) => {
    const id = row['id'];
    const content = squash(row['投诉件内容'] ?? '');
    if (!id || !content) return;
    const title = squash(row['标题'] ?? '');
    const full = title && !content.startsWith(title) ? `${title}。${content}` : content;
    const text = stripPersonalData(full.slice(0, EXCERPT));
    if (text.length < 8) return;
    if (!seen.keep(text)) {
      dropped++;
      return;
    }
    const r: RealRecord = {
      id: `${SOURCE}:${id}`,
      feed: 'petition',
      date: new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10),
      text,
      source: SOURCE,
      doc: id,
      docHash: sha(full).slice(0, 16),
      split: split.get(id) ?? 'test',
    };
    const m = manual.get(r.id);
    if (m) {
      r.label = m;
      r.labelledBy = 'manual';
    } else if (needsReview(r)) {
      queue.push(`${r.id}\t?\t${r.text}`);
    } else {
      r.label = { familyRomantic: false, level: 'none' };
      r.labelledBy = 'metadata';
    }
    kept.push(r);
  });
  writeFileSync(file, [...others, ...kept].map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(join(OUT, 'review-queue.tsv'), queue.join('\n') + (queue.length ? '\n' : ''));
  const sources = join(OUT, 'SOURCES.tsv');
  const commit = execFileSync('git', [
    '--git-dir',
    join(process.env.REAL_SOURCES ?? '/work/.mirror', 'timeofmei+work', 'repo'),
    'rev-parse',
    'HEAD',
  ])
    .toString()
    .trim();
  const lines = readFileSync(sources, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith(`${SOURCE}\t`));
  lines.push(`${SOURCE}\t${HOTLINE_REPO}@${commit}\tno licence: excerpts of at most 400 characters (${HOTLINE_FILE}, sheet 汇总)`);
  writeFileSync(sources, lines.join('\n') + '\n');
  const dev = kept.filter((r) => r.split === 'dev').length;
  console.log(
    `${SOURCE}: ${kept.length} records (${dropped} near-duplicates dropped), dev ${dev}, test ${kept.length - dev}; ${queue.length} await a hand label`,
  );
}

if (require.main === module && existsSync(join(OUT, 'hotline-split.tsv'))) main();
