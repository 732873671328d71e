import { Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { DEFAULT_ALERT_CONCURRENCY } from '../../libs/config/src';
import { JobName, priorityOf, QueueName } from '../../libs/contracts/src';
import { redisConnectionOptions } from '../../libs/messaging/src';
import { generateSanmenxiaArea, startTerminalGateway } from '../../libs/simulation/src';
import { storedAlert } from '../support/dispatch-fixtures';
import { appEnv, eventually, startApp, uniqueName } from '../support/infra';
import { testEnv } from '../support/test-env';
import { benchEnvironment, fmt } from './bench-support';

const TOTAL = Number(process.env.BENCH_DISPATCH_ALERTS ?? 10_000);
const DISPATCH_ENV = process.env.BENCH_DISPATCH_ENV ? (JSON.parse(process.env.BENCH_DISPATCH_ENV) as Record<string, string>) : {};
/** The dispatch app's alert worker concurrency (DISPATCH_ALERT_CONCURRENCY, as configured for the run); the baseline gets the same. */
const CONCURRENCY = Number(DISPATCH_ENV.DISPATCH_ALERT_CONCURRENCY ?? DEFAULT_ALERT_CONCURRENCY);
/** Share of normalized events that become alerts, as measured by the risk bench on the synthetic feeds. */
const ALERT_SHARE = 0.285;

/**
 * The dispatch app end to end: a backlog of alert jobs (one in five for a household that already has a
 * task) turned into routed grid tasks, events, escalations and deliveries received by a stand-in terminal
 * gateway. Baseline in the same run: a bare BullMQ worker on the same Redis that writes one row per job,
 * with the same worker concurrency and the same pool size (10) as the app.
 */
function expect(actual: number, wanted: number, what: string): void {
  if (actual !== wanted) throw new Error(`${what}: ${actual}, expected ${wanted}`);
}

export async function benchDispatch(): Promise<void> {
  const env = await benchEnvironment();
  const pool = new Pool({ connectionString: env.db.url, max: 10, options: '-c jit=off' }); // as the apps' pools (openDatabase noJit)
  const terminal = await startTerminalGateway();
  const connection = redisConnectionOptions(testEnv().REDIS_URL);
  try {
    const households = Array.from({ length: Math.ceil(TOTAL * 0.8) }, (_, i) => `bench-hh-${i}`);
    // Spread over the city's grids as alerts are: half carry the upstream grid code, half only an address.
    const area = generateSanmenxiaArea();
    const villageName = new Map(area.divisions.map((d) => [d.code, d.name]));
    const locationOf = (i: number) => {
      const g = area.grids[(i * 7919) % area.grids.length];
      return i % 2
        ? { text: '', divisionCode: g.villageCode, gridCode: g.code }
        : { text: `${villageName.get(g.villageCode)}${g.placeNames[0] ?? ''}18号`, divisionCode: g.villageCode.slice(0, 6) + '000000' };
    };
    const made: Awaited<ReturnType<typeof storedAlert>>[] = [];
    for (let i = 0; i < TOTAL; i += 50) {
      made.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(50, TOTAL - i) }, (_, k) =>
            storedAlert(pool, {
              level: (['red', 'orange', 'yellow', 'yellow'] as const)[(i + k) % 4],
              household: households[(i + k) % households.length],
              location: locationOf((i + k) % households.length),
            }),
          ),
        )),
      );
    }
    console.log(`[bench dispatch] ${fmt(TOTAL)} alerts stored with their events and assessments (${fmt(households.length)} households)`);

    // Baseline: the queue plumbing alone.
    const basePrefix = uniqueName('hubbb'); // the hub's Redis ACL user may touch hub* keys only
    const baseQueue = new Queue(QueueName.GridAlerts, { connection, prefix: basePrefix });
    await pool.query('CREATE TABLE bench_baseline (job_id text PRIMARY KEY, payload jsonb)');
    await baseQueue.addBulk(made.map((m) => ({ name: JobName.GridAlertRaised, data: m.alert, opts: { jobId: m.jobId } })));
    let t0 = Date.now();
    const worker = new Worker(
      QueueName.GridAlerts,
      async (job) => {
        await pool.query('INSERT INTO bench_baseline (job_id, payload) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          job.id,
          JSON.stringify(job.data),
        ]);
      },
      { connection, prefix: basePrefix, concurrency: CONCURRENCY },
    );
    await eventually('baseline done', async () => (await baseQueue.getJobCounts('completed')).completed === TOTAL, 600_000);
    const baseRate = TOTAL / ((Date.now() - t0) / 1000);
    await worker.close();
    await baseQueue.obliterate({ force: true });
    await baseQueue.close();
    console.log(
      `[bench dispatch] baseline (bare BullMQ worker, concurrency ${CONCURRENCY}, pool of 10, one INSERT per job): ${fmt(baseRate)} jobs/s`,
    );

    const prefix = uniqueName('hubbd');
    const queue = new Queue(QueueName.GridAlerts, { connection, prefix });
    // As risk's outbox relay adds them: red without priority, the others behind it.
    await queue.addBulk(
      made.map((m) => ({ name: JobName.GridAlertRaised, data: m.alert, opts: { jobId: m.jobId, ...priorityOf(m.alert) } })),
    );
    const dispatchEnv = (extra: Record<string, string>) =>
      appEnv(env.db.url, prefix, {
        LOG_LEVEL: 'warn',
        DELIVERY_WEBHOOK_URL: `http://127.0.0.1:${terminal.port}/terminal`,
        DELIVERY_SMS_URL: `http://127.0.0.1:${terminal.port}/sms`,
        ...DISPATCH_ENV,
        ...extra,
      });
    // Phase 1, as configured for production (webhook 50/s, SMS 5/s per channel): alerts applied and their work queued.
    let app = await startApp('dispatch', dispatchEnv({}), (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
    t0 = Date.now();
    const count = async (sql: string) => (await pool.query<{ n: number }>(sql)).rows[0].n;
    // An alert job completes only once its task is committed and its deadline and deliveries are queued.
    await eventually(
      'every alert applied and its work scheduled',
      async () => (await queue.getJobCounts('completed')).completed === TOTAL,
      900_000,
    );
    const alertSeconds = (Date.now() - t0) / 1000;
    const alertRate = TOTAL / alertSeconds;
    expect(await count('SELECT count(*)::int AS n FROM task_alert'), TOTAL, 'alerts applied');
    const pendingDeliveries = await count(`SELECT count(*)::int AS n FROM delivery WHERE status = 'pending'`);
    const queued = [QueueName.DeliveriesWebhook, QueueName.DeliveriesSms].map((name) => new Queue(name, { connection, prefix }));
    const queuedDeliveries = (await Promise.all(queued.map((q) => q.getJobCounts('prioritized', 'wait', 'active', 'delayed'))))
      .flatMap((c) => Object.values(c))
      .reduce((a, b) => a + b, 0);
    await Promise.all(queued.map((q) => q.close()));
    const metrics = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
    const metric = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(metrics)?.[1] ?? NaN);
    const statements = metric('dispatch_db_statements_total');
    const batches = metric('dispatch_alert_batches_total');
    const scheduleTrips = metric('dispatch_schedule_round_trips_total');
    const stageSeconds = (stage: string) =>
      Number(new RegExp(`^dispatch_alert_batch_seconds_total\\{stage="${stage}"\\} (\\S+)$`, 'm').exec(metrics)?.[1] ?? NaN);
    const [waitingS, databaseS, schedulingS] = ['waiting', 'database', 'scheduling'].map(stageSeconds);
    const perStatement = [...metrics.matchAll(/^dispatch_db_statement_seconds_total\{statement="([^"]+)"\} (\S+)$/gm)]
      .map(([, name, seconds]) => `${name} ${fmt((1000 * Number(seconds)) / batches)}`)
      .join(', ');
    await app.stop();
    console.log(
      `[bench dispatch] after the alerts: ${fmt(pendingDeliveries)} deliveries not yet sent, ${fmt(queuedDeliveries)} delivery jobs waiting in their queues (every one scheduled)`,
    );
    // Phase 2: the channels' rate limits lifted (capacity, not policy), the rest of the deliveries sent.
    const t1 = Date.now();
    app = await startApp('dispatch', dispatchEnv({ DELIVERY_WEBHOOK_RATE: '100000', DELIVERY_SMS_RATE: '100000' }));
    await eventually(
      'every delivery sent',
      async () => (await count(`SELECT count(*)::int AS n FROM delivery WHERE status <> 'sent'`)) === 0,
      900_000,
    );
    const drainSeconds = (Date.now() - t1) / 1000;
    console.log(
      `[bench dispatch] the rate limits lifted, ${fmt(pendingDeliveries)} deliveries sent in ${drainSeconds.toFixed(1)} s (${fmt(pendingDeliveries / drainSeconds)}/s, start-up included)`,
    );
    const allSeconds = alertSeconds + drainSeconds;
    await app.stop();
    const [tasks, deliveries, escalations] = await Promise.all([
      count('SELECT count(*)::int AS n FROM grid_task'),
      count('SELECT count(*)::int AS n FROM delivery'),
      count('SELECT count(*)::int AS n FROM escalation'),
    ]);
    const done = await queue.getJobs(['completed'], 0, TOTAL);
    const took = done.map((j) => (j.finishedOn ?? 0) - (j.processedOn ?? 0)).sort((a, b) => a - b);
    const waited = done.map((j) => (j.processedOn ?? 0) - j.timestamp).sort((a, b) => a - b);
    console.log(
      `[bench dispatch] alert job processing p50 ${took[Math.floor(took.length / 2)]} ms, p99 ${took[Math.floor(took.length * 0.99)]} ms (of ${took.length}); queued p50 ${waited[Math.floor(waited.length / 2)]} ms`,
    );
    // Red first under a backlog: the whole backlog was queued before the app started, so the order taken shows the priority.
    const started = (level: string) => {
      const xs = done.filter((j) => (j.data as { riskLevel: string }).riskLevel === level).map((j) => (j.processedOn ?? 0) - t0);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
    };
    const [red, orange, yellow] = [started('red'), started('orange'), started('yellow')];
    console.log(
      `[bench dispatch] backlog order: red taken on average ${fmt(red)} ms after start, orange ${fmt(orange)} ms, yellow ${fmt(yellow)} ms` +
        (red < orange && orange < yellow ? ' (red first)' : ' (NOT red first)'),
    );
    console.log(
      `[bench dispatch] per alert: ${(statements / TOTAL).toFixed(2)} SQL statements (${fmt(statements)} in ${fmt(batches)} batches, ${(TOTAL / batches).toFixed(1)} alerts per batch, BEGIN/COMMIT included); ` +
        `${(scheduleTrips / TOTAL).toFixed(3)} Redis round trips to schedule its work (one addBulk per queue per batch) + BullMQ's own fetch and completion of the job, as for the baseline`,
    );
    console.log(
      `[bench dispatch] per batch: database ${fmt((1000 * databaseS) / batches)} ms (the decisions included), ` +
        `scheduling ${fmt((1000 * schedulingS) / batches)} ms; an alert waited ${fmt((1000 * waitingS) / TOTAL)} ms in the worker for its batch to start`,
    );
    console.log(`[bench dispatch] database time per batch by statement (ms, round trip included): ${perStatement}`);
    await queue.obliterate({ force: true });
    await queue.close();
    console.log(
      `[bench dispatch] dispatch app: ${fmt(alertRate)} alerts/s routed, applied and every delivery scheduled (${fmt(tasks)} tasks, ${fmt(escalations)} red escalations, their county duty officers told); ` +
        `counting the time to send every delivery too (${fmt(deliveries)}, ${fmt(terminal.received.length)} received): ${fmt(TOTAL / allSeconds)} alerts/s`,
    );
    console.log(
      `[bench dispatch] at ${(ALERT_SHARE * 100).toFixed(1)} % of events becoming alerts, applying them keeps up with ${fmt(alertRate / ALERT_SHARE)} normalized events/s`,
    );
    console.log(`dispatch: app ${fmt(alertRate)} alerts/s, baseline ${fmt(baseRate)} jobs/s, ratio ${(alertRate / baseRate).toFixed(2)}`);
  } finally {
    await pool.end();
    await terminal.close();
    await env.close();
  }
}
