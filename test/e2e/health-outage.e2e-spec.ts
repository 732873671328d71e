import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import { Header, Topic, topicName } from '../../libs/contracts/src';
import { policeIncident } from '../support/builders';
import { startTerminalGateway, type TerminalGateway } from '../../libs/simulation/src';
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
 * The partition and queue that make no progress are shown against the probes themselves on the real broker
 * and Redis (libs/messaging/src/progress-probe.int-spec.ts, batch-consumer.int-spec.ts).
 */
describe('/health: dependencies away', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let broker: PrivateKafka;
  let redis: PrivateRedis;
  let kafka: Kafka;
  let producer: Producer;
  let pg: Client;
  let terminal: TerminalGateway;
  const apps: Record<'ingest' | 'risk' | 'dispatch', RunningApp> = {} as never;
  const suffix = uniqueName('hubt');

  beforeAll(async () => {
    [db, broker, redis] = await Promise.all([freshDatabase(), PrivateKafka.create(), PrivateRedis.create()]);
    kafka = await broker.prepare(suffix);
    // Deliveries of the tasks made here go somewhere that answers, or their queue would wait (and say so).
    terminal = await startTerminalGateway();
    const env = appEnv(db.url, suffix, {
      KAFKA_BROKERS: broker.brokers,
      REDIS_URL: redis.url,
      DELIVERY_WEBHOOK_URL: `http://127.0.0.1:${terminal.port}/terminal`,
      DELIVERY_SMS_URL: `http://127.0.0.1:${terminal.port}/sms`,
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
    await Promise.all([broker?.destroy(), redis?.stop(), terminal?.close()]);
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
    // Consuming again by themselves (their consumers rejoin after kafkajs's restart): an incident sent now is
    // stored and assessed.
    const incidentNo = `JB${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await producer.send({
      topic: topicName(Topic.Police110Incident, suffix),
      acks: -1,
      messages: [
        { key: incidentNo, value: JSON.stringify(policeIncident({ incidentNo })), headers: { [Header.CorrelationId]: randomUUID() } },
      ],
    });
    await eventually(
      'stored and assessed after the broker came back',
      async () => (await pg.query('SELECT 1 FROM risk_assessment WHERE source_ref = $1', [incidentNo])).rowCount === 1,
      120_000,
    );
    await Promise.all([healthy(apps.ingest), healthy(apps.risk), healthy(apps.dispatch)]);
  }, 240_000);
});
