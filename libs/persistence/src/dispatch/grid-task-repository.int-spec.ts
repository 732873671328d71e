import type { Pool } from 'pg';
import { type AlertLevel, EscalationPolicy, routeAlert } from '@hub/domain';
import { ApplyAlertsService, type GridTaskRepository, type RoutedAlert, type TaskUnitOfWork } from '@hub/grid-tasks';
import { KNOWN_VILLAGE } from '../../../../test/support/builders';
import { storedAlert } from '../../../../test/support/dispatch-fixtures';
import { freshPool } from '../../../../test/support/infra';
import { StoredAreaIndex } from './area-index';
import { PgGridTaskRepository } from './grid-task-repository';

/**
 * What any change to an alert batch's round trips must keep (issue 14): the read sees what a batch holding the
 * households' lock committed (its snapshot is taken after the lock), and a failure of the last write leaves
 * nothing behind.
 */
describe('PgGridTaskRepository: what an alert batch guarantees', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  let areas: StoredAreaIndex;
  const rules = {
    policy: EscalationPolicy.fromSpecs(
      'red=15m/2h,orange=1h/24h,yellow=24h/72h,blue=72h/168h',
      'red=7d,orange=14d,yellow=30d,blue=none',
      0.5,
    ),
    workerCeiling: 2,
  };

  beforeAll(async () => {
    db = await freshPool(6);
    ({ pool } = db);
    areas = new StoredAreaIndex(pool);
    await areas.refresh();
  });

  afterAll(async () => {
    await db?.close();
  });

  async function routed(household: string, level: AlertLevel = 'orange'): Promise<RoutedAlert> {
    const { alert, jobId } = await storedAlert(pool, { household, level });
    const route = routeAlert({ text: '新园社区人民路12号', divisionCode: KNOWN_VILLAGE }, areas);
    return {
      ...alert,
      jobId,
      riskLevel: alert.riskLevel as AlertLevel,
      route,
      brief: {
        persons: alert.brief?.persons ?? [],
        factorLabels: alert.brief?.factorLabels ?? [],
        area: {},
        address: '新园社区人民路12号',
      },
    };
  }

  const openTasks = async (household: string) =>
    (
      await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM grid_task WHERE household_key = $1 AND state <> 'closed'`, [
        household,
      ])
    ).rows[0].n;

  it('two batches sharing a household, both waiting for its lock, keep one open task: the second reads what the first committed', async () => {
    const household = `hh-shared-${Date.now()}`;
    const [a, b] = [await routed(household), await routed(household)];
    const service = new ApplyAlertsService(new PgGridTaskRepository(pool), rules);
    // Hold the household's lock so that both batches are queued behind it before either reads.
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(hashtext($1))', [household]);
      const both = Promise.all([service.apply([a]), service.apply([b])]);
      await waitForLockWaiters(pool, 2);
      await holder.query('COMMIT');
      const outcomes = (await both).map((r) => r.alerts[0].outcome).sort();
      expect(outcomes).toEqual(['created', 'joined']);
    } finally {
      holder.release();
    }
    expect(await openTasks(household)).toBe(1);
  });

  it('a batch whose last write fails leaves nothing behind, and the connection is clean again', async () => {
    const household = `hh-fails-${Date.now()}`;
    const alert = await routed(household, 'red');
    // The repository as it is, but the last write carries an event that cannot be stored (not a uuid: SQLSTATE 22P02).
    const inner = new PgGridTaskRepository(pool);
    const failing: GridTaskRepository = {
      find: (id) => inner.find(id),
      transaction: (work) =>
        inner.transaction((uow) =>
          work(
            new Proxy(uow, {
              get(target, key, receiver) {
                if (key === 'storeNotices') {
                  const store: TaskUnitOfWork['storeNotices'] = (events, deliveries) =>
                    target.storeNotices([...events, { ...events[0], taskId: 'not-a-uuid' }], deliveries);
                  return store;
                }
                const v: unknown = Reflect.get(target, key, receiver);
                return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
              },
            }),
          ),
        ),
    };
    await expect(new ApplyAlertsService(failing, rules).apply([alert])).rejects.toMatchObject({ code: '22P02' });
    expect(await openTasks(household)).toBe(0);
    const left = await pool.query(
      `SELECT (SELECT count(*) FROM task_alert WHERE job_id = $1)::int AS alerts,
              (SELECT count(*) FROM escalation e JOIN grid_task t USING (task_id) WHERE t.household_key = $2)::int AS escalations`,
      [alert.jobId, household],
    );
    expect(left.rows[0]).toEqual({ alerts: 0, escalations: 0 });
    // The household's lock went with the rollback and the same alert applies cleanly afterwards.
    const again = await new ApplyAlertsService(new PgGridTaskRepository(pool), rules).apply([alert]);
    expect(again.alerts[0].outcome).toBe('created');
    expect(await openTasks(household)).toBe(1);
  });
});

/** Until this many sessions of the test database wait on an advisory lock. */
async function waitForLockWaiters(pool: Pool, n: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
    );
    if (rows[0].n >= n) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`fewer than ${n} sessions waited for the advisory lock`);
}
