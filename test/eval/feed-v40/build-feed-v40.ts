/**
 * Builds test/eval/feed-v40/feed-v40.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v40 record or of any earlier set (the development set, feed, v2 .. v39), which the evaluators who wrote
 * v40 never read: only this script reads them, and it names the v40 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v40/build-feed-v40.ts                 # the whole set: writes feed-v40.jsonl
 *   npx tsx test/eval/feed-v40/build-feed-v40.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V40 } from '../feed-v39/build-feed-v39';

export type FeedV40Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-07 from the id. */
const V40: Edition = { name: 'v40', firstDay: Date.UTC(2026, 0, 1), days: 340 };

/** Sets v40 must not overlap: v39's pool and feed-v39 itself. */
export const EARLIER_SETS = [...BEFORE_V40, join(__dirname, '..', 'feed-v39', 'feed-v39.jsonl')];

const builder = editionBuilder(V40, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV40 = (dir = __dirname): FeedV40Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
