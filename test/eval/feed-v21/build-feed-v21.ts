/**
 * Builds test/eval/feed-v21/feed-v21.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v21 record or of any earlier set (the development set, feed, v2 .. v20), which the evaluators who wrote
 * v21 never read: only this script reads them, and it names the v21 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v21/build-feed-v21.ts                 # the whole set: writes feed-v21.jsonl
 *   npx tsx test/eval/feed-v21/build-feed-v21.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V20 } from '../feed-v20/build-feed-v20';

export type FeedV21Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-03 from the id. */
const V21: Edition = { name: 'v21', firstDay: Date.UTC(2026, 0, 1), days: 337 };

/** Sets v21 must not overlap: v20's pool and feed-v20 itself. */
export const EARLIER_SETS = [...BEFORE_V20, join(__dirname, '..', 'feed-v20', 'feed-v20.jsonl')];

const builder = editionBuilder(V21, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV21 = (dir = __dirname): FeedV21Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
