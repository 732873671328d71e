/**
 * Builds test/eval/feed-v33/feed-v33.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v33 record or of any earlier set (the development set, feed, v2 .. v32), which the evaluators who wrote
 * v33 never read: only this script reads them, and it names the v33 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v33/build-feed-v33.ts                 # the whole set: writes feed-v33.jsonl
 *   npx tsx test/eval/feed-v33/build-feed-v33.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V33 } from '../feed-v32/build-feed-v32';

export type FeedV33Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-07 from the id. */
const V33: Edition = { name: 'v33', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v33 must not overlap: v32's pool and feed-v32 itself. */
export const EARLIER_SETS = [...BEFORE_V33, join(__dirname, '..', 'feed-v32', 'feed-v32.jsonl')];

const builder = editionBuilder(V33, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV33 = (dir = __dirname): FeedV33Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
