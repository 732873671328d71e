/**
 * Builds test/eval/feed-v4/feed-v4.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v4 record or of a record in the development set or the earlier feed-style sets feed, feed-v2 and
 * feed-v3 (which the evaluator who wrote v4 never read: only this script reads them, and it names the v4
 * record and where in it the shared run lies, never the other text).
 *
 *   npx tsx test/eval/feed-v4/build-feed-v4.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countLines, type Edition, type Feed, type FeedRecord, parseFeedSource } from '../feed-source';

export type FeedV4Record = FeedRecord;
/** Dates spread over 2025-12-01 .. 2026-11-25 from the id. */
const V4: Edition = { name: 'v4', firstDay: Date.UTC(2025, 11, 1), days: 360 };

/**
 * Sets v4 must not overlap: the development set and every earlier feed-style set, all of which are (or may
 * now be) used for tuning; feed-v3 included, since it becomes development once v4 is committed.
 */
const EVAL_DIR = join(__dirname, '..');
export const EARLIER_SETS = [
  join(EVAL_DIR, 'eval-set.jsonl'),
  join(EVAL_DIR, 'feed', 'feed-heldout.jsonl'),
  join(EVAL_DIR, 'feed-v2', 'feed-v2.jsonl'),
  join(EVAL_DIR, 'feed-v3', 'feed-v3.jsonl'),
];
/** Near-duplicate thresholds: character 8-gram Jaccard, or one common run of this many characters. */
export const MAX_JACCARD = 0.2;
export const MAX_COMMON_RUN = 14;
const GRAM = 8;

export function parseSource(file: string, feed: Feed): FeedV4Record[] {
  return parseFeedSource(file, feed, V4);
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
 * where it starts in the v4 record and how long it is, so that the writer can rephrase that sentence
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
 * Near-duplicates of v4 records among `others` (and among v4 itself): a character 8-gram Jaccard over
 * MAX_JACCARD, or a common run of MAX_COMMON_RUN characters. Returns one line per v4 record at fault,
 * naming only the v4 record and the figure.
 */
export function nearDuplicates(records: FeedV4Record[], others: { label: string; texts: string[] }[]): string[] {
  const faults: string[] = [];
  const v4 = records.map((r) => ({ id: r.id, text: wording(r) }));
  const pools = [{ label: 'another v4 record', texts: v4.map((r) => r.text) }, ...others];
  for (const pool of pools) {
    const index = new Map<string, number[]>();
    const poolGrams = pool.texts.map((t) => grams(t, GRAM));
    poolGrams.forEach((g, j) => g.forEach((x) => index.set(x, [...(index.get(x) ?? []), j])));
    const runs = new Set(pool.texts.flatMap((t) => [...grams(t, MAX_COMMON_RUN)]));
    const joined = pool.texts.map((t) => t.replace(/\s+/g, '')).join('\u0000');
    v4.forEach((r, i) => {
      const mine = grams(r.text, GRAM);
      const shared = new Map<number, number>();
      mine.forEach((x) => (index.get(x) ?? []).forEach((j) => shared.set(j, (shared.get(j) ?? 0) + 1)));
      for (const [j, n] of shared) {
        if (pool.label === 'another v4 record' && j === i) continue;
        const jaccard = n / (mine.size + poolGrams[j].size - n);
        if (jaccard > MAX_JACCARD) faults.push(`${r.id}: near-duplicate of ${pool.label} (8-gram Jaccard ${jaccard.toFixed(2)})`);
      }
      if (pool.label === 'another v4 record') return;
      const run = longestCommonRun(r.text, runs, joined);
      if (run)
        faults.push(
          `${r.id}: shares a run of ${run.length} characters (its characters ${run.at}..${run.at + run.length}) with ${pool.label}`,
        );
    });
  }
  return faults;
}

/** The texts of the earlier sets, read only here (a missing set fails the build rather than skip the check). */
export function earlierTexts(): { label: string; texts: string[] }[] {
  return EARLIER_SETS.map((f) => ({
    label: `a record of ${f.split('/').slice(-2).join('/')}`,
    texts: readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => wording(JSON.parse(l) as Record<string, unknown>)),
  }));
}

export function buildFeedV4(dir = __dirname): FeedV4Record[] {
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
  if (faults.length) throw new Error(`feed-v4 overlaps:\n${faults.join('\n')}`);
  return records;
}

if (require.main === module) {
  const records = buildFeedV4();
  writeFileSync(join(__dirname, 'feed-v4.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const line of countLines(records)) console.log(line);
}
