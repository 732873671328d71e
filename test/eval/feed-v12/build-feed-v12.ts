/**
 * Builds test/eval/feed-v12/feed-v12.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v12 record or of any earlier set (the development set, feed, v2 .. v11), which the evaluators who wrote
 * v12 never read: only this script reads them, and it names the v12 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v12/build-feed-v12.ts                 # the whole set: writes feed-v12.jsonl
 *   npx tsx test/eval/feed-v12/build-feed-v12.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V11 } from '../feed-v11/build-feed-v11';

export type FeedV12Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-02 from the id. */
const V12: Edition = { name: 'v12', firstDay: Date.UTC(2026, 0, 1), days: 336 };

/** Sets v12 must not overlap: v11's pool and feed-v11 itself, all of which the next round tunes on. */
export const EARLIER_SETS = [...BEFORE_V11, join(__dirname, '..', 'feed-v11', 'feed-v11.jsonl')];

const builder = editionBuilder(V12, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV12 = (dir = __dirname): FeedV12Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
