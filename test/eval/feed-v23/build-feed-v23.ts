/**
 * Builds test/eval/feed-v23/feed-v23.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v23 record or of any earlier set (the development set, feed, v2 .. v22), which the evaluators who wrote
 * v23 never read: only this script reads them, and it names the v23 record and where in it the shared run
 * lies, never the other text.
 *
 *   npx tsx test/eval/feed-v23/build-feed-v23.ts                 # the whole set: writes feed-v23.jsonl
 *   npx tsx test/eval/feed-v23/build-feed-v23.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V22 } from '../feed-v22/build-feed-v22';

export type FeedV23Record = FeedRecord;
/** Dates spread over 2026-01-01 .. 2026-12-04 from the id. */
const V23: Edition = { name: 'v23', firstDay: Date.UTC(2026, 0, 1), days: 338 };

/** Sets v23 must not overlap: v22's pool and feed-v22 itself. */
export const EARLIER_SETS = [...BEFORE_V22, join(__dirname, '..', 'feed-v22', 'feed-v22.jsonl')];

const builder = editionBuilder(V23, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV23 = (dir = __dirname): FeedV23Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
