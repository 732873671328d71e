/**
 * Builds test/eval/feed-v8/feed-v8.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script checks the lines, puts them into the plain record form of
 * `npm run -s classify` plus `label`, and refuses the set if any record is a near-duplicate of another
 * v8 record or of a record in the development set or the earlier feed-style sets feed, feed-v2 .. feed-v7
 * (which the evaluators who wrote v8 never read: only this script reads them, and it names the v8 record
 * and where in it the shared run lies, never the other text).
 *
 *   npx tsx test/eval/feed-v8/build-feed-v8.ts                 # the whole set: writes feed-v8.jsonl
 *   npx tsx test/eval/feed-v8/build-feed-v8.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V7 } from '../feed-v7/build-feed-v7';

export type FeedV8Record = FeedRecord;
/** Dates spread over 2025-12-15 .. 2026-11-28 from the id. */
const V8: Edition = { name: 'v8', firstDay: Date.UTC(2025, 11, 15), days: 348 };

/** Sets v8 must not overlap: v7's pool and feed-v7 itself, which round 8 tunes on once v8 is committed. */
export const EARLIER_SETS = [...BEFORE_V7, join(__dirname, '..', 'feed-v7', 'feed-v7.jsonl')];

const builder = editionBuilder(V8, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV8 = (dir = __dirname): FeedV8Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
