import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedSecondAnnotator } from '../feed-second-annotator';
import type { SecondLabel } from '../real/second-annotator';
import { agreement, drawSample, readFeedV5, SAMPLE_FILE, SAMPLE_HEADER, sampleRows } from './second-annotator';

const v5 = readFeedV5();
/** The set's own labels in the second annotator's form: what a perfectly agreeing annotator would write. */
const own = (): SecondLabel[] =>
  drawSample(v5).map((r) => ({ id: r.id, familyRomantic: r.label.familyRomantic, level: r.label.level, note: 'same' }));

describe('second annotator on the feed-style held-out set v5', () => {
  it('exports exactly the seeded draw of 100 records, with id, feed, text and disposition only', () => {
    const sample = drawSample(v5);
    expect(sample).toHaveLength(100);
    const exported = readFileSync(SAMPLE_FILE, 'utf8').split('\n');
    expect(exported.pop()).toBe('');
    expect(exported[0]).toBe(SAMPLE_HEADER);
    expect(exported.slice(1).map((l) => l.split('\t')[0])).toEqual(sample.map((r) => r.id));
    // The committed file is what the script writes today: no field was added by hand, none left out.
    expect(exported.slice(1)).toEqual(sampleRows(v5));
    expect(exported.slice(1).every((l) => l.split('\t').length === 4)).toBe(true);
    // Blind: no upstream code (it would hint at the domain) and no reason of a label anywhere in the export.
    const hints = sample.flatMap((r) => [r.category, r.cause, r.label.reason].filter((h): h is string => !!h && h.length > 4));
    expect(hints.filter((h) => exported.some((l) => l.includes(h)))).toEqual([]);
  });

  it('scores an annotator who agrees on everything as agreeing, and names the one record changed', () => {
    const same = agreement(v5, own());
    expect([same.family.agreement, same.redOrange.agreement, same.exactLevel, same.disagreements.length]).toEqual([1, 1, 1, 0]);
    // The first sampled record moved across the red-or-orange line (and made family, as any graded record is).
    const changed = own();
    const wasHigh = changed[0].level === 'red' || changed[0].level === 'orange';
    changed[0] = { ...changed[0], familyRomantic: true, level: wasHigh ? 'blue' : 'red' };
    const one = agreement(v5, changed);
    expect(one.exactLevel).toBeCloseTo(0.99, 5);
    expect(one.disagreements.map((d) => d.id)).toEqual([changed[0].id]);
    expect(one.redOrange.kappa).toBeLessThan(1);
  });

  it('refuses labels that do not cover exactly the sample, and a comparison before the labels exist', () => {
    expect(() => agreement(v5, own().slice(1))).toThrow(/exactly the sample/);
    expect(() => agreement(v5, [...own().slice(1), own()[1]])).toThrow(/exactly the sample/);
    const dir = mkdtempSync(join(tmpdir(), 'feed-v5-second-'));
    copyFileSync(join(__dirname, 'feed-v5.jsonl'), join(dir, 'feed-v5.jsonl'));
    const unlabelled = feedSecondAnnotator({ name: 'feed-v5', dir, jsonl: 'feed-v5.jsonl', seed: 'test|' });
    expect(() => unlabelled.main('compare')).toThrow(/no second annotator's labels yet/);
  });
});
