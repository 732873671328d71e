/**
 * Builds test/eval/feed-v11/feed-v11.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v11 record or of any earlier set (the development set, feed, v2 .. v10), which the evaluators who wrote
 * v11 never read: only this script reads them, and it names the v11 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v11/build-feed-v11.ts                 # the whole set: writes feed-v11.jsonl
 *   npx tsx test/eval/feed-v11/build-feed-v11.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V10 } from '../feed-v10/build-feed-v10';

export type FeedV11Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-02 from the id. */
const V11: Edition = { name: 'v11', firstDay: Date.UTC(2026, 0, 1), days: 336 };

/** Sets v11 must not overlap: v10's pool and feed-v10 itself, all of which the next round tunes on. */
export const EARLIER_SETS = [...BEFORE_V10, join(__dirname, '..', 'feed-v10', 'feed-v10.jsonl')];

const builder = editionBuilder(V11, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV11 = (dir = __dirname): FeedV11Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
