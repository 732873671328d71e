/**
 * Builds test/eval/feed-v14/feed-v14.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v14 record or of any earlier set (the development set, feed, v2 .. v13), which the evaluators who wrote
 * v14 never read: only this script reads them, and it names the v14 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v14/build-feed-v14.ts                 # the whole set: writes feed-v14.jsonl
 *   npx tsx test/eval/feed-v14/build-feed-v14.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V13 } from '../feed-v13/build-feed-v13';

export type FeedV14Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-03 from the id. */
const V14: Edition = { name: 'v14', firstDay: Date.UTC(2026, 0, 1), days: 337 };

/** Sets v14 must not overlap: v13's pool and feed-v13 itself. */
export const EARLIER_SETS = [...BEFORE_V13, join(__dirname, '..', 'feed-v13', 'feed-v13.jsonl')];

const builder = editionBuilder(V14, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV14 = (dir = __dirname): FeedV14Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
