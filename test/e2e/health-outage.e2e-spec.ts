import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import { ALERT_JOB_RETRY, Header, JobName, QueueName, Topic, topicName } from '../../libs/contracts/src';
import { redisConnectionOptions } from '../../libs/messaging/src';
import { policeIncident } from '../support/builders';
import { storedAlert } from '../support/dispatch-fixtures';
import { appEnv, eventually, freePort, freshDatabase, type RunningApp, startApp, uniqueName } from '../support/infra';
import { PrivateKafka } from '../support/private-services';

/** A Redis server of the test's own (the machine's is never stopped): no persistence, its default user only. */
class PrivateRedis {
  private child?: ChildProcess;
  private constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  static async create(): Promise<PrivateRedis> {
    const r = new PrivateRedis(await freePort());
    await r.start();
    return r;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    this.child = child;
    await eventually(`redis on ${this.port}`, async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      const ping = spawn('redis-cli', ['-p', String(this.port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      ping.stdout.on('data', (d: Buffer) => (out += d.toString()));
      await new Promise((r) => ping.once('exit', r));
      return out.trim() === 'PONG';
    });
  }

  /** Gone as a crashed server is: killed, its data with it. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
}

type Health = {
  status: number;
  body: { status: string; info?: Record<string, unknown>; error?: Record<string, { status: string; message?: string }> };
};

/**
 * /health as operations and Kubernetes see it, on the running ingest, risk and dispatch apps with a broker
 * and a Redis of the test's own (the machine's are never stopped) and a stall window of 5 s:
 * - Redis stopped: dispatch and risk report `redis` down, and ok again by themselves when it is back;
 * - the broker stopped: ingest and risk report `kafka` down, and ok again by themselves;
 * - a partition whose batch keeps failing (ingest's INSERT grant revoked: a fault of the deployment, never
 *   the message's): reported with topic, partition, offset and the database's error, nothing dead-lettered,
 *   the message stored and /health ok once the grant is back;
 * - a queue whose job keeps failing (dispatch's INSERT grant on task_alert revoked): reported with the
 *   queue, job id and attempts; the alert tasked and /health ok once the grant is back.
 */
describe('/health: dependencies away and work that makes no progress', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let broker: PrivateKafka;
  let redis: PrivateRedis;
  let kafka: Kafka;
  let producer: Producer;
  let pg: Client;
  const apps: Record<'ingest' | 'risk' | 'dispatch', RunningApp> = {} as never;
  const suffix = uniqueName('hubt');

  beforeAll(async () => {
    [db, broker, redis] = await Promise.all([freshDatabase(), PrivateKafka.create(), PrivateRedis.create()]);
    kafka = await broker.prepare(suffix);
    const env = appEnv(db.url, suffix, {
      KAFKA_BROKERS: broker.brokers,
      REDIS_URL: redis.url,
      HEALTH_STALL_SECONDS: '5',
      LOG_LEVEL: 'info',
    });
    const started = await Promise.all((['ingest', 'risk', 'dispatch'] as const).map((a) => startApp(a, env)));
    for (const a of started) apps[a.name as keyof typeof apps] = a;
    producer = kafka.producer();
    await producer.connect();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  }, 300_000);

  afterAll(async () => {
    await producer?.disconnect().catch(() => undefined);
    await pg?.end().catch(() => undefined);
    await Promise.all(Object.values(apps).map((a) => a.stop()));
    await Promise.all([broker?.destroy(), redis?.stop()]);
    await db?.drop();
  }, 120_000);

  async function health(app: RunningApp): Promise<Health> {
    const res = await fetch(`http://127.0.0.1:${app.port}/health`);
    return { status: res.status, body: (await res.json()) as Health['body'] };
  }

  /** Waits until `app` reports `check` down (503), and returns the message it gives. */
  async function reportsDown(app: RunningApp, check: string, timeoutMs = 60_000): Promise<string> {
    const h = await eventually(
      `${app.name} reports ${check} down`,
      async () => {
        const h = await health(app);
        return h.status === 503 && h.body.error?.[check]?.status === 'down' ? h : undefined;
      },
      timeoutMs,
    );
    return h.body.error![check].message ?? '';
  }

  async function healthy(app: RunningApp, timeoutMs = 90_000): Promise<void> {
    await eventually(`${app.name} healthy again`, async () => (await health(app)).status === 200, timeoutMs);
    expect(app.process.exitCode).toBeNull();
  }

  it('starts healthy', async () => {
    for (const app of Object.values(apps)) await healthy(app);
  });

  it('Redis stopped: dispatch and risk report redis down, and ok by themselves once it is back', async () => {
    await redis.stop();
    const [dispatchSays, riskSays] = await Promise.all([reportsDown(apps.dispatch, 'redis'), reportsDown(apps.risk, 'redis')]);
    expect(dispatchSays).toBeTruthy();
    expect(riskSays).toBeTruthy();
    await redis.start();
    await Promise.all([healthy(apps.dispatch), healthy(apps.risk)]);
  }, 240_000);

  it('the broker stopped: ingest and risk report kafka down, and ok by themselves once it is back', async () => {
    await broker.stop();
    await Promise.all([reportsDown(apps.ingest, 'kafka'), reportsDown(apps.risk, 'kafka')]);
    await broker.start();
    await Promise.all([healthy(apps.ingest), healthy(apps.risk), healthy(apps.dispatch)]);
  }, 240_000);

  it('a partition whose batch keeps failing (a revoked grant) is reported by topic, partition, offset and error; nothing is dead-lettered', async () => {
    await pg.query('REVOKE INSERT ON normalized_event FROM hub_ingest');
    const incidentNo = `JG${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    try {
      const [meta] = await producer.send({
        topic: topicName(Topic.Police110Incident, suffix),
        acks: -1,
        messages: [
          { key: incidentNo, value: JSON.stringify(policeIncident({ incidentNo })), headers: { [Header.CorrelationId]: randomUUID() } },
        ],
      });
      const said = await reportsDown(apps.ingest, 'feeds');
      expect(said).toMatch(
        new RegExp(
          `stuck: ${topicName(Topic.Police110Incident, suffix)}/${meta.partition} at offset ${meta.baseOffset} failed \\d+ times over \\d+ s: .*permission denied for table normalized_event`,
        ),
      );
    } finally {
      await pg.query('GRANT INSERT ON normalized_event TO hub_ingest');
    }
    await eventually(
      'stored once the grant is back',
      async () => (await pg.query('SELECT 1 FROM normalized_event WHERE source_ref = $1', [incidentNo])).rowCount === 1,
      60_000,
    );
    await healthy(apps.ingest);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const dead = await admin.fetchTopicOffsets(topicName(Topic.Police110IncidentDead, suffix));
      expect(dead.reduce((n, p) => n + Number(p.high), 0)).toBe(0);
    } finally {
      await admin.disconnect();
    }
  }, 240_000);

  it('a queue whose job keeps failing (a revoked grant) is reported with the queue, job id and attempts', async () => {
    const queue = new Queue(QueueName.GridAlerts, { connection: redisConnectionOptions(redis.url), prefix: suffix });
    await pg.query('REVOKE INSERT ON task_alert FROM hub_dispatch');
    const { alert, jobId } = await storedAlert(pg, { level: 'red' });
    try {
      await queue.add(JobName.GridAlertRaised, alert, { jobId, ...ALERT_JOB_RETRY });
      const said = await reportsDown(apps.dispatch, 'queues');
      expect(said).toMatch(
        new RegExp(
          `^queue ${QueueName.GridAlerts}: job .+ keeps failing: \\d+ attempts over \\d+ s, retrying with backoff; last error: .*permission denied`,
        ),
      );
      expect(said).toContain(jobId);
    } finally {
      await pg.query('GRANT INSERT ON task_alert TO hub_dispatch');
    }
    await eventually(
      'tasked once the grant is back',
      async () => (await pg.query('SELECT 1 FROM task_alert WHERE assessment_id = $1', [alert.assessmentId])).rowCount === 1,
      90_000,
    );
    await healthy(apps.dispatch);
    await queue.close();
  }, 240_000);
});
