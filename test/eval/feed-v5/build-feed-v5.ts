/**
 * Builds test/eval/feed-v5/feed-v5.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v5 record or of a record in the development set or the earlier feed-style sets feed, feed-v2, feed-v3
 * and feed-v4 (which the evaluator who wrote v5 never read: only this script reads them, and it names the
 * v5 record and where in it the shared run lies, never the other text).
 *
 *   npx tsx test/eval/feed-v5/build-feed-v5.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEdition, countLines, editionNearDuplicates, type Edition, type Feed, type FeedRecord, parseFeedSource } from '../feed-source';

export type FeedV5Record = FeedRecord;
/** Dates spread over 2025-12-01 .. 2026-11-25 from the id. */
const V5: Edition = { name: 'v5', firstDay: Date.UTC(2025, 11, 1), days: 360 };

/**
 * Sets v5 must not overlap: the development set and every earlier feed-style set, all of which are (or
 * may now be) used for tuning; feed-v4 included, since round 6 tunes on it once v5 is committed.
 */
const EVAL_DIR = join(__dirname, '..');
export const EARLIER_SETS = [
  join(EVAL_DIR, 'eval-set.jsonl'),
  join(EVAL_DIR, 'feed', 'feed-heldout.jsonl'),
  join(EVAL_DIR, 'feed-v2', 'feed-v2.jsonl'),
  join(EVAL_DIR, 'feed-v3', 'feed-v3.jsonl'),
  join(EVAL_DIR, 'feed-v4', 'feed-v4.jsonl'),
];

export function parseSource(file: string, feed: Feed): FeedV5Record[] {
  return parseFeedSource(file, feed, V5);
}

/** Near-duplicates of v5 records among `others` (and among v5 itself), naming only the v5 record. */
export function nearDuplicates(records: FeedV5Record[], others: { label: string; texts: string[] }[]): string[] {
  return editionNearDuplicates(V5.name, records, others);
}

export function buildFeedV5(dir = __dirname): FeedV5Record[] {
  return buildEdition(V5, dir, EARLIER_SETS);
}

if (require.main === module) {
  const records = buildFeedV5();
  writeFileSync(join(__dirname, 'feed-v5.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const line of countLines(records)) console.log(line);
}
