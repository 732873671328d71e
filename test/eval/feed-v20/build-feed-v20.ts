/**
 * Builds test/eval/feed-v20/feed-v20.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v20 record or of any earlier set (the development set, feed, v2 .. v19), which the evaluators who wrote
 * v20 never read: only this script reads them, and it names the v20 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v20/build-feed-v20.ts                 # the whole set: writes feed-v20.jsonl
 *   npx tsx test/eval/feed-v20/build-feed-v20.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V19 } from '../feed-v19/build-feed-v19';

export type FeedV20Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-03 from the id. */
const V20: Edition = { name: 'v20', firstDay: Date.UTC(2026, 0, 1), days: 337 };

/** Sets v20 must not overlap: v19's pool and feed-v19 itself. */
export const EARLIER_SETS = [...BEFORE_V19, join(__dirname, '..', 'feed-v19', 'feed-v19.jsonl')];

const builder = editionBuilder(V20, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV20 = (dir = __dirname): FeedV20Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
