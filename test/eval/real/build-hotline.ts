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
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsReview, stripPersonalData, type RealRecord } from './build-real-set';
import { HOTLINE_FILE, HOTLINE_REPO, hotlineWorkbook, readHotlineSplit } from './split-hotline';

const OUT = __dirname;
const SOURCE = 'hotline-fuzhou';
const EXCERPT = 400;
type Level = 'red' | 'orange' | 'yellow' | 'blue' | 'none';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Rows of sheet 汇总 as header → value. */
function complaints(book: Buffer): Record<string, string>[] {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-'));
  const path = join(dir, 'f.xlsx');
  writeFileSync(path, book);
  const part = (name: string) => execFileSync('unzip', ['-p', path, name], { maxBuffer: 1 << 28 }).toString('utf8');
  const unescape = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const shared = [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape(m[1]));
  const rows: string[][] = [];
  for (const row of part('xl/worksheets/sheet1.xml').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const col = [...c[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')?.[1];
      cells[col] = c[2].includes('t="s"') && v !== undefined ? shared[Number(v)] : unescape(v ?? '');
    }
    rows.push(cells);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function shingles(text: string): Set<string> {
  const t = text.replace(/[\s\p{P}]/gu, '');
  const s = new Set<string>();
  for (let i = 0; i + 5 <= t.length; i++) s.add(t.slice(i, i + 5));
  if (t.length < 5) s.add(t);
  return s;
}

function readManual(): Map<string, { familyRomantic: boolean; level: Level }> {
  const out = new Map<string, { familyRomantic: boolean; level: Level }>();
  for (const line of readFileSync(join(OUT, 'manual-labels.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, fam, level] = line.split('\t');
    out.set(id, { familyRomantic: fam === '1', level: (fam === '1' ? level : 'none') as Level });
  }
  return out;
}

function main(): void {
  const file = join(OUT, 'real-set.jsonl');
  const others = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealRecord)
    .filter((r) => r.source !== SOURCE);
  const split = readHotlineSplit();
  const manual = readManual();
  // Near-duplicate index over every record already kept (Jaccard ≥ 0.7 of 5-gram shingles).
  const index = new Map<string, number[]>();
  const sets: Set<string>[] = [];
  const add = (s: Set<string>) => {
    const k = sets.push(s) - 1;
    for (const g of s) {
      let l = index.get(g);
      if (!l) index.set(g, (l = []));
      l.push(k);
    }
  };
  const isDup = (s: Set<string>) => {
    const shared = new Map<number, number>();
    for (const g of s) for (const k of index.get(g) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    return [...shared].some(([k, n]) => n / (s.size + sets[k].size - n) >= 0.7);
  };
  for (const r of others) add(shingles(r.text));
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
    const s = shingles(text);
    if (isDup(s)) {
      dropped++;
      return;
    }
    add(s);
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
