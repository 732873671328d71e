import { redactJobData } from './ops-board';

describe('Bull Board job data for operations', () => {
  it('keeps references, grades and times and hides the keyed household and thread hashes', () => {
    expect(
      redactJobData({
        schemaVersion: 1,
        assessmentId: 'a1',
        householdKey: 'hh:3f9a',
        threadKey: 'pair:77',
        riskLevel: 'red',
        riskScore: 91,
        raisedAt: '2026-11-30T12:00:00Z',
      }),
    ).toEqual({
      schemaVersion: 1,
      assessmentId: 'a1',
      householdKey: '[已隐藏]',
      threadKey: '[已隐藏]',
      riskLevel: 'red',
      riskScore: 91,
      raisedAt: '2026-11-30T12:00:00Z',
    });
  });

  it('hides nested objects and anything that is not a plain object', () => {
    expect(redactJobData({ taskId: 't', location: { text: '人民路12号' } })).toEqual({ taskId: 't', location: '[已隐藏]' });
    expect(redactJobData('人民路12号')).toBe('[已隐藏]');
  });
});
