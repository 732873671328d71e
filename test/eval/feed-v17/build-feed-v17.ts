/**
 * Builds test/eval/feed-v17/feed-v17.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v17 record or of any earlier set (the development set, feed, v2 .. v16), which the evaluators who wrote
 * v17 never read: only this script reads them, and it names the v17 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v17/build-feed-v17.ts                 # the whole set: writes feed-v17.jsonl
 *   npx tsx test/eval/feed-v17/build-feed-v17.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V16 } from '../feed-v16/build-feed-v16';

export type FeedV17Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-03 from the id. */
const V17: Edition = { name: 'v17', firstDay: Date.UTC(2026, 0, 1), days: 337 };

/** Sets v17 must not overlap: v16's pool and feed-v16 itself. */
export const EARLIER_SETS = [...BEFORE_V16, join(__dirname, '..', 'feed-v16', 'feed-v16.jsonl')];

const builder = editionBuilder(V17, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV17 = (dir = __dirname): FeedV17Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
