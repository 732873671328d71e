import type { Message } from 'kafkajs';
import { Pool } from 'pg';
import { Header, Topic, topicName } from '../../libs/contracts/src';
import { admitUpstreamMessage, PersonIdentity } from '../../libs/domain/src';
import { generateSanmenxia, DEFAULT_OPTIONS, generateFeeds } from '../../libs/simulation/src';
import { appEnv, eventually, startApp, uniqueName } from '../support/infra';
import { committedTotal } from '../support/kafka-probe';
import { testEnv } from '../support/test-env';
import { benchEnvironment, fmt } from './bench-support';
import { runBaseline } from './ingest.bench';

const TOTAL = Number(process.env.BENCH_RISK_EVENTS ?? 100_000);

/**
 * The risk app end to end: a backlog of normalized events on hub.event.normalized.v1, consumed by the
 * built app into stored assessments and outbox rows. Baseline on the same topic data: the bare kafkajs
 * consumer that stores raw JSON with one multi-row INSERT per batch. The per-event cost comes from the
 * app's own stage timers (hub_risk_stage_seconds_total).
 */
export async function benchRisk(): Promise<void> {
  const env = await benchEnvironment();
  const { kafka, suffix } = env.topics;
  try {
    const identity = new PersonIdentity(testEnv().PERSON_HASH_KEY);
    const villages = generateSanmenxia().filter((r) => r.level === 'village');
    const now = new Date();
    const perDay = 4_000;
    const generated = generateFeeds({
      ...DEFAULT_OPTIONS,
      days: Math.ceil(TOTAL / (perDay * 1.3)) + 1,
      eventsPerDay: perDay,
      end: new Date(now.getTime() - 60_000),
      villages,
    }).slice(0, TOTAL);
    const policy = { maxMessageBytes: 1 << 20, maxTextChars: 8000, futureToleranceMinutes: 10 };
    const messages: Message[] = generated.map((m) => {
      const e = admitUpstreamMessage(m.feed, Buffer.from(JSON.stringify(m.value)), {
        policy,
        identity,
        divisions: { isKnown: () => true },
        now,
        correlationId: m.key,
      });
      return { key: e.householdKey, value: JSON.stringify(e), headers: { [Header.CorrelationId]: e.correlationId } };
    });
    const topic = topicName(Topic.NormalizedEvent, suffix);
    const producer = kafka.producer();
    await producer.connect();
    for (let i = 0; i < messages.length; i += 1000) await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 1000) });
    await producer.disconnect();
    const n = messages.length;
    console.log(`[bench risk] ${fmt(n)} normalized events published once (a week and more of a city's feeds, ~30 % family or romantic)`);

    const baseGroup = uniqueName('bench-baseline-');
    let t0 = Date.now();
    const basePool = new Pool({ connectionString: env.db.url, max: 10 });
    const baseline = await runBaseline(kafka, basePool, [topic], baseGroup);
    await eventually('baseline caught up', async () => (await committedTotal(kafka, baseGroup, topic)) >= n, 600_000);
    const baseRate = n / ((Date.now() - t0) / 1000);
    await baseline.disconnect();
    await basePool.end();
    console.log(`[bench risk] baseline (raw INSERT, 3 partitions at once, pool of 10, as the app): ${fmt(baseRate)} events/s`);

    const app = await startApp(
      'risk',
      appEnv(env.db.url, suffix, { LOG_LEVEL: 'warn', RISK_PARTITION_CONCURRENCY: process.env.RISK_PARTITION_CONCURRENCY ?? '3' }),
    );
    t0 = Date.now();
    await eventually('risk caught up', async () => (await committedTotal(kafka, `${suffix}.risk`, topic)) >= n, 900_000);
    const rate = n / ((Date.now() - t0) / 1000);
    const metrics = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
    await app.stop();
    const { rows } = await env.pg.query<{ a: number; o: number }>(
      'SELECT (SELECT count(*) FROM risk_assessment)::int AS a, (SELECT count(*) FROM outbox)::int AS o',
    );
    console.log(`[bench risk] risk app: ${fmt(rate)} events/s into ${fmt(rows[0].a)} assessments and ${fmt(rows[0].o)} outbox rows`);
    const stage = (name: string) =>
      Number(new RegExp(`hub_risk_stage_seconds_total\\{stage="${name}"\\} ([\\d.e-]+)`).exec(metrics)?.[1] ?? 0);
    console.log("[bench risk] per event, from the app's stage timers:");
    console.log('[bench risk]   segmentation   none (lexicon and patterns over the raw text, no word segmentation)');
    for (const [label, name] of [
      ['parse + validate', 'parse'],
      ['history look-up', 'history'],
      ['rules', 'rules'],
      ['database', 'database'],
    ] as const) {
      console.log(`[bench risk]   ${label.padEnd(15)}${((stage(name) / n) * 1e6).toFixed(1).padStart(7)} µs`);
    }
    console.log(`risk: app ${fmt(rate)} events/s, baseline ${fmt(baseRate)} events/s, ratio ${(rate / baseRate).toFixed(2)}`);
  } finally {
    await env.close();
  }
}
