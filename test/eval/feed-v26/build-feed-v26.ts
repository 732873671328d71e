/**
 * Builds test/eval/feed-v26/feed-v26.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v26 record or of any earlier set (the development set, feed, v2 .. v25), which the evaluators who wrote
 * v26 never read: only this script reads them, and it names the v26 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v26/build-feed-v26.ts                 # the whole set: writes feed-v26.jsonl
 *   npx tsx test/eval/feed-v26/build-feed-v26.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V25 } from '../feed-v25/build-feed-v25';

export type FeedV26Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-05 from the id. */
const V26: Edition = { name: 'v26', firstDay: Date.UTC(2026, 0, 1), days: 339 };

/** Sets v26 must not overlap: v25's pool and feed-v25 itself. */
export const EARLIER_SETS = [...BEFORE_V25, join(__dirname, '..', 'feed-v25', 'feed-v25.jsonl')];

const builder = editionBuilder(V26, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV26 = (dir = __dirname): FeedV26Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
