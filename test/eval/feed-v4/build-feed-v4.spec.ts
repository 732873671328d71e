import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderEvaluation, scoreEvaluation } from '../../../libs/evaluation/src';
import { buildFeedV4, EARLIER_SETS, FeedV4Record, nearDuplicates, parseSource } from './build-feed-v4';

describe('feed-v4 (held out until round 6, development since)', () => {
  const records = buildFeedV4();

  it('is the committed feed-v4.jsonl, rebuilt from the hand-written sources', () => {
    const committed = readFileSync(join(__dirname, 'feed-v4.jsonl'), 'utf8').trim().split('\n');
    expect(committed).toEqual(records.map((r) => JSON.stringify(r)));
  });

  it('covers the three feeds with the proportions its README states', () => {
    const n = (p: (r: FeedV4Record) => boolean) => records.filter(p).length;
    expect(records).toHaveLength(330);
    expect([n((r) => r.feed === 'police110'), n((r) => r.feed === 'court'), n((r) => r.feed === 'petition')]).toEqual([125, 100, 105]);
    expect(n((r) => r.label.familyRomantic)).toBe(172);
    expect(n((r) => r.label.domain === '恋爱情感')).toBe(29);
    expect(n((r) => r.label.level === 'red' || r.label.level === 'orange')).toBe(95);
    expect(['red', 'orange', 'yellow', 'blue', 'none'].map((l) => n((r) => r.label.level === l))).toEqual([44, 51, 31, 46, 158]);
    // Realistic lengths: filings of 300 characters and more, and no 110 call shorter than a sentence or two.
    expect(n((r) => r.feed === 'court' && [...r.text].length >= 300)).toBe(20);
    expect(records.filter((r) => r.feed === 'police110').every((r) => [...r.text].length + [...(r.disposition ?? '')].length >= 48)).toBe(
      true,
    );
  });

  it('checks itself against the development set and every earlier feed-style set, v3 included', () => {
    expect(EARLIER_SETS.map((f) => f.split('/').slice(-2).join('/'))).toEqual([
      'eval/eval-set.jsonl',
      'feed/feed-heldout.jsonl',
      'feed-v2/feed-v2.jsonl',
      'feed-v3/feed-v3.jsonl',
    ]);
  });

  it('reads an open call (disposition "-") as one without a disposition, and refuses an unknown domain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-v4-'));
    const file = join(dir, 'police110.txt');
    writeFileSync(file, 'P1 | 家庭纠纷 | 蓝 | 婚姻家庭 | quarrel | 两口子吵架 | -\n');
    const [open] = parseSource(file, 'police110');
    expect([open.id, open.text, 'disposition' in open]).toEqual(['v4-P1', '两口子吵架', false]);
    writeFileSync(file, 'P1 | 家庭纠纷 | 蓝 | 家务 | quarrel | 两口子吵架 | -\n');
    expect(() => parseSource(file, 'police110')).toThrow(/police110.txt:1: domain must be one of/);
  });

  it('finds a record rewritten with one word swapped, and one that shares a long sentence, but not a new scenario', () => {
    const record = (id: string, text: string): FeedV4Record => ({
      id,
      feed: 'police110',
      date: '2026-01-01',
      text,
      label: { domain: '其他', familyRomantic: false, level: 'none', reason: 'test' },
    });
    const earlier = {
      label: 'an earlier set',
      texts: ['女方称男方酒后把她从床上拖到客厅，用脚踢她的腰，她趁男方去厕所时跑到楼下小卖部借电话报警'],
    };
    const swapped = record('v4-X1', '女方称老公酒后把她从床上拖到客厅，用脚踢她的腰，她趁男方去厕所时跑到楼下小卖部借电话报警');
    const sentence = record('v4-X2', '网格员说那天夜里，她趁男方去厕所时跑到楼下小卖部借电话报警，店主给她倒了杯热水');
    const fresh = record('v4-X3', '菜市场两个摊主为了摊位前的遮阳棚争执，互相推了几下，市场管理员把他们劝开了');
    const faults = nearDuplicates([swapped, sentence, fresh], [earlier]);
    expect(faults.some((f) => f.startsWith('v4-X1: near-duplicate of an earlier set'))).toBe(true);
    expect(faults.some((f) => f.startsWith('v4-X2: shares a run of'))).toBe(true);
    expect(faults.filter((f) => f.startsWith('v4-X3'))).toEqual([]);
    expect(nearDuplicates([swapped, record('v4-X4', swapped.text.replace('小卖部', '便利店'))], [])).not.toEqual([]);
  });

  it('is scored by npm run eval as a development set since round 6: under --dev, its records among the mistakes of --errors', () => {
    const scored = scoreEvaluation();
    const { sets } = scored;
    const n = (name: string) => sets.find((s) => s.name === name)?.engine.n;
    expect([n('feed-style v4 (with upstream codes)'), n('feed-style v4, text alone')]).toEqual([330, 330]);
    expect(['police110', 'court', 'petition'].map((f) => n(`feed-style v4: ${f}, text alone`))).toEqual([125, 100, 105]);
    const dev = renderEvaluation(scored, { showErrors: true, devOnly: true });
    expect(dev.includes('feed-style v4, text alone')).toBe(true);
    expect(dev.includes('held-out v4')).toBe(false);
  });
});
