import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderEvaluation, scoreEvaluation } from '../../../libs/evaluation/src';
import { buildFeedV5, EARLIER_SETS, FeedV5Record, nearDuplicates, parseSource } from './build-feed-v5';

describe('feed-v5 (held out until round 6, development since)', () => {
  const records = buildFeedV5();

  it('is the committed feed-v5.jsonl, rebuilt from the hand-written sources', () => {
    const committed = readFileSync(join(__dirname, 'feed-v5.jsonl'), 'utf8').trim().split('\n');
    expect(committed).toEqual(records.map((r) => JSON.stringify(r)));
  });

  it('covers the three feeds with the proportions its README states', () => {
    const n = (p: (r: FeedV5Record) => boolean) => records.filter(p).length;
    expect(records).toHaveLength(330);
    expect([n((r) => r.feed === 'police110'), n((r) => r.feed === 'court'), n((r) => r.feed === 'petition')]).toEqual([125, 100, 105]);
    expect(n((r) => r.label.familyRomantic)).toBe(177);
    expect(n((r) => r.label.domain === '恋爱情感')).toBe(34);
    expect(n((r) => r.label.level === 'red' || r.label.level === 'orange')).toBe(96);
    expect(['red', 'orange', 'yellow', 'blue', 'none'].map((l) => n((r) => r.label.level === l))).toEqual([43, 53, 32, 49, 153]);
    // Realistic lengths: filings of 300 characters and more (two over 1,000), no 110 call shorter than a sentence or two.
    expect(n((r) => r.feed === 'court' && [...r.text].length >= 300)).toBe(10);
    expect(n((r) => r.feed === 'court' && [...r.text].length >= 1000)).toBe(2);
    expect(records.filter((r) => r.feed === 'police110').every((r) => [...r.text].length + [...(r.disposition ?? '')].length >= 48)).toBe(
      true,
    );
    // Typing noise kept as written: a zero-width joiner, a zero-width space, an ideographic space, spaces between words.
    expect(['\u200d', '\u200b', '\u3000'].map((c) => n((r) => (r.subject ?? '').includes(c) || r.text.includes(c)))).toEqual([1, 1, 1]);
  });

  it('checks itself against the development set and every earlier feed-style set, v4 included', () => {
    expect(EARLIER_SETS.map((f) => f.split('/').slice(-2).join('/'))).toEqual([
      'eval/eval-set.jsonl',
      'feed/feed-heldout.jsonl',
      'feed-v2/feed-v2.jsonl',
      'feed-v3/feed-v3.jsonl',
      'feed-v4/feed-v4.jsonl',
    ]);
  });

  it('reads an open call (disposition "-") as one without a disposition, and refuses a line with a field missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-v5-'));
    const file = join(dir, 'police110.txt');
    writeFileSync(file, 'P1 | 婚恋纠纷 | 黄 | 恋爱情感 | push | 男友推了她一下 | -\n');
    const [open] = parseSource(file, 'police110');
    expect([open.id, open.text, 'disposition' in open, open.label.level]).toEqual(['v5-P1', '男友推了她一下', false, 'yellow']);
    writeFileSync(file, 'P1 | 婚恋纠纷 | 黄 | 恋爱情感 | 男友推了她一下 | -\n');
    expect(() => parseSource(file, 'police110')).toThrow(/police110.txt:1: expected 7 fields/);
  });

  it('finds a record rewritten with one word swapped, and one that shares a long sentence, but not a new scenario', () => {
    const record = (id: string, text: string): FeedV5Record => ({
      id,
      feed: 'petition',
      date: '2026-01-01',
      text,
      label: { domain: '其他', familyRomantic: false, level: 'none', reason: 'test' },
    });
    const earlier = {
      label: 'an earlier set',
      texts: ['我丈夫每次打完牌回来都要找茬，把锅碗瓢盆摔得满地都是，孩子吓得躲在床底下不敢出来，我只好抱着孩子去了娘家'],
    };
    const swapped = record(
      'v5-X1',
      '我老公每次打完牌回来都要找茬，把锅碗瓢盆摔得满地都是，孩子吓得躲在床底下不敢出来，我只好抱着孩子去了娘家',
    );
    const sentence = record('v5-X2', '村妇联主任说，那孩子吓得躲在床底下不敢出来，后来是邻居把他哄出来的，请求乡里关心一下');
    const fresh = record('v5-X3', '我们小区的快递柜经常坏，取件码输了也打不开，物业说不归他们管，请求有关部门协调');
    const faults = nearDuplicates([swapped, sentence, fresh], [earlier]);
    expect(faults.some((f) => f.startsWith('v5-X1: near-duplicate of an earlier set'))).toBe(true);
    expect(faults.some((f) => f.startsWith('v5-X2: shares a run of'))).toBe(true);
    expect(faults.filter((f) => f.startsWith('v5-X3'))).toEqual([]);
    expect(nearDuplicates([swapped, record('v5-X4', swapped.text.replace('娘家', '姐姐家'))], [])).not.toEqual([]);
  });

  it('is scored by npm run eval as a development set since round 6: under --dev, its records among the mistakes of --errors', () => {
    const scored = scoreEvaluation();
    const { sets } = scored;
    const n = (name: string) => sets.find((s) => s.name === name)?.engine.n;
    expect([n('feed-style v5 (with upstream codes)'), n('feed-style v5, text alone')]).toEqual([330, 330]);
    expect(['police110', 'court', 'petition'].map((f) => n(`feed-style v5: ${f}, text alone`))).toEqual([125, 100, 105]);
    const dev = renderEvaluation(scored, { showErrors: true, devOnly: true });
    expect(dev.includes('feed-style v5, text alone')).toBe(true);
    expect(dev.includes('held-out v5')).toBe(false);
  });
});
