import type { Pool } from 'pg';
import { EscalationPolicy, routeAlert, type AlertLevel } from '@hub/domain';
import { DispatchStatistics, PgGridTaskRepository, prismaOver, StoredAreaIndex } from '@hub/persistence';
import { KNOWN_VILLAGE } from '../../../test/support/builders';
import { storedAlert } from '../../../test/support/dispatch-fixtures';
import { freshPool } from '../../../test/support/infra';
import { areaDirectoryOf } from './area-directory';
import { GridTaskCommands } from './grid-tasks';
import { taskView } from './task-view';

/**
 * 村级妥善处置率 against hand-counted cases. A red alert's sync to the county duty officer (红色预警同步)
 * informs the county and leaves the task with the village: a red task closed by the village is settled
 * there. A task an overdue deadline moved up to the township is not, even when it is closed.
 */
describe('村级妥善处置率 in the statistics', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  let areas: StoredAreaIndex;
  let c: GridTaskCommands;
  const worker = { kind: 'grid_worker' as const, id: 'W1' };
  const officer = { kind: 'duty_officer' as const, id: 'D1' };
  const now = Date.now();
  const ago = (minutes: number) => new Date(now - minutes * 60_000);

  beforeAll(async () => {
    db = await freshPool(4);
    ({ pool } = db);
    areas = new StoredAreaIndex(pool);
    await areas.refresh();
    c = new GridTaskCommands(
      new PgGridTaskRepository(pool),
      { policy: EscalationPolicy.fromSpecs(), workerCeiling: 15 },
      areaDirectoryOf(areas),
    );
  });

  afterAll(async () => {
    await db?.close();
  });

  async function open(level: AlertLevel, at: Date) {
    const { alert, jobId } = await storedAlert(pool, { level });
    const route = routeAlert({ text: '新园社区人民路12号', divisionCode: KNOWN_VILLAGE }, areas);
    const r = await c.applyAlerts.apply(
      [{ ...alert, jobId, riskLevel: level, route, brief: { persons: [], factorLabels: [], area: {} } }],
      at,
    );
    return r.work[0];
  }

  /** The closed loop to its end: accepted, handled, feedback, verified, and closed by a revisit that finds it settled. */
  async function settle(taskId: string) {
    await c.step.execute(taskId, { to: 'accepted', actor: worker, reason: '已受理' });
    await c.step.execute(taskId, { to: 'dispatched', actor: worker, reason: '联系司法所', departments: ['judicial_office'] });
    await c.step.execute(taskId, { to: 'in_handling', actor: worker, reason: '入户调解' });
    await c.step.execute(taskId, { to: 'feedback', actor: worker, reason: '双方达成调解协议', mediation: 'success' });
    await c.step.execute(taskId, { to: 'verified', actor: officer, reason: '核查属实' });
    const closed = await c.recordRevisit.execute(taskId, { actor: worker, settled: true, note: '回访确认已化解' });
    expect(taskView(closed.task).state).toBe('closed');
  }

  it('counts a red task closed by the village as settled there, and a task escalated by a missed deadline as not', async () => {
    // 1. red: synced to the county duty officer at once, handled and closed by the village: settled at village.
    const red = await open('red', ago(30));
    const sync = await pool.query(`SELECT reason, to_level FROM escalation WHERE task_id = $1`, [red.taskId]);
    expect(sync.rows).toEqual([{ reason: 'red_alert', to_level: 'county' }]);
    await settle(red.taskId);
    // 2. orange, accepted in time and closed by the village: settled at village.
    const orange = await open('orange', ago(30));
    await settle(orange.taskId);
    // 3. orange, its accept deadline missed: escalated to the township, then closed: not settled at village.
    const escalated = await open('orange', ago(120));
    expect(await c.escalateOverdue.execute(escalated.taskId, 'accept', escalated.deadline!.dueAt, ago(59))).not.toBeNull();
    await settle(escalated.taskId);
    // 4. orange, still open: not in either count.
    await open('orange', ago(10));

    const stats = await new DispatchStatistics(prismaOver(pool)).forArea({
      areaCode: '411202000000',
      from: ago(24 * 60),
      to: new Date(now + 3_600_000),
    });
    // Hand count: closed 3 (cases 1–3), of which settled at village 2 (cases 1 and 2).
    expect(stats.villageLevel).toEqual({ closed: 3, closedAtVillage: 2 });
  });
});
