/**
 * Builds test/eval/feed-v42/feed-v42.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v42 record or of any earlier set (the development set, feed, v2 .. v41), which the evaluators who wrote
 * v42 never read: only this script reads them, and it names the v42 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v42/build-feed-v42.ts                 # the whole set: writes feed-v42.jsonl
 *   npx tsx test/eval/feed-v42/build-feed-v42.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V42 } from '../feed-v41/build-feed-v41';

export type FeedV42Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-08 from the id. */
const V42: Edition = { name: 'v42', firstDay: Date.UTC(2026, 0, 1), days: 341 };

/** Sets v42 must not overlap: v41's pool and feed-v41 itself. */
export const EARLIER_SETS = [...BEFORE_V42, join(__dirname, '..', 'feed-v41', 'feed-v41.jsonl')];

const builder = editionBuilder(V42, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV42 = (dir = __dirname): FeedV42Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
