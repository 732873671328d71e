/**
 * Builds test/eval/feed-v10/feed-v10.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v10 record or of any earlier set (the development set, feed, v2 .. v9), which the evaluators who wrote
 * v10 never read: only this script reads them, and it names the v10 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v10/build-feed-v10.ts                 # the whole set: writes feed-v10.jsonl
 *   npx tsx test/eval/feed-v10/build-feed-v10.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V9 } from '../feed-v9/build-feed-v9';

export type FeedV10Record = FeedRecord;
/** Dates spread over 2025-12-25 .. 2026-12-01 from the id. */
const V10: Edition = { name: 'v10', firstDay: Date.UTC(2025, 11, 25), days: 342 };

/** Sets v10 must not overlap: v9's pool (v8 included) and feed-v9 itself, all of which round 9 tunes on. */
export const EARLIER_SETS = [...BEFORE_V9, join(__dirname, '..', 'feed-v9', 'feed-v9.jsonl')];

const builder = editionBuilder(V10, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV10 = (dir = __dirname): FeedV10Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
