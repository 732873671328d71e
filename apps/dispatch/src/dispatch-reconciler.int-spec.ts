import type { Pool, PoolClient } from 'pg';
import { deadlineJobId, deliveryJobId, deliveryQueueFor, QueueName } from '@hub/contracts';
import type { HubConfig } from '@hub/config';
import { EscalationPolicy, routeAlert, runningDeadline, type TaskState } from '@hub/domain';
import { areaDirectoryOf, GridTaskCommands } from '@hub/grid-tasks';
import { DispatchQueues, redisConnectionOptions } from '@hub/messaging';
import { createLogger } from '@hub/observability';
import { GridTaskReads, PgGridTaskRepository, StoredAreaIndex } from '@hub/persistence';
import { KNOWN_VILLAGE } from '../../../test/support/builders';
import { storedAlert } from '../../../test/support/dispatch-fixtures';
import { eventually, freshPool, uniqueName } from '../../../test/support/infra';
import { testEnv } from '../../../test/support/test-env';
import { DispatchReconciler } from './dispatch-reconciler';

/**
 * The reconcile on real PostgreSQL and Redis: after Redis lost its jobs it rebuilds every open task's deadline
 * job and every pending delivery from dispatch's tables; over a Redis that still holds them it adds only what
 * is missing; and its read takes no row lock, so an alert batch holding a task's row neither waits for it nor
 * makes it wait.
 */
describe('dispatch reconcile', () => {
  const TASKS = 12;
  const redis = redisConnectionOptions(testEnv().REDIS_URL);
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  let queues: DispatchQueues;
  let reconciler: DispatchReconciler;
  const prefix = uniqueName('hubr');

  beforeAll(async () => {
    db = await freshPool(8);
    ({ pool } = db);
    const areas = new StoredAreaIndex(pool);
    await areas.refresh();
    const policy = EscalationPolicy.fromSpecs(
      'red=15m/2h,orange=1h/24h,yellow=24h/72h,blue=72h/168h',
      'red=7d,orange=14d,yellow=30d,blue=none',
      0.5,
    );
    const commands = new GridTaskCommands(new PgGridTaskRepository(pool), { policy, workerCeiling: 100 }, areaDirectoryOf(areas));
    // Open tasks of every grade in households of their own; red ones also raise an escalation with its deliveries.
    const levels = ['red', 'orange', 'yellow', 'blue'] as const;
    for (let i = 0; i < TASKS; i++) {
      const level = levels[i % levels.length];
      const { alert, jobId } = await storedAlert(pool, { level, score: 90 - i });
      const route = routeAlert({ text: '新园社区人民路12号', divisionCode: KNOWN_VILLAGE }, areas);
      await commands.applyAlerts.apply(
        [{ ...alert, riskLevel: level, jobId, route, brief: { persons: [], factorLabels: [], area: {}, address: '新园社区人民路12号' } }],
        new Date(),
      );
    }
    queues = new DispatchQueues(redis, prefix, { attempts: 3, backoffMs: 1_000 });
    const config = { dispatch: { reconcileMs: 3_600_000 } } as HubConfig;
    reconciler = new DispatchReconciler(new GridTaskReads(pool), queues, config, createLogger('dispatch-test', 'silent'));
  });

  afterAll(async () => {
    await reconciler?.stop();
    for (const q of queues?.queues.values() ?? []) await q.obliterate({ force: true }).catch(() => undefined);
    await queues?.close();
    await db?.close();
  });

  /** What PostgreSQL says the queues must hold: each open task's running deadline, each pending delivery. */
  async function expectedJobs(): Promise<{ queue: QueueName; jobId: string }[]> {
    const tasks = await pool.query<{ task_id: string; state: TaskState; accept_due_at: Date | null; feedback_due_at: Date | null }>(
      `SELECT task_id, state, accept_due_at, feedback_due_at FROM grid_task WHERE state <> 'closed'`,
    );
    const deliveries = await pool.query<{ delivery_id: string; channel: 'webhook' | 'sms'; round: number }>(
      `SELECT delivery_id, channel, round FROM delivery WHERE status = 'pending'`,
    );
    return [
      ...tasks.rows.flatMap((t) => {
        const kind = runningDeadline(t.state);
        const due = kind === 'accept' ? t.accept_due_at : t.feedback_due_at;
        return kind && due ? [{ queue: QueueName.TaskDeadlines, jobId: deadlineJobId(t.task_id, kind, due) }] : [];
      }),
      ...deliveries.rows.map((d) => ({ queue: deliveryQueueFor(d.channel), jobId: deliveryJobId(d.delivery_id, d.round) })),
    ];
  }

  async function missing(jobs: { queue: QueueName; jobId: string }[]): Promise<string[]> {
    const held = await Promise.all(jobs.map(async (j) => ((await queues.queue(j.queue).getJob(j.jobId)) ? null : j.jobId)));
    return held.filter((id): id is string => id !== null);
  }

  it('after Redis lost every job, rebuilds each open task deadline and each pending delivery', async () => {
    const expected = await expectedJobs();
    expect(expected.filter((j) => j.queue === QueueName.TaskDeadlines)).toHaveLength(TASKS);
    expect(expected.length).toBeGreaterThan(TASKS);
    expect(await missing(expected)).toHaveLength(expected.length);

    const counts = await reconciler.reconcile('redis reconnected');
    expect(await missing(expected)).toEqual([]);
    expect(counts).toMatchObject({ tasks: TASKS, jobsChecked: expected.length, jobsMissing: expected.length });
  });

  it('over a Redis that still holds them adds nothing, and adds back only a job that went missing', async () => {
    const expected = await expectedJobs();
    expect(await reconciler.reconcile('scheduled')).toMatchObject({ jobsChecked: expected.length, jobsMissing: 0 });

    const lost = expected.find((j) => j.queue === QueueName.TaskDeadlines)!;
    await queues.queue(lost.queue).remove(lost.jobId);
    expect(await missing(expected)).toEqual([lost.jobId]);
    expect(await reconciler.reconcile('scheduled')).toMatchObject({ jobsChecked: expected.length, jobsMissing: 1 });
    expect(await missing(expected)).toEqual([]);
  });

  it('adds what is missing in slices, each job once', async () => {
    const expected = await expectedJobs();
    const deadlines = expected.filter((j) => j.queue === QueueName.TaskDeadlines);
    for (const j of deadlines.slice(0, 5)) await queues.queue(j.queue).remove(j.jobId);
    const work = (await new GridTaskReads(pool).pendingWork()).tasks;
    expect(await queues.addMissing(work, Date.now(), 4)).toEqual({ checked: TASKS, missing: 5 });
    expect(await missing(expected)).toEqual([]);
  });

  it('runs while an alert batch holds the task rows locked: it waits for no row lock', async () => {
    // As an alert batch does: the open tasks locked FOR UPDATE in a transaction left open during the reconcile.
    const batch: PoolClient = await pool.connect();
    try {
      await batch.query('BEGIN');
      const locked = await batch.query(`SELECT task_id FROM grid_task WHERE state <> 'closed' ORDER BY task_id FOR UPDATE`);
      expect(locked.rowCount).toBe(TASKS);
      const run = reconciler.reconcile('scheduled');
      let done = false;
      void run.then(
        () => (done = true),
        () => (done = true),
      );
      // Either the reconcile finishes, or one of its statements is seen waiting for a lock (which fails the test):
      // a reconcile that locked the rows it reads (FOR UPDATE, as it did) waits here, and alert batches for it.
      const waiting = await eventually('the reconcile to finish or to wait for a lock', async () => {
        if (done) return 'none';
        // Not on the batch's connection: inside a transaction, pg_stat_activity keeps its first snapshot.
        const w = await pool.query<{ pid: number }>(
          `SELECT a.pid FROM pg_stat_activity a WHERE a.datname = current_database() AND a.wait_event_type = 'Lock' AND a.pid <> pg_backend_pid()`,
        );
        return w.rowCount ? `pid ${w.rows[0].pid} waits for a lock` : undefined;
      });
      expect(waiting).toBe('none');
      await run;
    } finally {
      await batch.query('ROLLBACK');
      batch.release();
    }
  });
});
