import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFeedV2, parseSource } from './build-feed-v2';

describe('feed-v2 held-out set', () => {
  const records = buildFeedV2();

  it('is the committed feed-v2.jsonl, rebuilt from the hand-written sources', () => {
    const committed = readFileSync(join(__dirname, 'feed-v2.jsonl'), 'utf8').trim().split('\n');
    expect(committed).toEqual(records.map((r) => JSON.stringify(r)));
  });

  it('covers the three feeds with the proportions its README states', () => {
    const n = (p: (r: (typeof records)[number]) => boolean) => records.filter(p).length;
    expect(records).toHaveLength(329);
    expect([n((r) => r.feed === 'police110'), n((r) => r.feed === 'court'), n((r) => r.feed === 'petition')]).toEqual([145, 89, 95]);
    expect(n((r) => r.label.familyRomantic)).toBe(158);
    expect(n((r) => r.label.level === 'red' || r.label.level === 'orange')).toBe(89);
    expect(records.every((r) => r.label.reason.length > 0)).toBe(true);
  });

  it('refuses a source line with a bad level, a graded non-family record or a missing field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-v2-'));
    mkdirSync(join(dir, 'src'));
    const write = (line: string) => {
      writeFileSync(join(dir, 'src', 'court.txt'), `# header\n${line}\n`);
      return () => parseSource(join(dir, 'src', 'court.txt'), 'court');
    };
    expect(write('C1 | 离婚纠纷 | 紫 | 婚姻家庭 | why | 原告诉称')).toThrow(/court.txt:2: level must be one of/);
    expect(write('C1 | 劳动争议 | 蓝 | 其他 | why | 原告诉称')).toThrow(/family or romantic record is graded/);
    expect(write('C1 | 离婚纠纷 | 蓝 | 婚姻家庭 | 原告诉称')).toThrow(/expected 6 fields/);
  });
});
