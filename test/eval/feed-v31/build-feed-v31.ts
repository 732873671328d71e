/**
 * Builds test/eval/feed-v31/feed-v31.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v31 record or of any earlier set (the development set, feed, v2 .. v30), which the evaluators who wrote
 * v31 never read: only this script reads them, and it names the v31 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v31/build-feed-v31.ts                 # the whole set: writes feed-v31.jsonl
 *   npx tsx test/eval/feed-v31/build-feed-v31.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V31 } from '../feed-v30/build-feed-v30';

export type FeedV31Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-06 from the id. */
const V31: Edition = { name: 'v31', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v31 must not overlap: v30's pool and feed-v30 itself. */
export const EARLIER_SETS = [...BEFORE_V31, join(__dirname, '..', 'feed-v30', 'feed-v30.jsonl')];

const builder = editionBuilder(V31, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV31 = (dir = __dirname): FeedV31Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
