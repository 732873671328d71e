/**
 * The hand-written source form shared by the feed-style held-out sets (feed-v2, v3, v4): one record a
 * line, fields separated by " | ": id, upstream code (警情细类 / 案由 / 问题分类), level (红橙黄蓝无), domain
 * (婚姻家庭 / 恋爱情感 / 其他), a reason, then the texts (110: call text and disposition, `-` or empty while
 * the call is open; court: the filing; petition: subject and content). Parsing only checks and reshapes
 * the lines into the plain record form of `npm run -s classify` plus `label`; nothing is generated.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** Near-duplicate thresholds: character 8-gram Jaccard, or one common run of this many characters. */
export const MAX_JACCARD = 0.2;
export const MAX_COMMON_RUN = 14;
const GRAM = 8;

/** All the free text of a record, as the engine and the baseline see it. */
function wording(r: { text?: unknown; disposition?: unknown; subject?: unknown }): string {
  return [r.subject, r.text, r.disposition].filter((t): t is string => typeof t === 'string').join('。');
}

function grams(text: string, n: number): Set<string> {
  const chars = [...text.replace(/\s+/g, '')];
  const out = new Set<string>();
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return out;
}

/**
 * The longest run of `text` (spaces removed) found in the pool, if it reaches MAX_COMMON_RUN characters:
 * where it starts in the new record and how long it is, so that the writer can rephrase that sentence
 * without reading the other set.
 */
function longestCommonRun(text: string, runs: Set<string>, joined: string): { at: number; length: number } | undefined {
  const chars = [...text.replace(/\s+/g, '')];
  let best: { at: number; length: number } | undefined;
  for (let i = 0; i + MAX_COMMON_RUN <= chars.length; i++) {
    if (!runs.has(chars.slice(i, i + MAX_COMMON_RUN).join(''))) continue;
    let length = MAX_COMMON_RUN;
    while (i + length < chars.length && joined.includes(chars.slice(i, i + length + 1).join(''))) length++;
    if (!best || length > best.length) best = { at: i, length };
  }
  return best;
}

/**
 * Near-duplicates of an edition's records among `others` (and among the edition itself): a character
 * 8-gram Jaccard over MAX_JACCARD, or a common run of MAX_COMMON_RUN characters. Returns one line per
 * record at fault, naming only that record and the figure, never the other text (which its writer did
 * not read).
 */
export function editionNearDuplicates(edition: string, records: FeedRecord[], others: { label: string; texts: string[] }[]): string[] {
  const faults: string[] = [];
  const own = `another ${edition} record`;
  const mine = records.map((r) => ({ id: r.id, text: wording(r) }));
  const pools = [{ label: own, texts: mine.map((r) => r.text) }, ...others];
  for (const pool of pools) {
    const index = new Map<string, number[]>();
    const poolGrams = pool.texts.map((t) => grams(t, GRAM));
    poolGrams.forEach((g, j) => g.forEach((x) => index.set(x, [...(index.get(x) ?? []), j])));
    const runs = new Set(pool.texts.flatMap((t) => [...grams(t, MAX_COMMON_RUN)]));
    const joined = pool.texts.map((t) => t.replace(/\s+/g, '')).join('\u0000');
    mine.forEach((r, i) => {
      const its = grams(r.text, GRAM);
      const shared = new Map<number, number>();
      its.forEach((x) => (index.get(x) ?? []).forEach((j) => shared.set(j, (shared.get(j) ?? 0) + 1)));
      for (const [j, n] of shared) {
        if (pool.label === own && j === i) continue;
        const jaccard = n / (its.size + poolGrams[j].size - n);
        if (jaccard > MAX_JACCARD) faults.push(`${r.id}: near-duplicate of ${pool.label} (8-gram Jaccard ${jaccard.toFixed(2)})`);
      }
      if (pool.label === own) return;
      const run = longestCommonRun(r.text, runs, joined);
      if (run)
        faults.push(
          `${r.id}: shares a run of ${run.length} characters (its characters ${run.at}..${run.at + run.length}) with ${pool.label}`,
        );
    });
  }
  return faults;
}

/** The texts of the earlier sets, read only here (a missing set fails the build rather than skip the check). */
export function earlierTexts(files: string[]): { label: string; texts: string[] }[] {
  return files.map((f) => ({
    label: `a record of ${f.split('/').slice(-2).join('/')}`,
    texts: readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => wording(JSON.parse(l) as Record<string, unknown>)),
  }));
}

/**
 * An edition's records from its `src/` (110 calls, filings, petitions), refused on a duplicate id or on a
 * near-duplicate of itself or of the earlier sets.
 */
export function buildEdition(edition: Edition, dir: string, earlierSets: string[]): FeedRecord[] {
  const records = [
    ...parseFeedSource(join(dir, 'src', 'police110.txt'), 'police110', edition),
    ...parseFeedSource(join(dir, 'src', 'court.txt'), 'court', edition),
    ...parseFeedSource(join(dir, 'src', 'petition.txt'), 'petition', edition),
  ];
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) throw new Error(`duplicate id: ${r.id}`);
    ids.add(r.id);
  }
  const faults = editionNearDuplicates(edition.name, records, earlierTexts(earlierSets));
  if (faults.length) throw new Error(`feed-${edition.name} overlaps:\n${faults.join('\n')}`);
  return records;
}

/** What an edition's builder exports (`parseSource`, `nearDuplicates`, `build`), bound to the edition and its pool. */
export function editionBuilder(edition: Edition, earlierSets: string[]) {
  return {
    parseSource: (file: string, feed: Feed): FeedRecord[] => parseFeedSource(file, feed, edition),
    /** Near-duplicates of the edition's records among `others` (and among themselves), naming only the edition's record. */
    nearDuplicates: (records: FeedRecord[], others: { label: string; texts: string[] }[]): string[] =>
      editionNearDuplicates(edition.name, records, others),
    build: (dir: string): FeedRecord[] => buildEdition(edition, dir, earlierSets),
    /**
     * The builder's command line: the whole set written to `feed-<name>.jsonl` in `dir`, or with `--check <feed>`
     * one feed's source while it is being written (its lines parsed, its near-duplicates named: own record only).
     */
    main(dir: string, argv: string[]): void {
      const at = argv.indexOf('--check');
      if (at >= 0) {
        const feed = argv[at + 1] as Feed;
        if (!(feed in WIDTH)) throw new Error(`--check needs a feed: police110, court or petition (got ${feed ?? 'nothing'})`);
        const records = parseFeedSource(join(dir, 'src', `${feed}.txt`), feed, edition);
        const faults = editionNearDuplicates(edition.name, records, earlierTexts(earlierSets));
        for (const line of [...faults, ...countLines(records)]) console.log(line);
        process.exitCode = faults.length ? 1 : 0;
      } else {
        const records = buildEdition(edition, dir, earlierSets);
        writeFileSync(join(dir, `feed-${edition.name}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
        for (const line of countLines(records)) console.log(line);
      }
    },
  };
}
