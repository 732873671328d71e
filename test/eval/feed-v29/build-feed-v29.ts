/**
 * Builds test/eval/feed-v29/feed-v29.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v29 record or of any earlier set (the development set, feed, v2 .. v28), which the evaluators who wrote
 * v29 never read: only this script reads them, and it names the v29 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v29/build-feed-v29.ts                 # the whole set: writes feed-v29.jsonl
 *   npx tsx test/eval/feed-v29/build-feed-v29.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V29 } from '../feed-v28/build-feed-v28';

export type FeedV29Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-05 from the id. */
const V29: Edition = { name: 'v29', firstDay: Date.UTC(2026, 0, 1), days: 339 };

/** Sets v29 must not overlap: v28's pool and feed-v28 itself. */
export const EARLIER_SETS = [...BEFORE_V29, join(__dirname, '..', 'feed-v28', 'feed-v28.jsonl')];

const builder = editionBuilder(V29, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV29 = (dir = __dirname): FeedV29Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
