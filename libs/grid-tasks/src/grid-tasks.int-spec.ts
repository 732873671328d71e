import { Pool } from 'pg';
import {
  type Actor,
  type AlertLevel,
  EscalationPolicy,
  type RoutingDecision,
  routeAlert,
  TaskRuleViolation,
  type TransitionRequest,
} from '@hub/domain';
import { GridTaskReads, PgGridTaskRepository, StoredAreaIndex } from '@hub/persistence';
import { KNOWN_VILLAGE } from '../../../test/support/builders';
import { storedAlert } from '../../../test/support/dispatch-fixtures';
import { freshPool } from '../../../test/support/infra';
import { localSecret } from '../../../test/support/test-env';
import { areaDirectoryOf } from './area-directory';
import { GridTaskCommands } from './grid-tasks';
import type { TaskChanged } from './task-changes';
import type { TaskWork } from './task-work';
import { taskView } from './task-view';

/**
 * The grid task commands on real PostgreSQL, over the seeded 三门峡 hierarchy (12,322 grids). The old
 * store's calls are kept as a thin adapter so that each assertion reads as it did.
 */
describe('grid task commands on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  let areas: StoredAreaIndex;
  let store: ReturnType<typeof storeOver>;
  const policy = EscalationPolicy.fromSpecs(
    'red=15m/2h,orange=1h/24h,yellow=24h/72h,blue=72h/168h',
    'red=7d,orange=14d,yellow=30d,blue=none',
    0.5,
  );
  const worker = { kind: 'grid_worker' as const, id: 'W1' };
  const officer = { kind: 'duty_officer' as const, id: 'D1' };

  beforeAll(async () => {
    db = await freshPool(4);
    ({ pool } = db);
    areas = new StoredAreaIndex(pool);
    store = storeOver(new GridTaskCommands(new PgGridTaskRepository(pool), { policy, workerCeiling: 2 }, areaDirectoryOf(areas)), pool);
    expect(await areas.refresh()).toEqual({ divisions: 1456, grids: 12322 });
  });

  afterAll(async () => {
    await db?.close();
  });

  async function openTask(o: Parameters<typeof storedAlert>[1] = {}, now = new Date()) {
    const { alert, jobId } = await storedAlert(pool, o);
    const route = routeAlert({ text: '新园社区人民路12号', divisionCode: KNOWN_VILLAGE, ...o.location }, areas);
    const r = await store.applyAlert({ ...alert, jobId, riskLevel: alert.riskLevel }, route, now);
    return { ...r, alert, jobId, route };
  }

  describe('routing against the stored hierarchy, at each fallback step', () => {
    const villageWithGroups = () => areas.villagesUnder('411203000000').find((v) => v.name.endsWith('村'))!;

    it('takes a known grid code', () => {
      expect(routeAlert({ text: '', divisionCode: KNOWN_VILLAGE, gridCode: `${KNOWN_VILLAGE}003` }, areas)).toMatchObject({
        method: 'grid_code',
        gridCode: `${KNOWN_VILLAGE}003`,
        centreCode: '411202001000',
      });
    });

    it('matches a village group in the address under a county code', () => {
      const v = villageWithGroups();
      const grid = areas.gridsOf(v.code).find((g) => g.placeNames.includes('5组'))!;
      const d = routeAlert({ text: `${v.name}5组18号`, divisionCode: '411203000000' }, areas);
      expect(d).toMatchObject({ method: 'address', gridCode: grid.code, villageCode: v.code });
    });

    it('falls back to the grid outline for coordinates', () => {
      const g = areas.gridsWithOutline()[10];
      const [lng, lat] = g.outline![0];
      const d = routeAlert({ text: '路口', divisionCode: '411202001000', lat: lat + 0.001, lng: lng + 0.001 }, areas);
      expect(d).toMatchObject({ method: 'coordinates', gridCode: g.code });
    });

    it('sends the rest to the township centre', () => {
      expect(routeAlert({ text: '某处', divisionCode: '411202001000' }, areas)).toMatchObject({
        method: 'manual',
        centreCode: '411202001000',
      });
    });
  });

  it('opens one task per household, joins later alerts, raises the grade and alerts the county on red, idempotently', async () => {
    const household = 'hh-join';
    const first = await openTask({ level: 'yellow', household });
    expect(first.outcome).toBe('created');
    expect(first.effects.deadline?.kind).toBe('accept');
    expect(first.effects.escalations).toHaveLength(0);
    const task = await store.get(first.effects.taskId);
    expect(task).toMatchObject({ state: 'reported', riskLevel: 'yellow', routeMethod: 'address', gridCode: `${KNOWN_VILLAGE}001` });
    expect(task!.workerId).toMatch(/^W411202001001001/);

    const again = await store.applyAlert({ ...first.alert, jobId: first.jobId, riskLevel: 'yellow' }, first.route);
    expect(again.outcome).toBe('already-applied');

    const red = await openTask({ level: 'red', household });
    expect(red.outcome).toBe('raised');
    expect(red.effects.taskId).toBe(first.effects.taskId);
    expect(red.effects.escalations).toHaveLength(1);
    const raised = await store.get(first.effects.taskId);
    expect(raised!.riskLevel).toBe('red');
    // Red's 15 minutes replace yellow's 24 hours at once.
    expect(raised!.acceptDueAt!.getTime() - Date.now()).toBeLessThan(16 * 60_000);

    const orange = await openTask({ level: 'orange', household });
    expect(orange.outcome).toBe('joined');
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM grid_task WHERE household_key = $1', [household]);
    expect(rows[0].n).toBe(1);
    const esc = await pool.query(`SELECT to_level, centre_code FROM escalation WHERE task_id = $1`, [first.effects.taskId]);
    expect(esc.rows).toEqual([{ to_level: 'county', centre_code: '411202000000' }]);
    // The county's on-duty officer, by webhook and SMS, told in the same transaction; an escalation job
    // for it (reconcile's, or a repeated one) writes nothing new.
    expect(red.effects.deliveries.map((d) => d.channel).sort()).toEqual(['sms', 'webhook', 'webhook']);
    const told = await pool.query(
      `SELECT channel, recipient_id FROM delivery WHERE task_id = $1 AND purpose = 'escalation' ORDER BY channel`,
      [first.effects.taskId],
    );
    expect(told.rows).toEqual([
      { channel: 'sms', recipient_id: 'D4112020000001' },
      { channel: 'webhook', recipient_id: 'D4112020000001' },
    ]);
    expect(await store.deliveriesForEscalation(red.effects.escalations[0])).toEqual([]);
  });

  it('keeps one open task per household and dispute thread', async () => {
    const household = 'hh-two-pairs';
    const couple = await openTask({ level: 'orange', household });
    const withThread = async (threadKey: string, level: 'orange' | 'red' = 'orange') => {
      const { alert, jobId } = await storedAlert(pool, { level, household });
      const route = routeAlert({ text: '新园社区人民路12号', divisionCode: KNOWN_VILLAGE }, areas);
      return store.applyAlert({ ...alert, jobId, threadKey, riskLevel: level }, route);
    };
    // The first alert had no thread: its task is the household's; the couple's pair joins it and names it.
    const coupleAgain = await withThread('pair:couple');
    expect(coupleAgain.effects.taskId).toBe(couple.effects.taskId);
    const fatherAndSon = await withThread('pair:father-son', 'red');
    expect(fatherAndSon.outcome).toBe('created');
    expect(fatherAndSon.effects.taskId).not.toBe(couple.effects.taskId);
    // A petition naming no pair joins an open task of the household rather than opening a third.
    const petition = await withThread(`household:${household}`);
    expect(petition.outcome).toBe('joined');
    const { rows } = await pool.query('SELECT thread_key FROM grid_task WHERE household_key = $1 ORDER BY created_at', [household]);
    expect(rows.map((r) => r.thread_key)).toEqual(['pair:couple', 'pair:father-son']);
  });

  it('walks the closed loop, storing who, when and why, and refuses what the loop does not allow', async () => {
    const { effects } = await openTask({ level: 'red' });
    const id = effects.taskId;
    await expect(store.transition(id, { to: 'feedback', actor: worker, reason: '已走访', mediation: 'success' })).rejects.toMatchObject({
      code: 'illegal_transition',
    });
    const accepted = await store.transition(id, { to: 'accepted', actor: worker, reason: '已受理' });
    expect(accepted.task.acceptedAt).not.toBeNull();
    expect(accepted.effects.deadline?.kind).toBe('feedback');
    await store.transition(id, {
      to: 'dispatched',
      actor: worker,
      reason: '联系派出所、妇联',
      departments: ['police_station', 'womens_federation'],
    });
    await store.transition(id, { to: 'in_handling', actor: worker, reason: '联合入户' });
    await store.transition(id, { to: 'feedback', actor: worker, reason: '双方达成调解协议', mediation: 'success' });
    await expect(store.transition(id, { to: 'verified', actor: worker, reason: '自己核查' })).rejects.toMatchObject({
      code: 'actor_not_allowed',
    });
    await store.transition(id, { to: 'returned', actor: officer, reason: '反馈不完整，补充走访记录' });
    await store.transition(id, { to: 'in_handling', actor: worker, reason: '补充走访' });
    await store.transition(id, { to: 'feedback', actor: worker, reason: '已补充', mediation: 'success' });
    const verified = await store.transition(id, { to: 'verified', actor: officer, reason: '核查属实' });
    expect(verified.effects.revisit?.revisitNo).toBe(1);
    // Red is in follow-up: no closing by hand until a revisit finds it settled.
    await expect(store.transition(id, { to: 'closed', actor: officer, reason: '结案' })).rejects.toMatchObject({
      code: 'revisit_required',
    });
    const notYet = await store.recordRevisit(id, { actor: worker, settled: false, note: '仍有争吵' });
    expect(notYet.task.state).toBe('verified');
    expect(notYet.effects.revisit?.revisitNo).toBe(2);
    const lowered = await store.recordRevisit(id, {
      actor: worker,
      settled: true,
      level: 'yellow',
      note: '双方已分居，情绪平稳，降为黄色',
    });
    expect(lowered.task).toMatchObject({ state: 'closed', riskLevel: 'yellow' });
    const events = (await store.events(id)) as {
      type: string;
      fromState: string | null;
      toState: string | null;
      actorId: string;
      reason: string;
    }[];
    expect(events.filter((e) => e.type === 'transition').map((e) => `${e.fromState}>${e.toState}`)).toEqual([
      'reported>accepted',
      'accepted>dispatched',
      'dispatched>in_handling',
      'in_handling>feedback',
      'feedback>returned',
      'returned>in_handling',
      'in_handling>feedback',
      'feedback>verified',
      'verified>closed',
    ]);
    expect(events.find((e) => e.toState === 'returned')).toMatchObject({ actorId: 'D1', reason: '反馈不完整，补充走访记录' });
    expect(events.some((e) => e.type === 'grade_lowered')).toBe(true);
  });

  it('escalates a missed deadline one level at a time, and ignores a stale or repeated deadline job', async () => {
    const t0 = new Date('2026-11-27T00:00:00Z');
    const { effects } = await openTask({ level: 'orange' }, t0);
    const due = effects.deadline!.dueAt;
    const e1 = await store.escalateOverdue(effects.taskId, 'accept', due, new Date(due.getTime() + 1));
    expect(e1!.escalations).toHaveLength(1);
    expect((await store.get(effects.taskId))!.escalationLevel).toBe('township');
    expect(await store.escalateOverdue(effects.taskId, 'accept', due)).toBeNull();
    // Accepted before the township's deadline, but after the first one: not on time.
    const late = await openTask({ level: 'orange' });
    await store.escalateOverdue(late.effects.taskId, 'accept', late.effects.deadline!.dueAt);
    const lateAccepted = await store.transition(late.effects.taskId, { to: 'accepted', actor: worker, reason: '受理' });
    const onTime = await pool.query('SELECT accepted_on_time FROM grid_task WHERE task_id = $1', [lateAccepted.task.taskId]);
    expect(onTime.rows[0].accepted_on_time).toBe(false);
    const e2 = await store.escalateOverdue(effects.taskId, 'accept', e1!.deadline!.dueAt);
    const e3 = await store.escalateOverdue(effects.taskId, 'accept', e2!.deadline!.dueAt);
    expect((await store.get(effects.taskId))!.escalationLevel).toBe('city');
    const e4 = await store.escalateOverdue(effects.taskId, 'accept', e3!.deadline!.dueAt);
    expect(e4!.deadline).toBeNull();
    const { rows } = await pool.query('SELECT to_level FROM escalation WHERE task_id = $1 ORDER BY at', [effects.taskId]);
    expect(rows.map((r) => r.to_level)).toEqual(['township', 'county', 'city', 'city']);
    // Accepted in time: the feedback deadline runs instead, the accept job does nothing.
    const other = await openTask({ level: 'orange' });
    await store.transition(other.effects.taskId, { to: 'accepted', actor: worker, reason: '受理' });
    expect(await store.escalateOverdue(other.effects.taskId, 'accept', other.effects.deadline!.dueAt)).toBeNull();
  });

  it('supervision shortens deadlines; lowering a grade needs a person and a reason; a full grid worker raises a flag', async () => {
    const { effects } = await openTask({ level: 'yellow' });
    const before = (await store.get(effects.taskId))!.acceptDueAt!;
    const s = await store.supervise(effects.taskId, officer, '县综治中心督办');
    expect(s.task.supervised).toBe(true);
    expect(s.task.acceptDueAt!.getTime()).toBeLessThan(before.getTime() - 11 * 3_600_000);
    await expect(store.supervise(effects.taskId, officer, '再次督办')).rejects.toBeInstanceOf(TaskRuleViolation);
    await expect(store.changeGrade(effects.taskId, 'blue', officer, '短')).rejects.toMatchObject({ code: 'reason_required' });
    const lowered = await store.changeGrade(effects.taskId, 'blue', officer, '经核实系误报，双方已和好');
    expect(lowered.task.riskLevel).toBe('blue');

    // workerCeiling is 2 here: the third open task of the same grid worker tells the township centre.
    const grid = `${KNOWN_VILLAGE}005`;
    for (let i = 0; i < 3; i++) await openTask({ level: 'yellow', location: { gridCode: grid } });
    const flags = await pool.query(
      `SELECT count(*)::int AS n FROM task_event WHERE type = 'workload_flag' AND detail->>'workerId' LIKE $1`,
      [`W${grid}%`],
    );
    expect(flags.rows[0].n).toBeGreaterThanOrEqual(1);
    const toCentre = await pool.query(`SELECT recipient_id FROM delivery WHERE purpose = 'workload_flag'`);
    expect(toCentre.rows[0].recipient_id).toBe('D4112020010001');
  });

  it('runs the commands the gateway serves under the gateway’s own database role, which may not write task_alert', async () => {
    const { effects } = await openTask({ level: 'orange' });
    const asGateway = new Pool({
      connectionString: db.url.replace('//postgres@', `//hub_gateway:${encodeURIComponent(localSecret('pg-hub_gateway'))}@`),
      max: 2,
    });
    asGateway.on('error', () => undefined);
    try {
      const own = await asGateway.query<{ insert: boolean }>(`SELECT has_table_privilege('task_alert', 'INSERT') AS insert`);
      expect(own.rows[0].insert).toBe(false);
      const gateway = storeOver(
        new GridTaskCommands(new PgGridTaskRepository(asGateway), { policy, workerCeiling: 2 }, areaDirectoryOf(areas)),
        asGateway,
      );
      expect((await gateway.supervise(effects.taskId, officer, '县综治中心督办')).task.supervised).toBe(true);
      const taken = await gateway.transition(effects.taskId, { to: 'accepted', actor: worker, reason: '已受理' });
      expect(taken.task.state).toBe('accepted');
    } finally {
      await asGateway.end();
    }
  });

  it('keeps a task that matched no grid for the township centre, which assigns it', async () => {
    const { effects, route } = await openTask({ level: 'orange', location: { text: '某小区门口', divisionCode: '411202001000' } });
    expect(route.method).toBe('manual');
    const t = (await store.get(effects.taskId))!;
    expect(t).toMatchObject({ workerId: null, centreCode: '411202001000' });
    const manual = await pool.query(`SELECT recipient_id, purpose FROM delivery WHERE task_id = $1`, [effects.taskId]);
    expect(manual.rows).toEqual([{ recipient_id: 'D4112020010001', purpose: 'manual_dispatch' }]);
    await expect(store.assign(effects.taskId, '999999999999001', officer, '指派')).rejects.toMatchObject({ code: 'unknown_grid' });
    const assigned = await store.assign(effects.taskId, `${KNOWN_VILLAGE}002`, officer, '经电话核实住址，指派第2网格');
    expect(assigned.task).toMatchObject({ state: 'reported', gridCode: `${KNOWN_VILLAGE}002` });
    expect(assigned.effects.deliveries).toHaveLength(1);
  });
});

/** The store listed the new escalations in `escalations`; now they are notified at once and listed in `notified`. */
function asBefore<W extends TaskWork | undefined>(w: W) {
  return (w ? { ...w, escalations: [...w.escalations, ...(w.notified ?? [])] } : null) as W extends undefined ? null : TaskWork;
}

/** The former GridTaskStore's calls over the commands, returning what it returned. */
function storeOver(c: GridTaskCommands, pool: Pool) {
  const reads = new GridTaskReads(pool);
  const shown = (r: TaskChanged) => ({ task: taskView(r.task), effects: asBefore(r.work) });
  return {
    async applyAlert(
      a: {
        jobId: string;
        assessmentId: string;
        eventId: string;
        householdKey: string;
        threadKey?: string;
        divisionCode: string;
        riskLevel: string;
        riskScore: number;
        correlationId: string;
      },
      route: RoutingDecision,
      now = new Date(),
    ) {
      const r = await c.applyAlerts.apply(
        [
          {
            ...a,
            riskLevel: a.riskLevel as AlertLevel,
            route,
            brief: { persons: [], factorLabels: [], area: {}, address: '新园社区人民路12号' },
          },
        ],
        now,
      );
      const applied = r.alerts[0];
      return { outcome: applied.outcome, effects: asBefore(r.work.find((w) => w.taskId === applied.taskId)!) };
    },
    get: async (id: string) => {
      const t = await reads.find(id);
      return t ? taskView(t) : undefined;
    },
    events: (id: string) => reads.events(id),
    deliveriesForEscalation: (id: string) => c.notifyEscalation.execute(id),
    transition: async (id: string, req: TransitionRequest) => shown(await c.step.execute(id, req)),
    escalateOverdue: async (id: string, kind: 'accept' | 'feedback', dueAt: Date, now = new Date()) =>
      asBefore((await c.escalateOverdue.execute(id, kind, dueAt, now))?.work),
    supervise: async (id: string, actor: Actor, reason: string) => shown(await c.supervise.execute(id, actor, reason)),
    changeGrade: async (id: string, level: AlertLevel, actor: Actor, reason: string) =>
      shown(await c.regrade.execute(id, level, actor, reason)),
    assign: async (id: string, grid: string, actor: Actor, reason: string) => shown(await c.assign.execute(id, grid, actor, reason)),
    recordRevisit: async (id: string, r: { actor: Actor; settled: boolean; level?: AlertLevel; note: string }) =>
      shown(await c.recordRevisit.execute(id, r)),
  };
}
