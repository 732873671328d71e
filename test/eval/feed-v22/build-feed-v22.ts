/**
 * Builds test/eval/feed-v22/feed-v22.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v22 record or of any earlier set (the development set, feed, v2 .. v21), which the evaluators who wrote
 * v22 never read: only this script reads them, and it names the v22 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v22/build-feed-v22.ts                 # the whole set: writes feed-v22.jsonl
 *   npx tsx test/eval/feed-v22/build-feed-v22.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V21 } from '../feed-v21/build-feed-v21';

export type FeedV22Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-03 from the id. */
const V22: Edition = { name: 'v22', firstDay: Date.UTC(2026, 0, 1), days: 337 };

/** Sets v22 must not overlap: v21's pool and feed-v21 itself. */
export const EARLIER_SETS = [...BEFORE_V21, join(__dirname, '..', 'feed-v21', 'feed-v21.jsonl')];

const builder = editionBuilder(V22, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV22 = (dir = __dirname): FeedV22Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
