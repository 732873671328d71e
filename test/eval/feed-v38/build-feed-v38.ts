/**
 * Builds test/eval/feed-v38/feed-v38.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v38 record or of any earlier set (the development set, feed, v2 .. v37), which the evaluators who wrote
 * v38 never read: only this script reads them, and it names the v38 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v38/build-feed-v38.ts                 # the whole set: writes feed-v38.jsonl
 *   npx tsx test/eval/feed-v38/build-feed-v38.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V38 } from '../feed-v37/build-feed-v37';

export type FeedV38Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-07 from the id. */
const V38: Edition = { name: 'v38', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v38 must not overlap: v37's pool and feed-v37 itself. */
export const EARLIER_SETS = [...BEFORE_V38, join(__dirname, '..', 'feed-v37', 'feed-v37.jsonl')];

const builder = editionBuilder(V38, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV38 = (dir = __dirname): FeedV38Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
