import { ClassifySession } from './classify';

const police = (incidentNo: string, callText: string, receivedAt: string) =>
  JSON.stringify({
    schemaVersion: 1,
    incidentNo,
    revision: 1,
    status: 'received',
    receivedAt,
    category: { code: '04', name: '纠纷' },
    subCategory: { code: '040101', name: '家庭纠纷' },
    callText,
    address: { text: '新园社区人民路12号', divisionCode: '411202001001' },
    policeStation: { code: 'PS1', name: '湖滨派出所' },
    persons: [{ role: 'caller', name: '李秀英', idNumber: '411202199003150023' }],
  });

describe('ClassifySession', () => {
  it('assesses a plain record with its factors and evidence', () => {
    const out = new ClassifySession().line(JSON.stringify({ id: 'r1', feed: 'police110', text: '报警人称其丈夫拿菜刀要砍她。' }));
    expect(out).toMatchObject({ id: 'r1', domain: '婚姻家庭', familyRomantic: true, riskLevel: 'red' });
    const weapon = out.factors!.find((f) => f.code === 'weapon')!;
    expect(weapon.label).toBe('持刀具/凶器');
    expect(weapon.evidence[0]).toMatchObject({ recordId: 'r1', field: 'main', text: '拿菜刀' });
  });

  it('takes messages exactly as published on a feed, and counts history across lines', () => {
    const s = new ClassifySession();
    const first = s.line(police('J0000000001', '报警人称与老公吵架，老公推了她一把。', '2026-11-20T10:00:00+08:00'));
    const second = s.line(police('J0000000002', '报警人称老公又和她吵架。', '2026-11-25T10:00:00+08:00'));
    expect(first.id).toBe('J0000000001');
    const repeat = second.factors!.find((f) => f.code === 'repeat_incidents')!;
    expect(repeat.evidence[0].recordId).toBe('J0000000001');
    expect(second.riskScore).toBeGreaterThan(0);
  });

  it('answers a malformed line with an error and goes on', () => {
    const s = new ClassifySession();
    expect(s.line('{not json')).toEqual({ error: expect.stringMatching(/^not JSON/) });
    expect(s.line(JSON.stringify({ id: 'x', feed: 'fax', text: 't' }))).toEqual({ id: 'x', error: expect.stringContaining('feed') });
    expect(s.line(JSON.stringify({ incidentNo: 'J0000000009', schemaVersion: 1 }))).toEqual({
      id: 'J0000000009',
      error: expect.stringMatching(/^missing_field/),
    });
    expect(s.line(JSON.stringify({ id: 'ok', feed: 'petition', text: '反映拖欠工资问题' }))).toMatchObject({
      id: 'ok',
      familyRomantic: false,
      riskLevel: 'none',
    });
  });
});
