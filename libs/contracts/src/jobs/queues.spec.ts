import { deadlineJobId, GridAlertRaisedV1, priorityOf } from './queues';

describe('job options', () => {
  it('puts red (and anything without a grade) first, then orange, yellow, blue', () => {
    expect(priorityOf({ riskLevel: 'red' })).toEqual({});
    expect(priorityOf({ riskLevel: 'orange' })).toEqual({ priority: 2 });
    expect(priorityOf({ riskLevel: 'blue' })).toEqual({ priority: 4 });
    expect(priorityOf({ riskLevel: 'purple' })).toEqual({});
    expect(priorityOf(null)).toEqual({});
  });

  it('makes job ids BullMQ accepts (no colon) and that name the fact', () => {
    const id = deadlineJobId('9f1c2d3e-0000-4000-8000-000000000001', 'accept', new Date('2026-11-27T08:15:00Z'));
    expect(id).toBe('deadline-9f1c2d3e-0000-4000-8000-000000000001-accept-1795767300000');
    expect(id).not.toContain(':');
  });

  it('still takes alerts raised before dispute threads existed', () => {
    const old = {
      schemaVersion: 1,
      assessmentId: '9f1c2d3e-0000-4000-8000-000000000001',
      eventId: '9f1c2d3e-0000-4000-8000-000000000002',
      householdKey: 'hh',
      divisionCode: '411202001001',
      riskLevel: 'red',
      riskScore: 90,
      correlationId: 'c',
      raisedAt: '2026-11-27T08:00:00+08:00',
    };
    expect(GridAlertRaisedV1.safeParse(old).success).toBe(true);
  });
});
