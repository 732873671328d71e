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
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEdition, countLines, editionNearDuplicates, type Edition, type Feed, type FeedRecord, parseFeedSource } from '../feed-source';

export type FeedV3Record = FeedRecord;
/** Dates spread over 2025-09-01 .. 2026-11-24 from the id. */
const V3: Edition = { name: 'v3', firstDay: Date.UTC(2025, 8, 1), days: 450 };

/** Sets v3 must not overlap: the development set and the earlier held-out sets, now all used for tuning. */
const EVAL_DIR = join(__dirname, '..');
export const EARLIER_SETS = [
  join(EVAL_DIR, 'eval-set.jsonl'),
  join(EVAL_DIR, 'feed', 'feed-heldout.jsonl'),
  join(EVAL_DIR, 'feed-v2', 'feed-v2.jsonl'),
];

export function parseSource(file: string, feed: Feed): FeedV3Record[] {
  return parseFeedSource(file, feed, V3);
}

/** Near-duplicates of v3 records among `others` (and among v3 itself), naming only the v3 record. */
export function nearDuplicates(records: FeedV3Record[], others: { label: string; texts: string[] }[]): string[] {
  return editionNearDuplicates(V3.name, records, others);
}

export function buildFeedV3(dir = __dirname): FeedV3Record[] {
  return buildEdition(V3, dir, EARLIER_SETS);
}

if (require.main === module) {
  const records = buildFeedV3();
  writeFileSync(join(__dirname, 'feed-v3.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const line of countLines(records)) console.log(line);
}
