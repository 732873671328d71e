/**
 * Builds test/eval/feed-v30/feed-v30.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v30 record or of any earlier set (the development set, feed, v2 .. v29), which the evaluators who wrote
 * v30 never read: only this script reads them, and it names the v30 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v30/build-feed-v30.ts                 # the whole set: writes feed-v30.jsonl
 *   npx tsx test/eval/feed-v30/build-feed-v30.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V30 } from '../feed-v29/build-feed-v29';

export type FeedV30Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-06 from the id. */
const V30: Edition = { name: 'v30', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v30 must not overlap: v29's pool and feed-v29 itself. */
export const EARLIER_SETS = [...BEFORE_V30, join(__dirname, '..', 'feed-v29', 'feed-v29.jsonl')];

const builder = editionBuilder(V30, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV30 = (dir = __dirname): FeedV30Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
