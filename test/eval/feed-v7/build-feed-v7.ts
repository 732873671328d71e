/**
 * Builds test/eval/feed-v7/feed-v7.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v7 record or of a record in the development set or the earlier feed-style sets feed, feed-v2 .. feed-v6
 * (which the evaluators who wrote v7 never read: only this script reads them, and it names the v7 record
 * and where in it the shared run lies, never the other text).
 *
 *   npx tsx test/eval/feed-v7/build-feed-v7.ts            # the whole set: writes feed-v7.jsonl
 *   npx tsx test/eval/feed-v7/build-feed-v7.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V6 } from '../feed-v6/build-feed-v6';

export type FeedV7Record = FeedRecord;
/** Dates spread over 2025-12-01 .. 2026-11-25 from the id. */
const V7: Edition = { name: 'v7', firstDay: Date.UTC(2025, 11, 1), days: 360 };

/**
 * Sets v7 must not overlap: v6's pool (the development set and the earlier feed-style sets) and feed-v6
 * itself, which round 7 tunes on once v7 is committed.
 */
export const EARLIER_SETS = [...BEFORE_V6, join(__dirname, '..', 'feed-v6', 'feed-v6.jsonl')];

const builder = editionBuilder(V7, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV7 = (dir = __dirname): FeedV7Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
