/**
 * Builds test/eval/feed-v2/feed-v2.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md and ../feed-source.ts). Nothing is generated: every text,
 * upstream code and label is written in `src/`; this script only checks the lines and puts them into the
 * plain record form of `npm run -s classify` plus `label`, and checks no text is repeated. Dates are spread
 * over 2025-06..2026-11 from the id (deterministic).
 *
 *   npx tsx test/eval/feed-v2/build-feed-v2.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countLines, type Edition, type Feed, type FeedRecord, parseFeedSource } from '../feed-source';

export type FeedV2Record = FeedRecord;
const V2: Edition = { name: 'v2', firstDay: Date.UTC(2025, 5, 1), days: 538 };

export function parseSource(file: string, feed: Feed): FeedV2Record[] {
  return parseFeedSource(file, feed, V2);
}

export function buildFeedV2(dir = __dirname): FeedV2Record[] {
  const records = [
    ...parseSource(join(dir, 'src', 'police110.txt'), 'police110'),
    ...parseSource(join(dir, 'src', 'court.txt'), 'court'),
    ...parseSource(join(dir, 'src', 'petition.txt'), 'petition'),
  ];
  const seen = new Map<string, string>();
  for (const r of records) {
    const key = `${r.text}|${r.disposition ?? ''}`;
    if (seen.has(r.id) || seen.has(key)) throw new Error(`duplicate id or text: ${r.id}`);
    seen.set(r.id, r.id).set(key, r.id);
  }
  return records;
}

if (require.main === module) {
  const records = buildFeedV2();
  writeFileSync(join(__dirname, 'feed-v2.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const line of countLines(records)) console.log(line);
}
