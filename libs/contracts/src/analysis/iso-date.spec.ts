import { PlainRecord } from './plain-record';
import { parseIsoDate } from './iso-date';

describe('parseIsoDate', () => {
  it.each([
    ['2026-01-01', '2025-12-31T16:00:00.000Z'],
    ['20260101', '2025-12-31T16:00:00.000Z'],
    ['2026-001', '2025-12-31T16:00:00.000Z'],
    ['2026-W01-4', '2025-12-31T16:00:00.000Z'],
    ['2026-01-01T21:00', '2026-01-01T13:00:00.000Z'],
    ['2026-01-01T21:00:00+08:00', '2026-01-01T13:00:00.000Z'],
    ['2026-01-01T13:00:00.250Z', '2026-01-01T13:00:00.250Z'],
    ['20260101T130000Z', '2026-01-01T13:00:00.000Z'],
    ['2026-01-01 21:00:00-0500', '2026-01-02T02:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(new Date(parseIsoDate(text)!).toISOString()).toBe(iso);
  });

  it.each(['2026-02-30', '2026-13-01', '01/02/2026', '2026-01-01T25:00', 'yesterday', '2026-W54-1', '2026-367', ''])(
    'refuses %s',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );

  it('gives the plain record a clear error naming the field and what was expected', () => {
    const r = PlainRecord.safeParse({ id: 'x', feed: 'police110', text: 't', date: '2026/01/01' });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0];
    expect(issue.path).toEqual(['date']);
    expect(issue.message).toMatch(/^expected an ISO-8601 date or date-time.*got "2026\/01\/01"/);
    expect(PlainRecord.parse({ id: 'x', feed: 'police110', text: 't', date: '2026-01-01' }).date).toBe('2025-12-31T16:00:00.000Z');
  });
});
