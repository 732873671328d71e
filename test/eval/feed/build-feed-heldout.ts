/**
 * Turns the hand-written held-out file (`heldout-2026-11-30.txt`, one record a line:
 * id|feed|code|domain|level|text|disposition) into `feed-heldout.jsonl` in the plain record form of
 * `npm run -s classify`. `\u200b`-style escapes in the text stand for the invisible characters
 * they name, so the file shows where they are.
 *
 *   npx tsx test/eval/feed/build-feed-heldout.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DOMAINS: Record<string, string> = {
  婚: '婚姻家庭',
  恋: '恋爱情感',
  邻: '邻里',
  债: '经济/借贷',
  劳: '劳动',
  物: '物业',
  他: '其他',
  非: '非纠纷',
};
const LEVELS: Record<string, string> = { r: 'red', o: 'orange', y: 'yellow', b: 'blue', n: 'none' };
const CODE_FIELD: Record<string, string> = { police110: 'category', court: 'cause', petition: 'category' };

const unescape = (s: string) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const lines = readFileSync(join(__dirname, 'heldout-2026-11-30.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
const records = lines.map((line, i) => {
  const [id, feed, code, domain, level, text, disposition] = line.split('|');
  if (!DOMAINS[domain] || !LEVELS[level] || !CODE_FIELD[feed]) throw new Error(`line ${i + 1}: ${line}`);
  return {
    id,
    feed,
    date: new Date(Date.UTC(2026, 9, 1) + i * 3_600_000 * 7).toISOString(),
    text: unescape(text),
    ...(disposition ? { disposition: unescape(disposition) } : {}),
    ...(code ? { [CODE_FIELD[feed]]: code } : {}),
    label: { domain: DOMAINS[domain], familyRomantic: domain === '婚' || domain === '恋', level: LEVELS[level] },
  };
});
writeFileSync(join(__dirname, 'feed-heldout.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`${records.length} records`);
