import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFeedV3, FeedV3Record, nearDuplicates, parseSource } from './build-feed-v3';

describe('feed-v3 held-out set', () => {
  const records = buildFeedV3();

  it('is the committed feed-v3.jsonl, rebuilt from the hand-written sources', () => {
    const committed = readFileSync(join(__dirname, 'feed-v3.jsonl'), 'utf8').trim().split('\n');
    expect(committed).toEqual(records.map((r) => JSON.stringify(r)));
  });

  it('covers the three feeds with the proportions its README states', () => {
    const n = (p: (r: FeedV3Record) => boolean) => records.filter(p).length;
    expect(records).toHaveLength(327);
    expect([n((r) => r.feed === 'police110'), n((r) => r.feed === 'court'), n((r) => r.feed === 'petition')]).toEqual([126, 96, 105]);
    expect(n((r) => r.label.familyRomantic)).toBe(163);
    expect(n((r) => r.label.domain === '恋爱情感')).toBe(26);
    expect(n((r) => r.label.level === 'red' || r.label.level === 'orange')).toBe(92);
    expect(['red', 'orange', 'yellow', 'blue', 'none'].map((l) => n((r) => r.label.level === l))).toEqual([42, 50, 26, 45, 164]);
  });

  it('reads an open call (disposition "-") as one without a disposition, and refuses an unknown domain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-v3-'));
    const file = join(dir, 'police110.txt');
    writeFileSync(file, 'P1 | 家庭纠纷 | 蓝 | 婚姻家庭 | quarrel | 两口子吵架 | -\n');
    const [open] = parseSource(file, 'police110');
    expect([open.id, open.text, 'disposition' in open]).toEqual(['v3-P1', '两口子吵架', false]);
    writeFileSync(file, 'P1 | 家庭纠纷 | 蓝 | 家务 | quarrel | 两口子吵架 | -\n');
    expect(() => parseSource(file, 'police110')).toThrow(/police110.txt:1: domain must be one of/);
  });

  it('finds a record rewritten with one word swapped, and one that shares a long sentence, but not a new scenario', () => {
    const record = (id: string, text: string): FeedV3Record => ({
      id,
      feed: 'police110',
      date: '2026-01-01',
      text,
      label: { domain: '其他', familyRomantic: false, level: 'none', reason: 'test' },
    });
    const earlier = {
      label: 'an earlier set',
      texts: ['丈夫晚上喝多了回家，因为孩子的学费问题和妻子吵起来，随手抄起板凳砸向妻子，邻居听到动静报警'],
    };
    const swapped = record('v3-X1', '老公晚上喝多了回家，因为孩子的学费问题和妻子吵起来，随手抄起板凳砸向妻子，邻居听到动静报警');
    const sentence = record('v3-X2', '村口小卖部的老板说，随手抄起板凳砸向妻子，邻居听到动静报警，这事全村都知道了');
    const fresh = record('v3-X3', '两个外卖骑手在商场门口为了抢车位推搡起来，保安把他们拉开了');
    const faults = nearDuplicates([swapped, sentence, fresh], [earlier]);
    expect(faults.some((f) => f.startsWith('v3-X1: near-duplicate of an earlier set'))).toBe(true);
    expect(faults.some((f) => f.startsWith('v3-X2: shares a run of'))).toBe(true);
    expect(faults.filter((f) => f.startsWith('v3-X3'))).toEqual([]);
    expect(nearDuplicates([swapped, record('v3-X4', swapped.text.replace('学费', '补课费'))], [])).not.toEqual([]);
  });
});
