import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import { JobName, QueueName } from '../../libs/contracts/src';
import { KEEP, OutboxRelay, redisConnectionOptions } from '../../libs/messaging/src';
import { Outbox } from '../../libs/persistence/src';
import { type TerminalGateway } from '../../libs/simulation/src';
import { storedAlert } from '../support/dispatch-fixtures';
import { appEnv, eventually, freePort, type RunningApp, startApp, uniqueName } from '../support/infra';
import { type HubStack, useHubStack } from '../support/hub-stack';
import { testEnv } from '../support/test-env';

const count = async (pool: Pool, sql: string, args: unknown[] = []) => (await pool.query<{ n: number }>(sql, args)).rows[0].n;

/** A worker killed in the middle of its jobs, and Redis restarted empty while deadlines were waiting. */
describe('dispatch under failure', () => {
  const stack = useHubStack();
  let db: HubStack['db'];
  let pool: Pool;
  let terminal: TerminalGateway;

  beforeAll(() => {
    ({ db, terminal } = stack);
    pool = new Pool({ connectionString: db.url, max: 8 });
    pool.on('error', () => undefined); // its sockets may outlive pool.end() into the database's forced drop
  });

  afterAll(() => pool?.end());

  const envFor = (prefix: string, extra: Record<string, string>) =>
    appEnv(db.url, prefix, {
      DELIVERY_WEBHOOK_URL: `http://127.0.0.1:${terminal.port}/terminal`,
      DELIVERY_SMS_URL: `http://127.0.0.1:${terminal.port}/sms`,
      ...extra,
    });

  it('finishes every job of a worker killed mid-job exactly once', async () => {
    const prefix = uniqueName('hubk');
    const queue = new Queue(QueueName.GridAlerts, { connection: redisConnectionOptions(testEnv().REDIS_URL), prefix });
    let app: RunningApp | undefined;
    try {
      const made = await Promise.all(Array.from({ length: 300 }, (_, i) => storedAlert(pool, { level: i % 3 ? 'yellow' : 'orange' })));
      await queue.addBulk(made.map((m) => ({ name: JobName.GridAlertRaised, data: m.alert, opts: { jobId: m.jobId } })));
      // The worker holds fewer jobs than the backlog, so the kill finds some alerts not yet applied; a 2 s lock
      // allows 20 held jobs (LOCK_MS_PER_HELD_JOB).
      const env = envFor(prefix, { DISPATCH_LOCK_MS: '2000', DISPATCH_ALERT_CONCURRENCY: '20' });
      app = await startApp('dispatch', env);
      await eventually('some alerts applied', async () => (await count(pool, 'SELECT count(*)::int AS n FROM task_alert')) >= 20);
      // Frozen first, so the jobs it holds are caught in the active state; then killed without a chance to clean up.
      let active = [] as Awaited<ReturnType<typeof queue.getActive>>;
      for (let tries = 0; tries < 20 && active.length === 0; tries++) {
        app.process.kill('SIGSTOP');
        active = await queue.getActive();
        if (active.length === 0) {
          app.process.kill('SIGCONT'); // caught between jobs: let it take the next ones
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      expect(active.length).toBeGreaterThan(0);
      await app.kill();
      const appliedAtKill = await count(pool, 'SELECT count(*)::int AS n FROM task_alert');
      expect(appliedAtKill).toBeLessThan(300);

      app = await startApp('dispatch', env);
      await eventually(
        'all 300 alerts applied',
        async () => (await count(pool, 'SELECT count(*)::int AS n FROM task_alert')) === 300,
        60_000,
      );
      await eventually('every job completed', async () => (await queue.getJobCounts('completed')).completed === 300, 30_000);
      expect((await queue.getJobCounts('failed')).failed).toBe(0);
      // The jobs the killed worker held came back as stalled and were done once each.
      const redone = await Promise.all(active.map((j) => queue.getJob(j.id!)));
      expect(redone.every((j) => j && j.stalledCounter + j.attemptsStarted > 1)).toBe(true);
      const households = made.map((m) => m.alert.householdKey);
      expect(await count(pool, 'SELECT count(*)::int AS n FROM grid_task WHERE household_key = ANY($1)', [households])).toBe(300);
      expect(await count(pool, `SELECT count(*)::int AS n FROM delivery WHERE purpose = 'task_assigned'`)).toBe(300);
    } finally {
      await app?.stop();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  });

  it('loses no deadline, escalation or alert when Redis restarts empty: PostgreSQL is the record they are rebuilt from', async () => {
    // A Redis of this test's own, without persistence like the machine's, so it can be restarted.
    const port = await freePort();
    const startRedis = (): ChildProcess =>
      spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    let redis = startRedis();
    const url = `redis://127.0.0.1:${port}/0`;
    const client = new IORedis(url, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
    client.on('error', () => undefined);
    await eventually('private redis up', async () => (await client.ping()) === 'PONG');
    const prefix = uniqueName('hubr');
    const connection = redisConnectionOptions(url);
    const alerts = new Queue(QueueName.GridAlerts, { connection, prefix });
    const deadlines = new Queue(QueueName.TaskDeadlines, { connection, prefix });
    alerts.on('error', () => undefined);
    deadlines.on('error', () => undefined);
    let app: RunningApp | undefined;
    let relay: OutboxRelay | undefined;
    try {
      app = await startApp(
        'dispatch',
        envFor(prefix, { REDIS_URL: url, DISPATCH_DEADLINES: 'red=1h/2h,orange=6s/1h,yellow=1h/3h,blue=3h/6h' }),
      );
      // Risk's outbox relay (the library, run here as risk runs it), watching Redis as risk does.
      relay = new OutboxRelay(new Outbox(pool), new Map([[QueueName.GridAlerts, alerts]]), 100, {
        info: () => undefined,
        warn: () => undefined,
      });
      relay.watch(connection);
      const before = await Promise.all(Array.from({ length: 5 }, () => storedAlert(pool, { level: 'orange' })));
      await alerts.addBulk(before.map((m) => ({ name: JobName.GridAlertRaised, data: m.alert, opts: { jobId: m.jobId } })));
      const taskIds = await eventually('five tasks', async () => {
        const r = await pool.query<{ task_id: string }>('SELECT task_id FROM task_alert WHERE job_id = ANY($1)', [
          before.map((m) => m.jobId),
        ]);
        return r.rows.length === 5 ? r.rows.map((x) => x.task_id) : undefined;
      });
      await eventually('their five accept deadlines waiting in Redis', async () => {
        const delayed = await deadlines.getDelayed();
        return delayed.filter((j) => taskIds.includes((j.data as { taskId: string }).taskId)).length === 5;
      });
      // Two alerts the risk app relayed (outbox marked) whose jobs Redis is about to lose: the relay adds
      // what it relayed again once Redis is back, and dispatch applies them.
      const relayed = await Promise.all(Array.from({ length: 2 }, () => storedAlert(pool, { level: 'orange' })));
      for (const r of relayed) {
        await pool.query(`INSERT INTO outbox (queue, job_name, job_id, payload, relayed_at) VALUES ('grid-alerts', $1, $2, $3, now())`, [
          JobName.GridAlertRaised,
          r.jobId,
          JSON.stringify(r.alert),
        ]);
      }
      relay.start();
      await client.set('marker', 'before-restart');

      redis.kill('SIGKILL');
      await new Promise((r) => redis.once('exit', r));
      redis = startRedis();
      await eventually('redis back', async () => (await client.ping()) === 'PONG');
      expect(await client.get('marker')).toBeNull(); // it really came back empty

      const tasks = await eventually(
        'all seven tasks escalated to the township on their deadline',
        async () => {
          const r = await pool.query<{ job_id: string; n: number }>(
            `SELECT a.job_id, count(e.*)::int AS n FROM task_alert a LEFT JOIN escalation e ON e.task_id = a.task_id AND e.reason = 'accept_overdue'
           WHERE a.job_id = ANY($1) GROUP BY a.job_id`,
            [[...before, ...relayed].map((m) => m.jobId)],
          );
          return r.rows.length === 7 && r.rows.every((x) => x.n >= 1) ? r.rows : undefined;
        },
        45_000,
      );
      expect(tasks).toHaveLength(7);
      // The relay's jobs are kept for a bounded time once done, like every other dispatch job, so Redis does not grow
      // with every alert ever handled.
      const relayedJob = await alerts.getJob(relayed[0].jobId);
      expect(relayedJob?.opts.removeOnComplete).toEqual(KEEP.removeOnComplete);
      const log = readFileSync(app.logFile, 'utf8');
      expect(log).toContain('redis reconnected');
      // The duty officers of the township were told of each of these escalations after the restart (the
      // escalation job runs just after the deadline job; the chain then goes on to the county).
      await eventually(
        'every township escalation notified',
        async () =>
          (await count(
            pool,
            `SELECT count(*)::int AS n FROM escalation e JOIN task_alert a ON a.task_id = e.task_id
           WHERE a.job_id = ANY($1) AND e.reason = 'accept_overdue' AND e.to_level = 'township' AND e.notified_at IS NULL`,
            [[...before, ...relayed].map((m) => m.jobId)],
          )) === 0,
      );
    } finally {
      await relay?.stop();
      await app?.stop();
      await Promise.all([alerts.close(), deadlines.close()]);
      client.disconnect();
      redis.kill('SIGKILL');
    }
  });
});
