import type { Message } from 'kafkajs';
import { Pool } from 'pg';
import { Header, Topic, topicName } from '../../libs/contracts/src';
import { sendInChunks } from '../../libs/messaging/src';
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
    const basePool = new Pool({ connectionString: env.db.url, max: 10, options: '-c jit=off' }); // as the app's pool (openDatabase noJit)
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
    await benchCrowdedHousehold(env, messages.length, identity);
  } finally {
    await env.close();
  }
}

const CROWDED_EARLIER = 10_000;
// Enough that each set takes seconds: the catch-up is polled every 100 ms, which a set of a few hundred
// events (a fraction of a second) would make the larger part of its time.
const CROWDED_EVENTS = Number(process.env.BENCH_RISK_CROWDED_EVENTS ?? 2_000);

/**
 * One household with 10,000 earlier records (a hostel, a police station's address, a default address)
 * beside ordinary households, in the same run: events/s and stored bytes per assessment of each, and
 * their ratio. Bounded look-ups and evidence keep the ratio near 1.
 */
async function benchCrowdedHousehold(
  env: Awaited<ReturnType<typeof benchEnvironment>>,
  published: number,
  identity: PersonIdentity,
): Promise<void> {
  const { kafka, suffix } = env.topics;
  const topic = topicName(Topic.NormalizedEvent, suffix);
  // Earlier violent family incidents, the newest an hour ago: 10,000 at one address, 300 at another.
  for (const [household, n, prefix] of [
    ['hh_bench_crowded', CROWDED_EARLIER, 'CRWD'],
    ['hh_bench_few', 300, 'FEWR'],
  ] as const) {
    await env.pg.query(
      `INSERT INTO risk_assessment (assessment_id, event_id, source, source_ref, revision, occurred_at, household_key, person_hashes,
         division_code, domain, family_romantic, risk_score, risk_level, factor_codes, factors, links, rules_version, correlation_id)
       SELECT gen_random_uuid(), gen_random_uuid(), 'police110', $3 || i, 1, now() - interval '1 hour' - i * interval '20 minutes',
         $1, '{}', '411202001001', '婚姻家庭', true, 40, 'orange', '{violence}', '{}'::json, '[]'::json, 'seed', 'seed-' || i
       FROM generate_series(1, $2::int) i`,
      [household, n, prefix],
    );
  }
  const now = new Date();
  const events = (prefix: string, household: (i: number) => string): Message[] =>
    Array.from({ length: CROWDED_EVENTS }, (_, i) => {
      const value = {
        schemaVersion: 1,
        incidentNo: `J${prefix}${String(i).padStart(6, '0')}`,
        revision: 1,
        status: 'closed',
        receivedAt: new Date(now.getTime() - 60_000 + i).toISOString(),
        category: { code: '04', name: '纠纷' },
        subCategory: { code: '040101', name: '家庭纠纷' },
        callText: '报警人称其丈夫酒后动手打人，现已分开，要求民警处理。',
        address: { text: `人民路${prefix}${i}号`, divisionCode: '411202001001' },
        policeStation: { code: 'PS1', name: '湖滨派出所' },
        persons: [],
      };
      const e = admitUpstreamMessage('police110', Buffer.from(JSON.stringify(value)), {
        policy: { maxMessageBytes: 1 << 20, maxTextChars: 8000, futureToleranceMinutes: 10 },
        identity,
        divisions: { isKnown: () => true },
        now,
        correlationId: `bench-${prefix}-${i}`,
      });
      const householdKey = household(i);
      // One partition for both sets (one key each), so both are taken by one consumer in turn: a fair ratio.
      return { key: prefix, value: JSON.stringify({ ...e, householdKey }), headers: { [Header.CorrelationId]: e.correlationId } };
    });
  const app = await startApp('risk', appEnv(env.db.url, suffix, { LOG_LEVEL: 'warn' }));
  const group = `${suffix}.risk`;
  let done = published;
  const timed = async (messages: Message[]) => {
    const producer = kafka.producer();
    await producer.connect();
    const t0 = Date.now();
    // Chunks under the broker's message.max.bytes (2,000 events at once were refused).
    await sendInChunks(producer, topic, messages);
    await producer.disconnect();
    done += messages.length;
    await eventually('risk caught up', async () => (await committedTotal(kafka, group, topic)) >= done, 600_000);
    return messages.length / ((Date.now() - t0) / 1000);
  };
  const size = async (like: string) =>
    (
      await env.pg.query<{ bytes: number }>(
        `SELECT avg(octet_length(factors::text) + octet_length(links::text))::int AS bytes FROM risk_assessment WHERE source_ref LIKE $1`,
        [like],
      )
    ).rows[0].bytes;
  try {
    const plainRate = await timed(events('PLAIN', (i) => `hh_bench_plain_${i}`));
    const fewRate = await timed(events('FEWER', () => 'hh_bench_few'));
    const crowdedRate = await timed(events('CROWD', () => 'hh_bench_crowded'));
    const [plainBytes, fewBytes, crowdedBytes] = [await size('JPLAIN%'), await size('JFEWER%'), await size('JCROWD%')];
    console.log(
      `[bench risk] ${fmt(CROWDED_EVENTS)} events each, one partition, same run: fresh households ${fmt(plainRate)} events/s (${fmt(plainBytes)} bytes per assessment); ` +
        `a household with 300 earlier records ${fmt(fewRate)} events/s (${fmt(fewBytes)} bytes); with ${fmt(CROWDED_EARLIER)} earlier records ${fmt(crowdedRate)} events/s (${fmt(crowdedBytes)} bytes)`,
    );
    console.log(
      `risk-crowded: ${fmt(crowdedRate)} events/s vs fresh households ${fmt(plainRate)}, ratio ${(crowdedRate / plainRate).toFixed(2)}; ` +
        `bytes per assessment vs 300 earlier records, ratio ${(crowdedBytes / fewBytes).toFixed(2)}`,
    );
  } finally {
    await app.stop();
  }
}
