import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSecondLabels } from '../real/second-annotator';
import { agreement, drawSample, LABELS_FILE, readFeedV3, SAMPLE_FILE, SAMPLE_HEADER, sampleRows } from './second-annotator';

const v3 = readFeedV3();

describe('second annotator on the feed-style held-out set v3', () => {
  it('exports exactly the seeded draw of 100 records, with id, feed, text and disposition only', () => {
    const sample = drawSample(v3);
    expect(sample).toHaveLength(100);
    const exported = readFileSync(SAMPLE_FILE, 'utf8').split('\n');
    expect(exported.pop()).toBe('');
    expect(exported[0]).toBe(SAMPLE_HEADER);
    expect(exported.slice(1).map((l) => l.split('\t')[0])).toEqual(sample.map((r) => r.id));
    // The committed file is what the script writes today: no field was added by hand, none left out.
    expect(exported.slice(1)).toEqual(sampleRows(v3));
    expect(exported.slice(1).every((l) => l.split('\t').length === 4)).toBe(true);
  });

  it('has a blind label for every sampled record and no other', () => {
    const second = parseSecondLabels(readFileSync(LABELS_FILE, 'utf8'));
    expect(second.map((s) => s.id).sort()).toEqual(
      drawSample(v3)
        .map((r) => r.id)
        .sort(),
    );
    expect(second.every((s) => s.note.trim().length > 0)).toBe(true);
  });

  it('reports the agreement the files give, as the committed report and the README state', () => {
    const a = agreement(v3, parseSecondLabels(readFileSync(LABELS_FILE, 'utf8')));
    expect(a.family.agreement).toBeCloseTo(1, 5);
    expect(a.family.kappa).toBeCloseTo(1, 3);
    expect(a.redOrange.agreement).toBeCloseTo(1, 5);
    expect(a.redOrange.kappa).toBeCloseTo(1, 3);
    expect(a.exactLevel).toBeCloseTo(1, 5);
    expect([a.family.set, a.family.second, a.redOrange.set, a.redOrange.second]).toEqual([49, 49, 28, 28]);
    expect(a.disagreements).toEqual([]);
    const report = readFileSync(join(__dirname, 'second-annotator-report.txt'), 'utf8');
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    expect(report).toContain(`family-or-romantic: agreement ${pct(a.family.agreement)}, Cohen's kappa ${a.family.kappa.toFixed(3)}`);
    expect(report).toContain(`red-or-orange:      agreement ${pct(a.redOrange.agreement)}, Cohen's kappa ${a.redOrange.kappa.toFixed(3)}`);
    expect(report).toContain(`exact level:        agreement ${pct(a.exactLevel)}`);
    for (const f of a.perFeed) expect(report).toContain(`${f.feed}: ${f.records} records, family and level both agree on ${f.bothAgree}`);
  });

  it('refuses labels that do not cover exactly the sample', () => {
    const second = parseSecondLabels(readFileSync(LABELS_FILE, 'utf8'));
    expect(() => agreement(v3, second.slice(1))).toThrow(/exactly the sample/);
    expect(() => agreement(v3, [...second.slice(1), second[1]])).toThrow(/exactly the sample/);
  });
});
