import type { NormalizedEventV1 } from '@hub/contracts';
import { disputeThreadOf } from './dispute-thread';

const event = (persons: Partial<NormalizedEventV1['persons'][number]>[], householdKey = 'hh-1') =>
  ({ householdKey, persons: persons.map((p) => ({ name: 'x', nameMasked: 'x', role: 'party', ...p })) }) as NormalizedEventV1;

describe('disputeThreadOf', () => {
  it('makes the same pair one thread whatever the roles, feed or household', () => {
    const call = disputeThreadOf(
      event([
        { role: 'caller', idHash: 'A' },
        { role: 'suspect', idHash: 'B' },
        { role: 'witness', idHash: 'C' },
      ]),
    );
    const filing = disputeThreadOf(
      event(
        [
          { role: 'applicant', idHash: 'A' },
          { role: 'respondent', idHash: 'B' },
        ],
        'hh-moved',
      ),
    );
    const parties = disputeThreadOf(
      event([
        { role: 'party', phoneHash: 'B' },
        { role: 'party', idHash: 'A' },
      ]),
    );
    expect(call).toMatchObject({ basis: 'pair', parties: ['A', 'B'] });
    expect(filing.threadKey).toBe(call.threadKey);
    expect(parties.threadKey).toBe(call.threadKey);
    expect(call.threadKey).not.toContain('A');
  });

  it('tells a different pair of the same household apart', () => {
    const couple = disputeThreadOf(
      event([
        { role: 'caller', idHash: 'A' },
        { role: 'suspect', idHash: 'B' },
      ]),
    );
    const sonAndFather = disputeThreadOf(
      event([
        { role: 'victim', idHash: 'D' },
        { role: 'suspect', idHash: 'E' },
      ]),
    );
    expect(couple.threadKey).not.toBe(sonAndFather.threadKey);
  });

  it('falls back to the household when the other party is not identified', () => {
    const petition = disputeThreadOf(event([{ role: 'petitioner', idHash: 'A' }]));
    const anonymous = disputeThreadOf(event([{ role: 'caller', idHash: 'A' }, { role: 'suspect' }]));
    expect(petition).toEqual({ threadKey: 'household:hh-1', basis: 'household', parties: [] });
    expect(anonymous.basis).toBe('household');
  });
});
