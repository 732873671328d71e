/**
 * Builds test/eval/feed-v9/feed-v9.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). v9 is development data: written by writers who never read
 * the engine or any set, at the same time as the held-out set v8 and by other writers, to give round 8
 * more real variety to learn from. The build refuses a record that is a near-duplicate of another v9
 * record or of any earlier set, the held-out v8 included (a development record that echoes a held-out
 * one would leak it into training).
 *
 *   npx tsx test/eval/feed-v9/build-feed-v9.ts                 # the whole set: writes feed-v9.jsonl
 *   npx tsx test/eval/feed-v9/build-feed-v9.ts --check court   # one feed's source while it is written
 */
import { join } from 'node:path';
import { type Edition, editionBuilder, type FeedRecord } from '../feed-source';
import { EARLIER_SETS as BEFORE_V8 } from '../feed-v8/build-feed-v8';

export type FeedV9Record = FeedRecord;
/** Dates spread over 2025-12-20 .. 2026-11-28 from the id. */
const V9: Edition = { name: 'v9', firstDay: Date.UTC(2025, 11, 20), days: 343 };

/**
 * Sets v9 must not overlap: v8's pool and v8 itself (while both were being written, v9's writers checked
 * against v8's pool alone; twelve stretches of eleven v9 records that shared a run with v8 were reworded
 * once v8 was on main, by a session that saw only the v9 side).
 */
export const EARLIER_SETS = [...BEFORE_V8, join(__dirname, '..', 'feed-v8', 'feed-v8.jsonl')];

const builder = editionBuilder(V9, EARLIER_SETS);
export const { parseSource, nearDuplicates } = builder;
export const buildFeedV9 = (dir = __dirname): FeedV9Record[] => builder.build(dir);

if (require.main === module) builder.main(__dirname, process.argv);
