import { ACTIONS, decide, listScope, type Principal, rolesFor, seesPersonalData, transitionAction } from './access-policy';
import { areaCovers, areaLevelOf } from './area-code';

const worker: Principal = { subject: 'W4112020010010011', roles: ['grid_worker'], area: '411202001001001' };
const township: Principal = { subject: 'D4112020010001', roles: ['duty_officer'], area: '411202001000' };
const county: Principal = { subject: 'D4112020000001', roles: ['duty_officer'], area: '411202000000' };
const lingbao: Principal = { subject: 'D4112820000001', roles: ['duty_officer'], area: '411282000000' };
const city: Principal = { subject: 'D4112000000001', roles: ['duty_officer'], area: '411200000000' };
const leader: Principal = { subject: 'L4112020000001', roles: ['centre_leader'], area: '411202000000' };
const ops: Principal = { subject: 'ops-01', roles: ['operations'] };
const auditor: Principal = { subject: 'audit-01', roles: ['auditor'] };
const court: Principal = { subject: 'upstream-court', roles: ['upstream'], feed: 'court' };

const hubinTask = { gridCode: '411202001001001', villageCode: '411202001001', divisionCode: '411202001001', workerId: 'W4112020010010011' };
const lingbaoTask = {
  gridCode: '411282001001001',
  villageCode: '411282001001',
  divisionCode: '411282001001',
  workerId: 'W4112820010010011',
};

describe('area codes', () => {
  it.each([
    ['411200000000', 'city'],
    ['411202000000', 'county'],
    ['411202001000', 'township'],
    ['411202001001', 'village'],
    ['411202001001001', 'grid'],
  ])('%s is a %s', (code, level) => expect(areaLevelOf(code)).toBe(level));

  it('a division covers its subtree and nothing beside it', () => {
    expect(areaCovers('411202000000', '411202001001001')).toBe(true);
    expect(areaCovers('411200000000', '411282001001')).toBe(true);
    expect(areaCovers('411202001000', '411202002001')).toBe(false);
    expect(areaCovers('411202000000', '411282001001')).toBe(false);
    expect(areaCovers('411202001001001', '411202001001002')).toBe(false);
    expect(areaCovers('not-a-code', '411202001001')).toBe(false);
    expect(areaCovers('411202000000', null)).toBe(false);
  });
});

describe('access policy: role × action × area', () => {
  // [who, action, where, expected]
  const table: [string, Principal, (typeof ACTIONS)[number], object | undefined, string][] = [
    ['worker reads own grid task', worker, 'task.read', hubinTask, 'allowed'],
    ['worker reads the next grid’s task', worker, 'task.read', { ...hubinTask, gridCode: '411202001001002' }, 'out_of_scope'],
    ['worker reads another county’s task', worker, 'task.read', lingbaoTask, 'out_of_scope'],
    ['worker verifies', worker, 'task.verify', hubinTask, 'no_permission'],
    ['worker corrects a link', worker, 'link.correct', undefined, 'no_permission'],
    ['township officer reads a task of its village', township, 'task.read', hubinTask, 'allowed'],
    ['township officer reads another township’s task', township, 'task.read', { divisionCode: '411202002001' }, 'out_of_scope'],
    ['county officer verifies in its county', county, 'task.verify', hubinTask, 'allowed'],
    ['county officer verifies in another county', county, 'task.verify', lingbaoTask, 'out_of_scope'],
    ['灵宝 officer regrades a 湖滨 task', lingbao, 'task.regrade', hubinTask, 'out_of_scope'],
    ['city officer supervises anywhere', city, 'task.supervise', lingbaoTask, 'allowed'],
    ['officer accepts in the worker’s name', county, 'task.work', hubinTask, 'no_permission'],
    [
      'manual-dispatch task seen by its township centre',
      township,
      'task.read',
      { divisionCode: '411202000000', centreCode: '411202001000' },
      'allowed',
    ],
    ['leader supervises in its area', leader, 'task.supervise', hubinTask, 'allowed'],
    ['leader reads a task’s detail', leader, 'task.read', hubinTask, 'no_permission'],
    ['operations read queues', ops, 'queue.read', undefined, 'allowed'],
    ['operations read a task', ops, 'task.read', hubinTask, 'no_permission'],
    ['auditor reads the trail', auditor, 'audit.read', undefined, 'allowed'],
    ['auditor reads alerts', auditor, 'alert.list', undefined, 'no_permission'],
    ['court integration reads its dead letters', court, 'dead_letter.read', { feed: 'court' }, 'allowed'],
    ['court integration reads 110’s dead letters', court, 'dead_letter.read', { feed: 'police110' }, 'out_of_scope'],
    ['nobody without a role', { subject: 'x', roles: [] }, 'task.list', undefined, 'no_permission'],
    ['an officer without an area', { subject: 'x', roles: ['duty_officer'] }, 'task.read', hubinTask, 'out_of_scope'],
  ];
  it.each(table)('%s', (_what, p, action, at, expected) => {
    const d = decide(p, action, at);
    expect(d.allowed ? 'allowed' : d.reason).toBe(expected);
  });

  it('every action is granted to some role', () => {
    for (const a of ACTIONS) expect(rolesFor(a).length).toBeGreaterThan(0);
  });

  it('lists are cut to the caller’s grid, area or feed', () => {
    expect(listScope(worker, 'task.list')).toEqual({ kind: 'grid', gridCode: '411202001001001' });
    expect(listScope(county, 'task.list')).toEqual({ kind: 'area', areaCode: '411202000000' });
    expect(listScope(ops, 'delivery.list')).toEqual({ kind: 'all' });
    expect(listScope(court, 'dead_letter.read')).toEqual({ kind: 'feed', feed: 'court' });
    expect(listScope(auditor, 'task.list')).toEqual({ kind: 'none' });
  });

  it('maps transitions to the worker’s steps or an officer’s check', () => {
    expect(['accepted', 'rejected', 'feedback'].map(transitionAction)).toEqual(['task.work', 'task.work', 'task.work']);
    expect(['verified', 'closed', 'returned'].map(transitionAction)).toEqual(['task.verify', 'task.close', 'task.return']);
  });

  it('shows personal data only to the assigned worker and the officers above the task', () => {
    expect(seesPersonalData(worker, hubinTask)).toBe(true);
    expect(seesPersonalData({ ...worker, subject: 'W4112020010010012' }, hubinTask)).toBe(false);
    expect(seesPersonalData(county, hubinTask)).toBe(true);
    expect(seesPersonalData(lingbao, hubinTask)).toBe(false);
    expect(seesPersonalData(leader, hubinTask)).toBe(false);
  });
});
