/**
 * Builds test/eval/feed-v32/feed-v32.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v32 record or of any earlier set (the development set, feed, v2 .. v31), which the evaluators who wrote
 * v32 never read: only this script reads them, and it names the v32 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v32/build-feed-v32.ts                 # the whole set: writes feed-v32.jsonl
 *   npx tsx test/eval/feed-v32/build-feed-v32.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V32 } from '../feed-v31/build-feed-v31';

export type FeedV32Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-06 from the id. */
const V32: Edition = { name: 'v32', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v32 must not overlap: v31's pool and feed-v31 itself. */
export const EARLIER_SETS = [...BEFORE_V32, join(__dirname, '..', 'feed-v31', 'feed-v31.jsonl')];

const builder = editionBuilder(V32, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV32 = (dir = __dirname): FeedV32Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
