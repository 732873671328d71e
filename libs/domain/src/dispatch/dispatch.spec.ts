import { composeMessage, type TaskBrief } from './delivery-message';
import { EscalationPolicy, parseDuration } from './escalation-policy';
import { type AreaDivision, type AreaGrid, type AreaIndex, routeAlert } from './routing';
import { checkTransition, legalTargets, TASK_STATES, type TaskState, type TransitionRequest } from './task-lifecycle';

const divisions: AreaDivision[] = [
  { code: '411200000000', name: '三门峡市', level: 'city', parentCode: null, placeNames: [] },
  { code: '411202000000', name: '湖滨区', level: 'county', parentCode: '411200000000', placeNames: [] },
  { code: '411202001000', name: '城关街道', level: 'township', parentCode: '411202000000', placeNames: [] },
  { code: '411202001001', name: '东庄社区', level: 'village', parentCode: '411202001000', placeNames: ['人民路', '建设路'] },
  { code: '411202001201', name: '西河村', level: 'village', parentCode: '411202001000', placeNames: [] },
];
const square = (lng: number, lat: number): [number, number][] => [
  [lng, lat],
  [lng + 0.01, lat],
  [lng + 0.01, lat + 0.01],
  [lng, lat + 0.01],
];
const grids: AreaGrid[] = [
  { code: '411202001001001', name: '东庄社区第1网格', villageCode: '411202001001', placeNames: ['人民路'], outline: square(111.1, 34.7) },
  { code: '411202001001002', name: '东庄社区第2网格', villageCode: '411202001001', placeNames: ['建设路'] },
  { code: '411202001201001', name: '西河村第1网格', villageCode: '411202001201', placeNames: ['1组', '2组'] },
  { code: '411202001201002', name: '西河村第2网格', villageCode: '411202001201', placeNames: ['11组', '12组'] },
];
const index: AreaIndex = {
  division: (c) => divisions.find((d) => d.code === c),
  grid: (c) => grids.find((g) => g.code === c),
  villagesUnder: (c) => divisions.filter((d) => d.level === 'village' && d.code.startsWith(c.replace(/0+$/, ''))),
  gridsOf: (v) => grids.filter((g) => g.villageCode === v),
  gridsWithOutline: () => grids.filter((g) => g.outline),
};

describe('routeAlert', () => {
  it('takes the upstream grid code first', () => {
    const d = routeAlert({ text: '西河村1组', divisionCode: '411202001201', gridCode: '411202001001002' }, index);
    expect(d).toMatchObject({ method: 'grid_code', gridCode: '411202001001002', centreCode: '411202001000' });
  });

  it('falls back to the address when the grid code is unknown, and says so', () => {
    const d = routeAlert({ text: '西河村１２组5号', divisionCode: '411202001000', gridCode: '411202001201999' }, index);
    expect(d).toMatchObject({ method: 'address', gridCode: '411202001201002' });
    expect(d.reason).toContain('不在本市网格库');
  });

  it('does not mistake group 12 for group 1 or 2', () => {
    expect(routeAlert({ text: '西河村12组', divisionCode: '411202001201' }, index).gridCode).toBe('411202001201002');
    expect(routeAlert({ text: '西河村2组', divisionCode: '411202001201' }, index).gridCode).toBe('411202001201001');
  });

  it('matches a street name of a community under a county code', () => {
    const d = routeAlert({ text: '湖滨区建设路18号3单元', divisionCode: '411202000000' }, index);
    expect(d).toMatchObject({ method: 'address', gridCode: '411202001001002', villageCode: '411202001001' });
  });

  it('hands a village it is sure of but no grid to the village first grid', () => {
    const d = routeAlert({ text: '西河村东头', divisionCode: '411202001000' }, index);
    expect(d).toMatchObject({ method: 'address', gridCode: '411202001201001' });
    expect(d.reason).toContain('未能定位到具体网格');
  });

  it('uses coordinates when the address says nothing', () => {
    const d = routeAlert({ text: '路边', divisionCode: '411202001000', lat: 34.705, lng: 111.105 }, index);
    expect(d).toMatchObject({ method: 'coordinates', gridCode: '411202001001001' });
  });

  it('sends what matches nothing to the township centre, with the reason', () => {
    const d = routeAlert({ text: '某小区门口', divisionCode: '411202001000', lat: 30, lng: 100 }, index);
    expect(d).toMatchObject({ method: 'manual', gridCode: null, centreCode: '411202001000' });
    expect(d.reason).toContain('坐标不在任何已知网格范围内');
    expect(d.reason).toContain('城关街道综治中心人工分派');
  });

  it('finds the nearest centre of an unknown division', () => {
    expect(routeAlert({ text: '', divisionCode: '411202099000' }, index)).toMatchObject({ method: 'manual', centreCode: '411202000000' });
  });
});

describe('task lifecycle', () => {
  const by =
    (kind: 'grid_worker' | 'duty_officer' | 'system', extra: Partial<TransitionRequest> = {}) =>
    (to: TaskState): TransitionRequest => ({ to, actor: { kind, id: 'x' }, reason: '按规定处理', ...extra });

  it('walks the whole closed loop', () => {
    const w = by('grid_worker');
    const path: [TaskState, TransitionRequest][] = [
      ['reported', w('accepted')],
      ['accepted', by('grid_worker', { departments: ['police_station', 'womens_federation'] })('dispatched')],
      ['dispatched', w('in_handling')],
      ['in_handling', by('grid_worker', { mediation: 'success' })('feedback')],
      ['feedback', by('duty_officer')('returned')],
      ['returned', w('in_handling')],
      ['in_handling', by('grid_worker', { mediation: 'failed' })('feedback')],
      ['feedback', by('duty_officer')('verified')],
      ['verified', by('system')('closed')],
    ];
    for (const [from, req] of path) expect(checkTransition(from, req)).toEqual({ ok: true });
  });

  it('refuses every transition that is not in the loop', () => {
    let illegal = 0;
    for (const from of TASK_STATES) {
      for (const to of TASK_STATES) {
        if (legalTargets(from).includes(to)) continue;
        const r = checkTransition(from, {
          to,
          actor: { kind: 'duty_officer', id: 'o' },
          reason: '测试',
          departments: ['court'],
          mediation: 'success',
        });
        expect(r).toMatchObject({ ok: false, code: 'illegal_transition' });
        illegal++;
      }
    }
    expect(illegal).toBeGreaterThan(60);
  });

  it('says what is missing', () => {
    expect(checkTransition('reported', by('system')('accepted'))).toMatchObject({ ok: false, code: 'actor_not_allowed' });
    expect(checkTransition('feedback', by('grid_worker')('verified'))).toMatchObject({ ok: false, code: 'actor_not_allowed' });
    expect(checkTransition('reported', { ...by('grid_worker')('rejected'), reason: ' ' })).toMatchObject({ code: 'reason_required' });
    expect(checkTransition('accepted', by('grid_worker')('dispatched'))).toMatchObject({ code: 'departments_required' });
    expect(checkTransition('in_handling', by('grid_worker')('feedback'))).toMatchObject({ code: 'mediation_required' });
  });
});

describe('EscalationPolicy', () => {
  const policy = EscalationPolicy.fromSpecs();
  const t0 = new Date('2026-11-27T08:00:00Z');

  it('reads deadlines as configured and halves them under supervision', () => {
    expect(parseDuration('15m')).toBe(900_000);
    expect(policy.acceptDue('red', false, t0).toISOString()).toBe('2026-11-27T08:15:00.000Z');
    expect(policy.feedbackDue('orange', false, t0).toISOString()).toBe('2026-11-28T08:00:00.000Z');
    expect(policy.acceptDue('red', true, t0).toISOString()).toBe('2026-11-27T08:07:30.000Z');
    expect(() => EscalationPolicy.fromSpecs('red=15m/2h')).toThrow(/missing orange, yellow, blue/);
    expect(() => EscalationPolicy.fromSpecs('red=15x/2h,orange=1h/1h,yellow=1h/1h,blue=1h/1h')).toThrow(/not a duration/);
  });

  it('climbs village → township → county → city and stops there; red reaches the county at once', () => {
    expect(policy.nextLevel('village')).toBe('township');
    expect(policy.nextLevel('county')).toBe('city');
    expect(policy.nextLevel('city')).toBeNull();
    expect(policy.immediateNotice('red')).toBe('county');
    expect(policy.immediateNotice('orange')).toBeNull();
  });

  it('gives a case that turns red the red deadlines at once, never later ones', () => {
    const yellowDue = policy.acceptDue('yellow', false, t0);
    const later = new Date(t0.getTime() + 3_600_000);
    const raised = policy.tightened({ acceptDueAt: yellowDue, feedbackDueAt: null }, 'red', false, later);
    expect(raised.acceptDueAt!.toISOString()).toBe('2026-11-27T09:15:00.000Z');
    const early = policy.tightened({ acceptDueAt: new Date(t0.getTime() + 60_000), feedbackDueAt: null }, 'red', false, later);
    expect(early.acceptDueAt!.getTime()).toBe(t0.getTime() + 60_000);
  });

  it('sets revisits by grade', () => {
    expect(policy.revisitAfter('red')).toBe(7 * 86_400_000);
    expect(policy.revisitAfter('blue')).toBeNull();
  });
});

describe('composeMessage', () => {
  const brief: TaskBrief = {
    taskId: '9f1c2d3e-0000-4000-8000-000000000001',
    riskLevel: 'red',
    riskScore: 88,
    area: { county: '湖滨区', township: '城关街道', village: '东庄社区', grid: '第1网格' },
    householdAddress: '东庄社区人民路12号3单元501',
    persons: [
      { role: 'caller', nameMasked: '李*英', idMasked: '4112**********0023' },
      { role: 'suspect', nameMasked: '王*' },
    ],
    factorLabels: ['扬言杀人', '持刀'],
    acceptDueAt: '2026-11-27T08:15:00Z',
    alertCount: 2,
    supervised: false,
  };

  it('gives the assigned grid worker the household, masked, on a personal channel', () => {
    const m = composeMessage('task_assigned', brief, { kind: 'grid_worker', id: 'w1', audience: 'personal' }, 'webhook');
    expect(m.data).toMatchObject({
      household: { address: brief.householdAddress, persons: [{ role: '报警人', name: '李*英' }, { role: '对方当事人' }] },
    });
    expect(m.text).toContain('11月27日 16:15');
  });

  it('tells a group channel, an SMS or a duty officer nothing that identifies or locates the household', () => {
    const sent = [
      composeMessage('task_assigned', brief, { kind: 'grid_worker', id: 'w1', audience: 'group' }, 'webhook'),
      composeMessage('task_assigned', brief, { kind: 'grid_worker', id: 'w1', audience: 'personal' }, 'sms'),
      composeMessage('escalation', brief, { kind: 'duty_officer', id: 'o1', audience: 'personal' }, 'webhook'),
    ];
    for (const m of sent) {
      const all = JSON.stringify(m);
      for (const secret of ['人民路12号', '李*英', '王*', '4112**********0023']) expect(all).not.toContain(secret);
    }
    expect(JSON.stringify(sent[0])).not.toContain('扬言杀人');
    const manual = { ...brief, note: '地址「东庄社区人民路12号」未匹配到村（社区）' };
    expect(composeMessage('manual_dispatch', manual, { kind: 'duty_officer', id: 'o1', audience: 'personal' }, 'sms').text).not.toContain(
      '人民路12号',
    );
    expect(composeMessage('manual_dispatch', manual, { kind: 'duty_officer', id: 'o1', audience: 'personal' }, 'webhook').text).toContain(
      '人民路12号',
    );
  });
});

describe('routeAlert with a street several communities share', () => {
  it('does not guess between them', () => {
    const shared: AreaIndex = {
      ...index,
      villagesUnder: () => [
        { code: '411202001001', name: '东庄社区', level: 'village', parentCode: '411202001000', placeNames: ['人民路'] },
        { code: '411202001002', name: '南关社区', level: 'village', parentCode: '411202001000', placeNames: ['人民路'] },
      ],
    };
    expect(routeAlert({ text: '人民路8号', divisionCode: '411202001000' }, shared).method).toBe('manual');
  });
});
