/**
 * Builds test/eval/feed-v13/feed-v13.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v13 record or of any earlier set (the development set, feed, v2 .. v12), which the evaluators who wrote
 * v13 never read: only this script reads them, and it names the v13 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v13/build-feed-v13.ts                 # the whole set: writes feed-v13.jsonl
 *   npx tsx test/eval/feed-v13/build-feed-v13.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V12 } from '../feed-v12/build-feed-v12';

export type FeedV13Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-03 from the id. */
const V13: Edition = { name: 'v13', firstDay: Date.UTC(2026, 0, 1), days: 337 };

/** Sets v13 must not overlap: v12's pool and feed-v12 itself. */
export const EARLIER_SETS = [...BEFORE_V12, join(__dirname, '..', 'feed-v12', 'feed-v12.jsonl')];

const builder = editionBuilder(V13, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV13 = (dir = __dirname): FeedV13Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
