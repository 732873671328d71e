/**
 * Builds test/eval/feed-v41/feed-v41.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v41 record or of any earlier set (the development set, feed, v2 .. v40), which the evaluators who wrote
 * v41 never read: only this script reads them, and it names the v41 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v41/build-feed-v41.ts                 # the whole set: writes feed-v41.jsonl
 *   npx tsx test/eval/feed-v41/build-feed-v41.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V41 } from '../feed-v40/build-feed-v40';

export type FeedV41Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-07 from the id. */
const V41: Edition = { name: 'v41', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v41 must not overlap: v40's pool and feed-v40 itself. */
export const EARLIER_SETS = [...BEFORE_V41, join(__dirname, '..', 'feed-v40', 'feed-v40.jsonl')];

const builder = editionBuilder(V41, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV41 = (dir = __dirname): FeedV41Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
