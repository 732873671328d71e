import type { NormalizedEventV1 } from '@hub/contracts';
import { RISK_RULES_V1 } from './risk-rules';
import { correctionKey, HISTORY_BOUNDS, ThreadAssessor, type ThreadRecord } from './thread-assessment';

const event = (ref: string, day: number, extra: Partial<NormalizedEventV1> = {}): NormalizedEventV1 => ({
  schemaVersion: 1,
  eventId: `00000000-0000-5000-8000-${String(day).padStart(12, '0')}`,
  source: 'police110',
  sourceRef: ref,
  revision: 1,
  status: 'closed',
  occurredAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  receivedAt: '2026-11-27T00:00:00.000Z',
  texts: { main: '报警人称与老公吵架，老公推了她一把。' },
  codes: {},
  location: { text: 'x', divisionCode: '411202001001' },
  householdKey: 'hh_a',
  persons: [],
  flags: [],
  attributes: {},
  correlationId: ref,
  ...extra,
});

describe('ThreadAssessor', () => {
  it('links earlier records by household or by person, and says which', () => {
    const t = new ThreadAssessor(RISK_RULES_V1);
    t.assess(event('J1', 10));
    t.assess(event('J2', 12, { householdKey: 'hh_other', persons: [{ role: 'caller', name: '李', nameMasked: '李', idHash: 'p1' }] }));
    const third = t.assess(event('J3', 20, { persons: [{ role: 'caller', name: '李', nameMasked: '李', idHash: 'p1' }] }));
    expect(third.links).toEqual(
      expect.arrayContaining([
        { recordId: 'police110:J1#1', via: 'household' },
        { recordId: 'police110:J2#1', via: 'person' },
      ]),
    );
    expect(third.assessment.factors.find((f) => f.code === 'repeat_incidents')!.evidence).toHaveLength(2);
  });

  it('never counts a link an officer corrected as wrong', () => {
    const t = new ThreadAssessor(RISK_RULES_V1, [], new Set([correctionKey('police110|J3', 'police110|J1')]));
    t.assess(event('J1', 10));
    t.assess(event('J2', 12));
    const third = t.assess(event('J3', 20));
    expect(third.links).toEqual([{ recordId: 'police110:J2#1', via: 'household' }]);
    expect(correctionKey('b', 'a')).toBe(correctionKey('a', 'b'));
  });

  it('keeps the stored size of an assessment flat however long the household history', () => {
    const history = (n: number): ThreadRecord[] =>
      Array.from({ length: n }, (_, i) => ({
        recordId: `police110:H${i}#1`,
        source: 'police110',
        sourceRef: `H${i}`,
        revision: 1,
        occurredAt: new Date(Date.parse('2026-11-26T00:00:00Z') - i * 600_000).toISOString(),
        householdKey: 'hh_a',
        personHashes: [],
        familyRomantic: true,
        riskLevel: 'orange',
        factorCodes: ['violence'],
      }));
    const sizeWith = (n: number) => {
      const a = new ThreadAssessor(RISK_RULES_V1, history(n)).assess(event('J9', 27));
      expect(a.linkedRecords).toBe(n);
      expect(a.links.length).toBe(Math.min(n, HISTORY_BOUNDS.links));
      for (const f of a.assessment.factors) expect(f.evidence.length).toBeLessThanOrEqual(HISTORY_BOUNDS.evidencePerFactor + 1);
      return JSON.stringify({ factors: a.assessment.factors, links: a.links }).length;
    };
    const small = sizeWith(300);
    const large = sizeWith(10_000);
    expect(large).toBe(small);
    const newest = new ThreadAssessor(RISK_RULES_V1, history(1_000)).assess(event('J9', 27));
    expect(newest.links[0].recordId).toBe('police110:H0#1');
    const repeat = newest.assessment.factors.find((f) => f.code === 'repeat_incidents')!;
    expect(repeat.evidence.at(-1)!.text).toMatch(/^共 \d+ 条, 列出最近 5 条$/);
  });
});
