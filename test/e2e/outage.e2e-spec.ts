import type { Kafka, Message, Producer } from 'kafkajs';
import { Client } from 'pg';
import { Header, Topic, topicName } from '../../libs/contracts/src';
import { policeIncident } from '../support/builders';
import { appEnv, eventually, type RunningApp, startApp, uniqueName } from '../support/infra';
import { PrivateKafka, PrivatePostgres } from '../support/private-services';

const TOTAL = 3_000;
const SPREAD_MS = 40_000;
/** One incident in five threatens to kill (a red alert, so a grid task); the rest are neighbours' quarrels. */
const ALERTING_EVERY = 5;

/**
 * Outages under load, on servers of the test's own (never the machine's shared ones): 3,000 messages
 * over 40 s while PostgreSQL is stopped in immediate mode for 14 s, then again while the broker restarts.
 * Afterwards every app is still running and healthy, and every event is stored, assessed and, where it
 * alerts, tasked: 0 lost, 0 duplicated.
 */
describe('outages under load', () => {
  let pg: PrivatePostgres;
  let broker: PrivateKafka;
  let kafka: Kafka;
  let producer: Producer;
  let db: Client;
  let apps: RunningApp[] = [];
  const suffix = uniqueName('hubt');

  beforeAll(async () => {
    [pg, broker] = await Promise.all([PrivatePostgres.create(), PrivateKafka.create()]);
    kafka = await broker.prepare(suffix);
    const env = appEnv(pg.url, suffix, { KAFKA_BROKERS: broker.brokers, LOG_LEVEL: 'info', HEALTH_STALL_SECONDS: '120' });
    apps = await Promise.all((['ingest', 'risk', 'dispatch'] as const).map((a) => startApp(a, env)));
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    db = new Client({ connectionString: pg.url });
    db.on('error', () => undefined); // the test stops this server on purpose
  }, 300_000);

  afterAll(async () => {
    await producer?.disconnect().catch(() => undefined);
    await db?.end().catch(() => undefined);
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all([pg?.destroy(), broker?.destroy()]);
  }, 120_000);

  function incident(phase: string, i: number): Message {
    const incidentNo = `J${phase}${String(i).padStart(5, '0')}`;
    const alerting = i % ALERTING_EVERY === 0;
    const address = { text: `新园社区人民路${phase}${i}号`, divisionCode: '411202001001' };
    const value = alerting
      ? policeIncident({ incidentNo, address })
      : policeIncident({
          incidentNo,
          address,
          callText: '报警人称邻居装修噪音太大，双方发生口角，请民警协调。',
          subCategory: { code: '040103', name: '邻里纠纷' },
          persons: [{ role: 'caller', name: '张三' }],
        });
    return { key: incidentNo, value: JSON.stringify(value), headers: { [Header.CorrelationId]: `c-${incidentNo}` } };
  }

  /** Publishes TOTAL messages evenly over SPREAD_MS; a send that fails while the broker is away is sent again. */
  async function load(phase: string): Promise<void> {
    const topic = topicName(Topic.Police110Incident, suffix);
    const perSecond = Math.ceil(TOTAL / (SPREAD_MS / 1000));
    const start = Date.now();
    for (let i = 0; i < TOTAL; i += perSecond) {
      const messages = Array.from({ length: Math.min(perSecond, TOTAL - i) }, (_, j) => incident(phase, i + j));
      for (;;) {
        try {
          await producer.send({ topic, acks: -1, messages });
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 500));
        }
      }
      const due = start + ((i + perSecond) / TOTAL) * SPREAD_MS;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    }
  }

  async function counts(phase: string) {
    const { rows } = await db.query<{
      stored: number;
      storedRows: number;
      assessed: number;
      assessedRows: number;
      alerts: number;
      tasked: number;
    }>(
      `SELECT (SELECT count(DISTINCT source_ref) FROM normalized_event WHERE source_ref LIKE $1)::int AS stored,
              (SELECT count(*) FROM normalized_event WHERE source_ref LIKE $1)::int AS "storedRows",
              (SELECT count(DISTINCT source_ref) FROM risk_assessment WHERE source_ref LIKE $1)::int AS assessed,
              (SELECT count(*) FROM risk_assessment WHERE source_ref LIKE $1)::int AS "assessedRows",
              (SELECT count(*) FROM outbox o JOIN risk_assessment a ON o.payload->>'assessmentId' = a.assessment_id::text
                 WHERE a.source_ref LIKE $1)::int AS alerts,
              (SELECT count(*) FROM task_alert t JOIN outbox o ON o.job_id = t.job_id
                 JOIN risk_assessment a ON o.payload->>'assessmentId' = a.assessment_id::text WHERE a.source_ref LIKE $1)::int AS tasked`,
      [`J${phase}%`],
    );
    return rows[0];
  }

  async function health(app: RunningApp): Promise<{ status: number; body: string }> {
    const res = await fetch(`http://127.0.0.1:${app.port}/health`);
    return { status: res.status, body: await res.text() };
  }

  async function expectAllTakenAndAppsUp(phase: string): Promise<void> {
    const expectedAlerts = TOTAL / ALERTING_EVERY;
    // Polled: the apps catch up by themselves after the outage.
    await db.connect().catch(() => undefined);
    const final = await eventually(
      `phase ${phase}: ${TOTAL} stored and assessed, ${expectedAlerts} tasked`,
      async () => {
        const c = await counts(phase);
        return c.stored === TOTAL && c.assessed === TOTAL && c.tasked === expectedAlerts ? c : undefined;
      },
      300_000,
    );
    expect(final).toEqual({
      stored: TOTAL,
      storedRows: TOTAL,
      assessed: TOTAL,
      assessedRows: TOTAL,
      alerts: expectedAlerts,
      tasked: expectedAlerts,
    });
    for (const app of apps) {
      expect(app.process.exitCode).toBeNull();
      await eventually(`${app.name} healthy again`, async () => (await health(app)).status === 200, 60_000);
    }
  }

  it('PostgreSQL stopped (immediate mode) for 14 s under load: every app still running, 0 lost, 0 duplicated', async () => {
    await db.connect();
    const loading = load('P');
    await new Promise((r) => setTimeout(r, 10_000));
    await pg.stopImmediately();
    const downAt = Date.now();
    // While it is away each app says so at /health, naming the dependency.
    const ingest = apps.find((a) => a.name === 'ingest')!;
    const during = await eventually('ingest reports postgres down', async () => {
      const h = await health(ingest);
      return h.status === 503 && /postgres/.test(h.body) ? h : undefined;
    });
    expect(JSON.parse(during.body)).toMatchObject({ status: 'error', error: { postgres: { status: 'down' } } });
    await new Promise((r) => setTimeout(r, Math.max(0, 14_000 - (Date.now() - downAt))));
    await pg.start();
    await loading;
    db = new Client({ connectionString: pg.url });
    db.on('error', () => undefined);
    await expectAllTakenAndAppsUp('P');
  }, 600_000);

  it('the broker restarted under load: every app still running, 0 lost, 0 duplicated', async () => {
    const loading = load('K');
    await new Promise((r) => setTimeout(r, 10_000));
    await broker.stop();
    await new Promise((r) => setTimeout(r, 5_000));
    await broker.start();
    await loading;
    await expectAllTakenAndAppsUp('K');
  }, 600_000);
});
