import type { NormalizedEventV1 } from '@hub/contracts';
import { RISK_RULES_V1 } from './risk-rules';
import { correctionKey, ThreadAssessor } from './thread-assessment';

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
});
