/**
 * The hand-written source form shared by the feed-style held-out sets (feed-v2, feed-v3): one record a
 * line, fields separated by " | ": id, upstream code (警情细类 / 案由 / 问题分类), level (红橙黄蓝无), domain
 * (婚姻家庭 / 恋爱情感 / 其他), a reason, then the texts (110: call text and disposition, `-` or empty while
 * the call is open; court: the filing; petition: subject and content). Parsing only checks and reshapes
 * the lines into the plain record form of `npm run -s classify` plus `label`; nothing is generated.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type Feed = 'police110' | 'court' | 'petition';
const LEVELS: Record<string, string> = { 红: 'red', 橙: 'orange', 黄: 'yellow', 蓝: 'blue', 无: 'none' };
const DOMAINS = ['婚姻家庭', '恋爱情感', '其他'];
/** Fields a line of each feed holds. */
const WIDTH: Record<Feed, number> = { police110: 7, court: 6, petition: 7 };

export interface FeedRecord {
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

/** One edition of the set: its id prefix and the days its records' dates are spread over. */
export interface Edition {
  name: string;
  firstDay: number;
  days: number;
}

/** Date from the id (deterministic): a day of the edition's span and, for 110 calls, a time of day. */
function dateFor(id: string, feed: Feed, edition: Edition): string {
  const h = createHash('sha256').update(`feed-${edition.name}|${id}`).digest();
  const ymd = new Date(edition.firstDay + (h.readUInt32BE(0) % edition.days) * 86_400_000).toISOString().slice(0, 10);
  if (feed !== 'police110') return ymd;
  const minutes = h.readUInt16BE(4) % 1440;
  return `${ymd}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

export function parseFeedSource(file: string, feed: Feed, edition: Edition): FeedRecord[] {
  const records: FeedRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const f = line.split(' | ').map((x) => x.trim());
      const where = `${file}:${i + 1}`;
      if (f.length !== WIDTH[feed]) throw new Error(`${where}: expected ${WIDTH[feed]} fields separated by " | ", got ${f.length}`);
      const [id, code, levelZh, domain, reason] = f;
      const level = LEVELS[levelZh];
      if (!level) throw new Error(`${where}: level must be one of ${Object.keys(LEVELS).join('')}, got ${levelZh}`);
      if (!DOMAINS.includes(domain)) throw new Error(`${where}: domain must be one of ${DOMAINS.join(', ')}, got ${domain}`);
      const familyRomantic = domain !== '其他';
      if (familyRomantic === (level === 'none')) throw new Error(`${where}: a family or romantic record is graded, any other is none`);
      if (!reason) throw new Error(`${where}: every label needs a reason`);
      const r: FeedRecord = {
        id: `${edition.name}-${id}`,
        feed,
        date: dateFor(id, feed, edition),
        text: '',
        label: { domain, familyRomantic, level, reason },
      };
      if (feed === 'police110') Object.assign(r, { category: code, text: f[5], ...(f[6] && f[6] !== '-' ? { disposition: f[6] } : {}) });
      if (feed === 'court') Object.assign(r, { cause: code, text: f[5] });
      if (feed === 'petition') Object.assign(r, { category: code, subject: f[5], text: f[6] });
      if (!r.text) throw new Error(`${where}: empty text`);
      records.push(r);
    });
  return records;
}

/** The counts a builder prints: per feed, then in all. */
export function countLines(records: FeedRecord[]): string[] {
  const count = (p: (r: FeedRecord) => boolean) => records.filter(p).length;
  const perFeed = (['police110', 'court', 'petition'] as const).map((feed) => {
    const of = records.filter((r) => r.feed === feed);
    const levels = ['red', 'orange', 'yellow', 'blue', 'none'].map((l) => `${l} ${of.filter((r) => r.label.level === l).length}`);
    return `${feed}: ${of.length} records, ${of.filter((r) => r.label.familyRomantic).length} family or romantic; ${levels.join(', ')}`;
  });
  const high = count((r) => r.label.level === 'red' || r.label.level === 'orange');
  return [
    ...perFeed,
    `total ${records.length}: family or romantic ${count((r) => r.label.familyRomantic)} (${count((r) => r.label.domain === '恋爱情感')} romantic), red or orange ${high}`,
  ];
}
