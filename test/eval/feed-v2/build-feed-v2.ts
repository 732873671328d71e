/**
 * Builds test/eval/feed-v2/feed-v2.jsonl from the hand-written sources in `src/` (one record a line,
 * fields separated by " | "; see README.md). Nothing is generated: every text, upstream code and label
 * is written in `src/`; this script only checks the lines and puts them into the plain record form of
 * `npm run -s classify` plus `label`. Dates are spread over 2025-06..2026-11 from the id (deterministic).
 *
 *   npx tsx test/eval/feed-v2/build-feed-v2.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Feed = 'police110' | 'court' | 'petition';
const LEVELS: Record<string, string> = { 红: 'red', 橙: 'orange', 黄: 'yellow', 蓝: 'blue', 无: 'none' };
const DOMAINS = ['婚姻家庭', '恋爱情感', '其他'];

export interface FeedV2Record {
  id: string;
  feed: Feed;
  date: string;
  text: string;
  disposition?: string;
  category?: string;
  cause?: string;
  subject?: string;
  label: { domain: string; familyRomantic: boolean; level: string; reason: string };
}

/** Date from the id: a day in 2025-06-01 .. 2026-11-20 and, for 110 calls, a time of day. */
function dateFor(id: string, feed: Feed): string {
  const h = createHash('sha256').update(`feed-v2|${id}`).digest();
  const day = new Date(Date.UTC(2025, 5, 1) + (h.readUInt32BE(0) % 538) * 86_400_000);
  const ymd = day.toISOString().slice(0, 10);
  if (feed !== 'police110') return ymd;
  const minutes = h.readUInt16BE(4) % 1440;
  return `${ymd}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

export function parseSource(file: string, feed: Feed): FeedV2Record[] {
  const width = feed === 'court' ? 6 : 7;
  const records: FeedV2Record[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const f = line.split(' | ').map((x) => x.trim());
      const where = `${file}:${i + 1}`;
      if (f.length !== width) throw new Error(`${where}: expected ${width} fields separated by " | ", got ${f.length}`);
      const [id, code, levelZh, domain, reason] = f;
      const level = LEVELS[levelZh];
      if (!level) throw new Error(`${where}: level must be one of ${Object.keys(LEVELS).join('')}, got ${levelZh}`);
      if (!DOMAINS.includes(domain)) throw new Error(`${where}: domain must be one of ${DOMAINS.join(', ')}, got ${domain}`);
      const familyRomantic = domain !== '其他';
      if (familyRomantic === (level === 'none')) throw new Error(`${where}: a family or romantic record is graded, any other is none`);
      if (!reason) throw new Error(`${where}: every label needs a reason`);
      const r: FeedV2Record = { id: `v2-${id}`, feed, date: dateFor(id, feed), text: '', label: { domain, familyRomantic, level, reason } };
      if (feed === 'police110') Object.assign(r, { category: code, text: f[5], ...(f[6] ? { disposition: f[6] } : {}) });
      if (feed === 'court') Object.assign(r, { cause: code, text: f[5] });
      if (feed === 'petition') Object.assign(r, { category: code, subject: f[5], text: f[6] });
      if (!r.text) throw new Error(`${where}: empty text`);
      records.push(r);
    });
  return records;
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
  const count = (p: (r: FeedV2Record) => boolean) => records.filter(p).length;
  for (const feed of ['police110', 'court', 'petition'] as const) {
    const of = records.filter((r) => r.feed === feed);
    const levels = ['red', 'orange', 'yellow', 'blue', 'none'].map((l) => `${l} ${of.filter((r) => r.label.level === l).length}`);
    console.log(
      `${feed}: ${of.length} records, ${of.filter((r) => r.label.familyRomantic).length} family or romantic; ${levels.join(', ')}`,
    );
  }
  const high = count((r) => r.label.level === 'red' || r.label.level === 'orange');
  console.log(
    `total ${records.length}: family or romantic ${count((r) => r.label.familyRomantic)} (${count((r) => r.label.domain === '恋爱情感')} romantic), red or orange ${high}`,
  );
}
