/**
 * Builds test/eval/feed-v28/feed-v28.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v28 record or of any earlier set (the development set, feed, v2 .. v27), which the evaluators who wrote
 * v28 never read: only this script reads them, and it names the v28 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v28/build-feed-v28.ts                 # the whole set: writes feed-v28.jsonl
 *   npx tsx test/eval/feed-v28/build-feed-v28.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V27 } from '../feed-v27/build-feed-v27';

export type FeedV28Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-05 from the id. */
const V28: Edition = { name: 'v28', firstDay: Date.UTC(2026, 0, 1), days: 339 };

/** Sets v28 must not overlap: v27's pool and feed-v27 itself. */
export const EARLIER_SETS = [...BEFORE_V27, join(__dirname, '..', 'feed-v27', 'feed-v27.jsonl')];

const builder = editionBuilder(V28, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV28 = (dir = __dirname): FeedV28Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
