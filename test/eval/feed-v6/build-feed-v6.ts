/**
 * Builds test/eval/feed-v6/feed-v6.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v6 record or of a record in the development set or the earlier feed-style sets feed, feed-v2 .. feed-v5
 * (which the evaluators who wrote v6 never read: only this script reads them, and it names the v6 record
 * and where in it the shared run lies, never the other text).
 *
 *   npx tsx test/eval/feed-v6/build-feed-v6.ts            # the whole set: writes feed-v6.jsonl
 *   npx tsx test/eval/feed-v6/build-feed-v6.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V5 } from '../feed-v5/build-feed-v5';

export type FeedV6Record = FeedRecord;
/** Dates spread over 2025-12-01 .. 2026-11-25 from the id. */
const V6: Edition = { name: 'v6', firstDay: Date.UTC(2025, 11, 1), days: 360 };

/**
 * Sets v6 must not overlap: v5's pool (the development set and the earlier feed-style sets) and feed-v5
 * itself, which round 6 tunes on once v6 is committed.
 */
export const EARLIER_SETS = [...BEFORE_V5, join(__dirname, '..', 'feed-v5', 'feed-v5.jsonl')];

const builder = editionBuilder(V6, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV6 = (dir = __dirname): FeedV6Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
