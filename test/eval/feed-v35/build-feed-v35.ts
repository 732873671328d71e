/**
 * Builds test/eval/feed-v35/feed-v35.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v35 record or of any earlier set (the development set, feed, v2 .. v34), which the evaluators who wrote
 * v35 never read: only this script reads them, and it names the v35 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v35/build-feed-v35.ts                 # the whole set: writes feed-v35.jsonl
 *   npx tsx test/eval/feed-v35/build-feed-v35.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V35 } from '../feed-v34/build-feed-v34';

export type FeedV35Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-07 from the id. */
const V35: Edition = { name: 'v35', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v35 must not overlap: v34's pool and feed-v34 itself. */
export const EARLIER_SETS = [...BEFORE_V35, join(__dirname, '..', 'feed-v34', 'feed-v34.jsonl')];

const builder = editionBuilder(V35, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV35 = (dir = __dirname): FeedV35Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
