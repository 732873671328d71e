/**
 * Builds test/eval/feed-v16/feed-v16.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v16 record or of any earlier set (the development set, feed, v2 .. v15), which the evaluators who wrote
 * v16 never read: only this script reads them, and it names the v16 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v16/build-feed-v16.ts                 # the whole set: writes feed-v16.jsonl
 *   npx tsx test/eval/feed-v16/build-feed-v16.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V15 } from '../feed-v15/build-feed-v15';

export type FeedV16Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-03 from the id. */
const V16: Edition = { name: 'v16', firstDay: Date.UTC(2026, 0, 1), days: 337 };

/** Sets v16 must not overlap: v15's pool and feed-v15 itself. */
export const EARLIER_SETS = [...BEFORE_V15, join(__dirname, '..', 'feed-v15', 'feed-v15.jsonl')];

const builder = editionBuilder(V16, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV16 = (dir = __dirname): FeedV16Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
