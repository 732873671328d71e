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
import { countLines, type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V4 } from '../feed-v4/build-feed-v4';

export type FeedV5Record = FeedRecord;
/** Dates spread over 2025-12-01 .. 2026-11-25 from the id. */
const V5: Edition = { name: 'v5', firstDay: Date.UTC(2025, 11, 1), days: 360 };

/**
 * Sets v5 must not overlap: v4's pool (the development set and the earlier feed-style sets) and feed-v4
 * itself, which round 6 tunes on once v5 is committed.
 */
export const EARLIER_SETS = [...BEFORE_V4, join(__dirname, '..', 'feed-v4', 'feed-v4.jsonl')];

const builder = editionBuilder(V5, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV5 = (dir = __dirname): FeedV5Record[] => builder.build(dir);

if (require.main === module) {
  const records = buildFeedV5();
  writeFileSync(join(__dirname, 'feed-v5.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const line of countLines(records)) console.log(line);
}
