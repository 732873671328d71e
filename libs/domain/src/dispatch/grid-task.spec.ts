import { EscalationPolicy } from './escalation-policy';
import {
  type AlertFacts,
  type DispatchRules,
  GridTask,
  leastLoadedWorker,
  type TaskEffect,
  TaskRuleViolation,
  taskToJoin,
} from './grid-task';
import type { RoutingDecision } from './routing';

const rules: DispatchRules = {
  policy: EscalationPolicy.fromSpecs(
    'red=15m/2h,orange=1h/24h,yellow=24h/72h,blue=72h/168h',
    'red=7d,orange=14d,yellow=30d,blue=none',
    0.5,
  ),
  workerCeiling: 2,
};
const T0 = new Date('2026-11-30T00:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const worker = { kind: 'grid_worker' as const, id: 'W1' };
const officer = { kind: 'duty_officer' as const, id: 'D1' };
const GRID: RoutingDecision = {
  method: 'address',
  gridCode: '411202001001001',
  villageCode: '411202001001',
  centreCode: '411202001000',
  reason: '地址含「新园社区」',
};
const MANUAL: RoutingDecision = { method: 'manual', gridCode: null, villageCode: null, centreCode: '411202001000', reason: '地址未匹配' };

let n = 0;
function alert(o: Partial<AlertFacts> = {}): AlertFacts {
  n++;
  return {
    jobId: `alert-${n}`,
    assessmentId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    eventId: `e-${n}`,
    householdKey: 'hh-1',
    divisionCode: '411202001001',
    riskLevel: 'yellow',
    riskScore: 40,
    correlationId: `c-${n}`,
    brief: { persons: [{ role: 'caller', nameMasked: '李*英' }], factorLabels: ['扬言杀人'], area: { village: '新园社区' } },
    ...o,
  };
}

const kinds = (effects: TaskEffect[]) =>
  effects.map((e) =>
    e.kind === 'event' ? `event:${e.event.type}` : e.kind === 'notice' ? `notice:${e.notice.purpose}` : `escalation:${e.escalation.reason}`,
  );

function opened(o: Partial<AlertFacts> = {}, route = GRID, load = 0): GridTask {
  const t = GridTask.open(alert(o), route, route.gridCode ? { workerId: 'W1', gridCode: route.gridCode, open: load } : null, rules, T0);
  t.pullEffects();
  return t;
}

describe('GridTask', () => {
  it('opens with the least-loaded worker, the accept deadline of its grade, and tells the worker', () => {
    expect(
      leastLoadedWorker([
        { workerId: 'W2', gridCode: 'g', open: 3 },
        { workerId: 'W1', gridCode: 'g', open: 3 },
        { workerId: 'W3', gridCode: 'g', open: 4 },
      ])?.workerId,
    ).toBe('W1');
    const t = GridTask.open(alert({ riskLevel: 'orange' }), GRID, { workerId: 'W1', gridCode: GRID.gridCode!, open: 0 }, rules, T0);
    expect(t.props).toMatchObject({ state: 'reported', workerId: 'W1', riskLevel: 'orange', escalationLevel: 'village' });
    expect(t.props.acceptDueAt).toEqual(at(60));
    expect(kinds(t.pullEffects())).toEqual(['event:created', 'notice:task_assigned']);
    expect(t.schedule().deadline).toEqual({ kind: 'accept', dueAt: at(60) });
  });

  it('sends red to the county at once, and a task without a grid to the township centre by hand', () => {
    const red = GridTask.open(alert({ riskLevel: 'red' }), GRID, { workerId: 'W1', gridCode: GRID.gridCode!, open: 0 }, rules, T0);
    const effects = red.pullEffects();
    expect(kinds(effects)).toEqual(['event:created', 'notice:task_assigned', 'escalation:red_alert']);
    const esc = effects.find((e) => e.kind === 'escalation');
    expect(esc?.kind === 'escalation' && esc.escalation).toMatchObject({ toLevel: 'county', centreCode: '411202000000' });
    const manual = GridTask.open(alert(), MANUAL, null, rules, T0);
    const notice = manual.pullEffects().find((e) => e.kind === 'notice');
    expect(notice?.kind === 'notice' && notice.notice).toMatchObject({
      purpose: 'manual_dispatch',
      audience: { to: 'duty', centreCode: '411202001000' },
    });
    expect(manual.props.workerId).toBeNull();
  });

  it('flags a grid worker over the ceiling to the township centre', () => {
    const t = GridTask.open(alert(), GRID, { workerId: 'W1', gridCode: GRID.gridCode!, open: 2 }, rules, T0);
    expect(kinds(t.pullEffects())).toEqual(['event:created', 'notice:task_assigned', 'event:workload_flag', 'notice:workload_flag']);
  });

  it('joins a later alert silently, and raises on a higher grade with tighter deadlines and red to the county', () => {
    const t = opened({ riskLevel: 'yellow' });
    expect(t.joinAlert(alert({ riskLevel: 'blue' }), rules, at(1))).toBe('joined');
    expect(kinds(t.pullEffects())).toEqual(['event:alert_joined']);
    expect(t.joinAlert(alert({ riskLevel: 'red', riskScore: 90 }), rules, at(2))).toBe('raised');
    expect(kinds(t.pullEffects())).toEqual(['event:grade_raised', 'notice:task_raised', 'escalation:red_alert']);
    expect(t.props).toMatchObject({ riskLevel: 'red', riskScore: 90, alertCount: 3 });
    expect(t.props.acceptDueAt).toEqual(at(17));
  });

  it('keeps one open task per household and dispute thread', () => {
    const household = opened({ threadKey: undefined });
    const couple = taskToJoin({ householdKey: 'hh-1', threadKey: 'pair:couple' }, [household]);
    expect(couple).toBe(household);
    couple!.joinAlert(alert({ threadKey: 'pair:couple' }), rules, at(1));
    expect(household.props.threadKey).toBe('pair:couple');
    expect(taskToJoin({ householdKey: 'hh-1', threadKey: 'pair:father-son' }, [household])).toBeUndefined();
    const son = opened({ threadKey: 'pair:father-son' });
    expect(taskToJoin({ householdKey: 'hh-1', threadKey: 'household:hh-1' }, [household, son])).toBeDefined();
    expect(taskToJoin({ householdKey: 'hh-1', threadKey: 'pair:father-son' }, [household, son])).toBe(son);
    expect(taskToJoin({ householdKey: 'hh-2' }, [household, son])).toBeUndefined();
  });

  it('walks the closed loop and refuses what it does not allow, with a code', () => {
    const t = opened({ riskLevel: 'red' });
    expect(() => t.giveFeedback('success', worker, '已走访', rules, at(1))).toThrow(
      expect.objectContaining({ code: 'illegal_transition' }),
    );
    t.accept(worker, '已受理', rules, at(5));
    expect(t.props).toMatchObject({ state: 'accepted', acceptedOnTime: true, acceptDueAt: null });
    expect(t.schedule().deadline).toEqual({ kind: 'feedback', dueAt: at(125) });
    expect(() => t.dispatchTo([], worker, '联系', rules, at(6))).toThrow(expect.objectContaining({ code: 'departments_required' }));
    t.dispatchTo(['police_station'], worker, '联系派出所', rules, at(6));
    t.startHandling(worker, '入户', rules, at(7));
    t.giveFeedback('success', worker, '调解成功', rules, at(8));
    expect(() => t.verify(worker, '自己核查', rules, at(9))).toThrow(expect.objectContaining({ code: 'actor_not_allowed' }));
    t.verify(officer, '核查属实', rules, at(9));
    expect(t.schedule().revisit).toEqual({ revisitNo: 1, dueAt: new Date(at(9).getTime() + 7 * 86_400_000) });
    expect(() => t.close(officer, '结案', rules, at(10))).toThrow(expect.objectContaining({ code: 'revisit_required' }));
    expect(t.remindRevisit(2)).toBe(false);
    expect(t.remindRevisit(1)).toBe(true);
    t.recordRevisit({ actor: worker, settled: false, note: '仍有争吵' }, rules, at(11));
    expect(t.schedule().revisit?.revisitNo).toBe(2);
    expect(() => t.recordRevisit({ actor: worker, settled: true, level: 'blue', note: '好' }, rules, at(12))).toThrow(TaskRuleViolation);
    t.recordRevisit({ actor: worker, settled: true, level: 'yellow', note: '双方分居，情绪平稳' }, rules, at(12));
    expect(t.props).toMatchObject({ state: 'closed', riskLevel: 'yellow', revisitCount: 2 });
    expect(t.schedule()).toMatchObject({ deadline: null, revisit: null });
  });

  it('escalates a missed deadline one level at a time, ignores a stale or repeated job, and stops at the city', () => {
    const t = opened({ riskLevel: 'orange' });
    const due = t.props.acceptDueAt!;
    expect(t.escalateOverdue('feedback', due, rules, at(61))).toBe(false);
    expect(t.escalateOverdue('accept', at(59), rules, at(61))).toBe(false);
    expect(t.escalateOverdue('accept', due, rules, at(61))).toBe(true);
    expect(t.props).toMatchObject({ escalationLevel: 'township', acceptDueAt: at(121) });
    expect(t.escalateOverdue('accept', due, rules, at(62))).toBe(false);
    t.escalateOverdue('accept', at(121), rules, at(121));
    t.escalateOverdue('accept', at(181), rules, at(181));
    expect(t.props).toMatchObject({ escalationLevel: 'city', acceptDueAt: at(241) });
    t.escalateOverdue('accept', at(241), rules, at(241));
    expect(t.props).toMatchObject({ escalationLevel: 'city', acceptDueAt: null });
    const levels = t.pullEffects().flatMap((e) => (e.kind === 'escalation' ? [e.escalation.toLevel] : []));
    expect(levels).toEqual(['township', 'county', 'city', 'city']);
    // Accepted after the first deadline escalated it: late, though before the chain's later deadline.
    const late = opened({ riskLevel: 'orange' });
    late.escalateOverdue('accept', late.props.acceptDueAt!, rules, at(61));
    late.accept(worker, '受理', rules, at(62));
    expect(late.props.acceptedOnTime).toBe(false);
    // Accepted in time: the accept job then does nothing.
    const onTime = opened({ riskLevel: 'orange' });
    const onTimeDue = onTime.props.acceptDueAt!;
    onTime.accept(worker, '受理', rules, at(30));
    expect(onTime.escalateOverdue('accept', onTimeDue, rules, at(61))).toBe(false);
  });

  it('supervision shortens deadlines once; lowering a grade needs a person and a reason', () => {
    const t = opened({ riskLevel: 'yellow' });
    t.supervise(officer, '县综治中心督办', rules, at(0));
    expect(t.props.acceptDueAt).toEqual(at(12 * 60));
    expect(() => t.supervise(officer, '再次督办', rules, at(1))).toThrow(expect.objectContaining({ code: 'already_supervised' }));
    expect(() => t.regrade('yellow', officer, '同级', rules, at(1))).toThrow(expect.objectContaining({ code: 'same_grade' }));
    expect(() => t.regrade('blue', officer, '短', rules, at(1))).toThrow(expect.objectContaining({ code: 'reason_required' }));
    t.regrade('blue', officer, '经核实系误报，双方已和好', rules, at(1));
    expect(t.props.riskLevel).toBe('blue');
  });

  it('is assigned by hand only when routing could not place it or a worker rejected it', () => {
    const manual = opened({}, MANUAL);
    const grid = { code: '411202001001002', villageCode: '411202001001', area: { grid: '第2网格' } };
    expect(() => manual.assign('999', undefined, [], officer, '指派', rules, at(1))).toThrow(
      expect.objectContaining({ code: 'unknown_grid' }),
    );
    expect(() => manual.assign(grid.code, grid, [], officer, '指派', rules, at(1))).toThrow(
      expect.objectContaining({ code: 'grid_without_worker' }),
    );
    manual.assign(grid.code, grid, [{ workerId: 'W9', gridCode: grid.code, open: 0 }], officer, '电话核实住址', rules, at(1));
    expect(manual.props).toMatchObject({ state: 'reported', gridCode: grid.code, workerId: 'W9' });
    expect(() => manual.assign(grid.code, grid, [{ workerId: 'W9', gridCode: grid.code, open: 0 }], officer, '再次', rules, at(2))).toThrow(
      expect.objectContaining({ code: 'not_assignable' }),
    );
    const rejected = opened();
    rejected.reject(worker, '不是本网格的住户', rules, at(1));
    const effects = kinds(rejected.pullEffects());
    expect(effects).toEqual(['event:transition', 'notice:manual_dispatch']);
    expect(() => rejected.move({ to: 'reported', actor: officer, reason: '重新上报' }, rules, at(2))).toThrow(
      expect.objectContaining({ code: 'assign_required' }),
    );
  });
});
