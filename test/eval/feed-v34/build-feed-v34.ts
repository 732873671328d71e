/**
 * Builds test/eval/feed-v34/feed-v34.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v34 record or of any earlier set (the development set, feed, v2 .. v33), which the evaluators who wrote
 * v34 never read: only this script reads them, and it names the v34 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v34/build-feed-v34.ts                 # the whole set: writes feed-v34.jsonl
 *   npx tsx test/eval/feed-v34/build-feed-v34.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V34 } from '../feed-v33/build-feed-v33';

export type FeedV34Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-07 from the id. */
const V34: Edition = { name: 'v34', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v34 must not overlap: v33's pool and feed-v33 itself. */
export const EARLIER_SETS = [...BEFORE_V34, join(__dirname, '..', 'feed-v33', 'feed-v33.jsonl')];

const builder = editionBuilder(V34, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV34 = (dir = __dirname): FeedV34Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
