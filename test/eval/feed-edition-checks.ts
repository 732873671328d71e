/**
 * The checks every hand-written feed-style edition's spec runs (feed-v6 on): the committed JSONL is what its
 * sources give, the counts its README states, the near-duplicate pool, the line format, and how `npm run eval`
 * treats it while it is held out. Jest helpers, imported by `feed-vN/build-feed-vN.spec.ts`.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderEvaluation, scoreEvaluation } from '../../libs/evaluation/src';
import { feedSecondAnnotator, SAMPLE_HEADER } from './feed-second-annotator';
import type { Feed, FeedRecord } from './feed-source';
import type { SecondLabel } from './real/second-annotator';

/** Every feed-style set in the order they were written: an edition's near-duplicate pool is every set before it. */
const SETS_IN_ORDER = [
  'eval/eval-set.jsonl',
  'feed/feed-heldout.jsonl',
  // v2, v3 … the newest edition (v42).
  ...Array.from({ length: 41 }, (_, i) => `feed-v${i + 2}/feed-v${i + 2}.jsonl`),
];

/** The sets written before edition `name` (`v8`: the development set, feed, v2 .. v7). */
export const setsBefore = (name: string): string[] => SETS_IN_ORDER.slice(0, SETS_IN_ORDER.indexOf(`feed-${name}/feed-${name}.jsonl`));

export interface EditionCounts {
  feeds: [police110: number, court: number, petition: number];
  familyRomantic: number;
  romantic: number;
  levels: [red: number, orange: number, yellow: number, blue: number, none: number];
  /** Filings of 300 characters and more, and of 1,000 and more. */
  longFilings: [number, number];
  /** Records with a zero-width joiner, a zero-width space, an ideographic space. */
  noise: [number, number, number];
  /** 110 calls whose text and disposition together are under 48 characters (none before v12). */
  shortCalls?: number;
}

export interface FeedEdition {
  name: string;
  dir: string;
  build: () => FeedRecord[];
  parseSource: (file: string, feed: Feed) => FeedRecord[];
  nearDuplicates: (records: FeedRecord[], others: { label: string; texts: string[] }[]) => string[];
  earlierSets: string[];
  counts: EditionCounts;
  /** The earlier sets' files (relative to test/eval) the edition must not overlap. */
  pool: string[];
  /** What `npm run eval` does with it now (libs/evaluation FEED_EDITIONS); held out until it is spent. */
  role?: 'held-out' | 'validation' | 'development';
}

export function describeFeedEdition(e: FeedEdition): void {
  const records = e.build();
  const n = (p: (r: FeedRecord) => boolean) => records.filter(p).length;

  it('is the committed JSONL, rebuilt from the hand-written sources', () => {
    const committed = readFileSync(join(e.dir, `feed-${e.name}.jsonl`), 'utf8')
      .trim()
      .split('\n');
    expect(committed).toEqual(records.map((r) => JSON.stringify(r)));
  });

  it('covers the three feeds with the counts its README states', () => {
    const c = e.counts;
    expect((['police110', 'court', 'petition'] as const).map((f) => n((r) => r.feed === f))).toEqual(c.feeds);
    expect(n((r) => r.label.familyRomantic)).toBe(c.familyRomantic);
    expect(n((r) => r.label.domain === '恋爱情感')).toBe(c.romantic);
    expect(['red', 'orange', 'yellow', 'blue', 'none'].map((l) => n((r) => r.label.level === l))).toEqual(c.levels);
    // Realistic lengths: long filings, and 110 calls of a sentence or two at least (the short ones counted).
    expect([300, 1000].map((len) => n((r) => r.feed === 'court' && [...r.text].length >= len))).toEqual(c.longFilings);
    expect(n((r) => r.feed === 'police110' && [...r.text].length + [...(r.disposition ?? '')].length < 48)).toBe(c.shortCalls ?? 0);
    // Typing noise kept as written.
    expect(['\u200d', '\u200b', '\u3000'].map((ch) => n((r) => (r.subject ?? '').includes(ch) || r.text.includes(ch)))).toEqual(c.noise);
  });

  it('checks itself against the development set and every earlier feed-style set', () => {
    expect(e.earlierSets.map((f) => f.split('/').slice(-2).join('/'))).toEqual(e.pool);
  });

  it('reads an open call (disposition "-") as one without a disposition, and refuses a line with a field missing', () => {
    const file = join(mkdtempSync(join(tmpdir(), `feed-${e.name}-`)), 'police110.txt');
    writeFileSync(file, 'P1 | 婚恋纠纷 | 黄 | 恋爱情感 | push | 男友推了她一下 | -\n');
    const [open] = e.parseSource(file, 'police110');
    expect([open.id, open.text, 'disposition' in open, open.label.level]).toEqual([`${e.name}-P1`, '男友推了她一下', false, 'yellow']);
    writeFileSync(file, 'P1 | 婚恋纠纷 | 黄 | 恋爱情感 | 男友推了她一下 | -\n');
    expect(() => e.parseSource(file, 'police110')).toThrow(/police110.txt:1: expected 7 fields/);
  });

  it('finds a record rewritten with one word swapped, and one that shares a long sentence, but not a new scenario', () => {
    const record = (id: string, text: string): FeedRecord => ({
      id,
      feed: 'petition',
      date: '2026-01-01',
      text,
      label: { domain: '其他', familyRomantic: false, level: 'none', reason: 'test' },
    });
    const earlier = {
      label: 'an earlier set',
      texts: ['她男人每回喝了酒就摔盆砸碗，两个娃吓得钻到柜子后面不敢吭声，她连夜抱着小的回了娘家'],
    };
    const swapped = record(`${e.name}-X1`, '她老公每回喝了酒就摔盆砸碗，两个娃吓得钻到柜子后面不敢吭声，她连夜抱着小的回了娘家');
    const sentence = record(`${e.name}-X2`, '社区网格员说，两个娃吓得钻到柜子后面不敢吭声，后来是楼下阿姨把他们领走的');
    const fresh = record(`${e.name}-X3`, '我们村的路灯坏了半年，晚上出门一片黑，村委会说没有经费，请求乡里解决');
    const faults = e.nearDuplicates([swapped, sentence, fresh], [earlier]);
    expect(faults.some((f) => f.startsWith(`${e.name}-X1: near-duplicate of an earlier set`))).toBe(true);
    expect(faults.some((f) => f.startsWith(`${e.name}-X2: shares a run of`))).toBe(true);
    expect(faults.filter((f) => f.startsWith(`${e.name}-X3`))).toEqual([]);
    expect(e.nearDuplicates([swapped, record(`${e.name}-X4`, swapped.text.replace('娘家', '姐姐家'))], [])).not.toEqual([]);
  });

  const role = e.role ?? 'held-out';
  const listed = {
    'held-out': 'never under --dev, never among the mistakes of --errors',
    validation: 'its figures under --dev, never among the mistakes of --errors',
    development: 'its figures and mistakes under --dev',
  }[role];
  it(`is scored by npm run eval as a ${role} set: ${listed}`, () => {
    // Scored once, reported twice: three full evaluations per edition were most of `npm test`'s time.
    const scored = scoreEvaluation();
    const { sets } = scored;
    const size = (name: string) => sets.find((s) => s.name === name)?.engine.n;
    const all = e.counts.feeds.reduce((a, b) => a + b, 0);
    const set = role === 'development' ? `feed-style ${e.name}` : `feed-style ${role} ${e.name}`;
    expect([size(`${set} (with upstream codes)`), size(`${set}, text alone`)]).toEqual([all, all]);
    for (const how of [', text alone', ' (with upstream codes)'])
      expect(['police110', 'court', 'petition'].map((f) => size(`${set}: ${f}${how}`))).toEqual(e.counts.feeds);
    // Booleans only, so that a failure never prints a held-out record.
    const dev = renderEvaluation(scored, { showErrors: true, devOnly: true });
    expect(dev.includes(`${set}, text alone`)).toBe(role !== 'held-out');
    // Every record's own id, whatever its letters: none of a validation or held-out set is printed with or
    // without --dev; a development set's mistakes are listed under --errors.
    const everything = renderEvaluation(scored, { showErrors: true });
    const printed = records.filter((r) => dev.includes(r.id) || everything.includes(r.id)).length;
    const mistaken = role === 'development' && sets.some((s) => s.name.startsWith(set) && s.mistakes.length > 0);
    expect(printed > 0).toBe(mistaken);
  });
}

/** The blind second annotator's checks for an edition (its `second-annotator.ts` bound by feedSecondAnnotator). */
export function describeSecondAnnotator(set: { name: string; dir: string; jsonl: string; seed: string }): void {
  const annotator = feedSecondAnnotator(set);
  const { agreement, drawSample, sampleRows, SAMPLE_FILE } = annotator;
  const records = annotator.read();
  /** The set's own labels in the second annotator's form: what a perfectly agreeing annotator would write. */
  const own = (): SecondLabel[] =>
    drawSample(records).map((r) => ({ id: r.id, familyRomantic: r.label.familyRomantic, level: r.label.level, note: 'same' }));

  it('exports exactly the seeded draw of 100 records, with id, feed, text and disposition only', () => {
    const sample = drawSample(records);
    expect(sample).toHaveLength(100);
    const exported = readFileSync(SAMPLE_FILE, 'utf8').split('\n');
    expect(exported.pop()).toBe('');
    expect(exported[0]).toBe(SAMPLE_HEADER);
    expect(exported.slice(1).map((l) => l.split('\t')[0])).toEqual(sample.map((r) => r.id));
    // The committed file is what the script writes today: no field was added by hand, none left out.
    expect(exported.slice(1)).toEqual(sampleRows(records));
    expect(exported.slice(1).every((l) => l.split('\t').length === 4)).toBe(true);
    // Blind: no upstream code (it would hint at the domain) and no reason of a label in a record's row, unless
    // the record's own text says it (an application for a protection order names one).
    const leaked = sample.filter((r, i) =>
      [r.category, r.cause, r.label.reason].some(
        (h) => !!h && h.length > 4 && !`${r.text}\t${r.disposition ?? ''}`.includes(h) && exported[i + 1].includes(h),
      ),
    );
    expect(leaked.map((r) => r.id)).toEqual([]);
  });

  it('scores an annotator who agrees on everything as agreeing, and names the one record changed', () => {
    const same = agreement(records, own());
    expect([same.family.agreement, same.redOrange.agreement, same.exactLevel, same.disagreements.length]).toEqual([1, 1, 1, 0]);
    // The first sampled record moved across the red-or-orange line (and made family, as any graded record is).
    const changed = own();
    const wasHigh = changed[0].level === 'red' || changed[0].level === 'orange';
    changed[0] = { ...changed[0], familyRomantic: true, level: wasHigh ? 'blue' : 'red' };
    const one = agreement(records, changed);
    expect(one.exactLevel).toBeCloseTo(0.99, 5);
    expect(one.disagreements.map((d) => d.id)).toEqual([changed[0].id]);
    expect(one.redOrange.kappa).toBeLessThan(1);
  });

  it('refuses labels that do not cover exactly the sample, and a comparison before the labels exist', () => {
    expect(() => agreement(records, own().slice(1))).toThrow(/exactly the sample/);
    expect(() => agreement(records, [...own().slice(1), own()[1]])).toThrow(/exactly the sample/);
    const dir = mkdtempSync(join(tmpdir(), `${set.name}-second-`));
    copyFileSync(join(set.dir, set.jsonl), join(dir, set.jsonl));
    const unlabelled = feedSecondAnnotator({ ...set, dir, seed: 'test|' });
    expect(() => unlabelled.main('compare')).toThrow(/no second annotator's labels yet/);
  });
}
