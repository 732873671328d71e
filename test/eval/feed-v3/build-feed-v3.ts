/**
 * Builds test/eval/feed-v3/feed-v3.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v3 record or of a record in the earlier feed-style sets (which the evaluator who wrote v3 never read:
 * only this script reads them, and it names the v3 record, never the other text).
 *
 *   npx tsx test/eval/feed-v3/build-feed-v3.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Feed = 'police110' | 'court' | 'petition';
const LEVELS: Record<string, string> = { 红: 'red', 橙: 'orange', 黄: 'yellow', 蓝: 'blue', 无: 'none' };
const DOMAINS = ['婚姻家庭', '恋爱情感', '其他'];
/** Fields a line of each feed holds: id, code, level, domain, reason, then the texts. */
const WIDTH: Record<Feed, number> = { police110: 7, court: 6, petition: 7 };

/** Sets v3 must not overlap: the development set and the earlier held-out sets, now all used for tuning. */
const EVAL_DIR = join(__dirname, '..');
export const EARLIER_SETS = [
  join(EVAL_DIR, 'eval-set.jsonl'),
  join(EVAL_DIR, 'feed', 'feed-heldout.jsonl'),
  join(EVAL_DIR, 'feed-v2', 'feed-v2.jsonl'),
];
/** Near-duplicate thresholds: character 8-gram Jaccard, or one common run of this many characters. */
export const MAX_JACCARD = 0.2;
export const MAX_COMMON_RUN = 14;
const GRAM = 8;

export interface FeedV3Record {
  id: string;
  feed: Feed;
  date: string;
  text: string;
  disposition?: string;
  category?: string;
  cause?: string;
  subject?: string;
  label: { domain: string; familyRomantic: boolean; level: string; reason: string };
}

/** Date from the id: a day in 2025-09-01 .. 2026-11-25 and, for 110 calls, a time of day. */
function dateFor(id: string, feed: Feed): string {
  const h = createHash('sha256').update(`feed-v3|${id}`).digest();
  const day = new Date(Date.UTC(2025, 8, 1) + (h.readUInt32BE(0) % 450) * 86_400_000);
  const ymd = day.toISOString().slice(0, 10);
  if (feed !== 'police110') return ymd;
  const minutes = h.readUInt16BE(4) % 1440;
  return `${ymd}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

export function parseSource(file: string, feed: Feed): FeedV3Record[] {
  const records: FeedV3Record[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const f = line.split(' | ').map((x) => x.trim());
      const where = `${file}:${i + 1}`;
      if (f.length !== WIDTH[feed]) throw new Error(`${where}: expected ${WIDTH[feed]} fields separated by " | ", got ${f.length}`);
      const [id, code, levelZh, domain, reason] = f;
      const level = LEVELS[levelZh];
      if (!level) throw new Error(`${where}: level must be one of ${Object.keys(LEVELS).join('')}, got ${levelZh}`);
      if (!DOMAINS.includes(domain)) throw new Error(`${where}: domain must be one of ${DOMAINS.join(', ')}, got ${domain}`);
      const familyRomantic = domain !== '其他';
      if (familyRomantic === (level === 'none')) throw new Error(`${where}: a family or romantic record is graded, any other is none`);
      if (!/[a-z]/i.test(reason)) throw new Error(`${where}: every label needs a reason in English`);
      const r: FeedV3Record = { id: `v3-${id}`, feed, date: dateFor(id, feed), text: '', label: { domain, familyRomantic, level, reason } };
      if (feed === 'police110') Object.assign(r, { category: code, text: f[5], ...(f[6] && f[6] !== '-' ? { disposition: f[6] } : {}) });
      if (feed === 'court') Object.assign(r, { cause: code, text: f[5] });
      if (feed === 'petition') Object.assign(r, { category: code, subject: f[5], text: f[6] });
      if (!r.text) throw new Error(`${where}: empty text`);
      records.push(r);
    });
  return records;
}

/** All the free text of a record, as the engine and the baseline see it. */
function wording(r: { text?: unknown; disposition?: unknown; subject?: unknown }): string {
  return [r.subject, r.text, r.disposition].filter((t): t is string => typeof t === 'string').join('。');
}

function grams(text: string, n: number): Set<string> {
  const chars = [...text.replace(/\s+/g, '')];
  const out = new Set<string>();
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return out;
}

/**
 * The longest run of `text` (spaces removed) found in the pool, if it reaches MAX_COMMON_RUN characters:
 * where it starts in the v3 record and how long it is, so that the writer can rephrase that sentence
 * without reading the other set.
 */
function longestCommonRun(text: string, runs: Set<string>, joined: string): { at: number; length: number } | undefined {
  const chars = [...text.replace(/\s+/g, '')];
  let best: { at: number; length: number } | undefined;
  for (let i = 0; i + MAX_COMMON_RUN <= chars.length; i++) {
    if (!runs.has(chars.slice(i, i + MAX_COMMON_RUN).join(''))) continue;
    let length = MAX_COMMON_RUN;
    while (i + length < chars.length && joined.includes(chars.slice(i, i + length + 1).join(''))) length++;
    if (!best || length > best.length) best = { at: i, length };
  }
  return best;
}

/**
 * Near-duplicates of v3 records among `others` (and among v3 itself): a character 8-gram Jaccard over
 * MAX_JACCARD, or a common run of MAX_COMMON_RUN characters. Returns one line per v3 record at fault,
 * naming only the v3 record and the figure.
 */
export function nearDuplicates(records: FeedV3Record[], others: { label: string; texts: string[] }[]): string[] {
  const faults: string[] = [];
  const v3 = records.map((r) => ({ id: r.id, text: wording(r) }));
  const pools = [{ label: 'another v3 record', texts: v3.map((r) => r.text) }, ...others];
  for (const pool of pools) {
    const index = new Map<string, number[]>();
    const poolGrams = pool.texts.map((t) => grams(t, GRAM));
    poolGrams.forEach((g, j) => g.forEach((x) => index.set(x, [...(index.get(x) ?? []), j])));
    const runs = new Set(pool.texts.flatMap((t) => [...grams(t, MAX_COMMON_RUN)]));
    const joined = pool.texts.map((t) => t.replace(/\s+/g, '')).join('\u0000');
    v3.forEach((r, i) => {
      const mine = grams(r.text, GRAM);
      const shared = new Map<number, number>();
      mine.forEach((x) => (index.get(x) ?? []).forEach((j) => shared.set(j, (shared.get(j) ?? 0) + 1)));
      for (const [j, n] of shared) {
        if (pool.label === 'another v3 record' && j === i) continue;
        const jaccard = n / (mine.size + poolGrams[j].size - n);
        if (jaccard > MAX_JACCARD) faults.push(`${r.id}: near-duplicate of ${pool.label} (8-gram Jaccard ${jaccard.toFixed(2)})`);
      }
      if (pool.label === 'another v3 record') return;
      const run = longestCommonRun(r.text, runs, joined);
      if (run)
        faults.push(
          `${r.id}: shares a run of ${run.length} characters (its characters ${run.at}..${run.at + run.length}) with ${pool.label}`,
        );
    });
  }
  return faults;
}

/** The texts of the earlier sets, read only here. */
export function earlierTexts(): { label: string; texts: string[] }[] {
  return EARLIER_SETS.filter((f) => existsSync(f)).map((f) => ({
    label: `a record of ${f.split('/').slice(-2).join('/')}`,
    texts: readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => wording(JSON.parse(l) as Record<string, unknown>)),
  }));
}

export function buildFeedV3(dir = __dirname): FeedV3Record[] {
  const records = [
    ...parseSource(join(dir, 'src', 'police110.txt'), 'police110'),
    ...parseSource(join(dir, 'src', 'court.txt'), 'court'),
    ...parseSource(join(dir, 'src', 'petition.txt'), 'petition'),
  ];
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) throw new Error(`duplicate id: ${r.id}`);
    ids.add(r.id);
  }
  const faults = nearDuplicates(records, earlierTexts());
  if (faults.length) throw new Error(`feed-v3 overlaps:\n${faults.join('\n')}`);
  return records;
}

if (require.main === module) {
  const records = buildFeedV3();
  writeFileSync(join(__dirname, 'feed-v3.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const count = (p: (r: FeedV3Record) => boolean) => records.filter(p).length;
  for (const feed of ['police110', 'court', 'petition'] as const) {
    const of = records.filter((r) => r.feed === feed);
    const levels = ['red', 'orange', 'yellow', 'blue', 'none'].map((l) => `${l} ${of.filter((r) => r.label.level === l).length}`);
    console.log(
      `${feed}: ${of.length} records, ${of.filter((r) => r.label.familyRomantic).length} family or romantic; ${levels.join(', ')}`,
    );
  }
  const high = count((r) => r.label.level === 'red' || r.label.level === 'orange');
  console.log(
    `total ${records.length}: family or romantic ${count((r) => r.label.familyRomantic)} (${count((r) => r.label.domain === '恋爱情感')} romantic), red or orange ${high}`,
  );
}
