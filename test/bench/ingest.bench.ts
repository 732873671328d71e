import type { Kafka, Message } from 'kafkajs';
import { Client as PgClient, Pool } from 'pg';
import { FEEDS, type FeedSource, topicName } from '../../libs/contracts/src';
import { generateSanmenxia, upstreamMessage, DEFAULT_OPTIONS, generateFeeds } from '../../libs/simulation/src';
import { appEnv, eventually, freshDatabase, type RunningApp, startApp, uniqueName } from '../support/infra';
import { committedTotal } from '../support/kafka-probe';
import { benchEnvironment, fmt, percentile, sleep } from './bench-support';

const TOTAL = Number(process.env.BENCH_MESSAGES ?? 200_000);
const LIVE_RATE = Number(process.env.BENCH_LIVE_RATE ?? 2_000);
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 10);
/** Ingest processes in one consumer group, per measured configuration: the hub scales out on partitions. */
const CONFIGURATIONS = (process.env.BENCH_INGEST_INSTANCES ?? '1,2').split(',').map(Number);

interface Dataset {
  feed: FeedSource;
  message: Message;
}

/** A realistic mix from the generator, made unique per copy so revisions and ids do not collide. */
export function dataset(count: number, tag: 'B' | 'L', withRevisions: boolean): Dataset[] {
  const villages = generateSanmenxia().filter((r) => r.level === 'village');
  const perDay = 2_000;
  // About 1.45 messages per event with revisions (110 incidents are published twice), 0.8 without.
  const days = Math.ceil(count / (perDay * (withRevisions ? 1.3 : 0.75))) + 1;
  const generated = generateFeeds({
    ...DEFAULT_OPTIONS,
    days,
    eventsPerDay: perDay,
    withRevisions,
    end: new Date(Date.now() - 60_000),
    villages,
  }).slice(0, count);
  return generated.map((g) => {
    const v = { ...g.value } as Record<string, unknown>;
    if (g.feed === 'police110') v.incidentNo = `${tag}${v.incidentNo as string}`;
    if (g.feed === 'petition') v.petitionNo = `${tag}${v.petitionNo as string}`;
    if (g.feed === 'court') v.caseNo = (v.caseNo as string).replace(/号$/, `${tag === 'B' ? 1 : 2}号`);
    return { feed: g.feed, message: upstreamMessage(g.feed, JSON.stringify(v), 'bench') };
  });
}

export async function publish(kafka: Kafka, suffix: string, data: Dataset[], rate?: number): Promise<Map<string, number>> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const sentAt = new Map<string, number>();
  const chunk = rate ? Math.max(1, Math.round(rate / 20)) : 1000;
  const started = Date.now();
  for (let i = 0; i < data.length; i += chunk) {
    const slice = data.slice(i, i + chunk);
    const byTopic = new Map<string, Message[]>();
    for (const d of slice) {
      const t = topicName(FEEDS[d.feed].topic, suffix);
      byTopic.set(t, [...(byTopic.get(t) ?? []), d.message]);
    }
    const now = Date.now();
    for (const d of slice) sentAt.set(String(d.message.key), now);
    await producer.sendBatch({ topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })), acks: -1 });
    if (rate) {
      const due = started + ((i + chunk) / rate) * 1000;
      if (due > Date.now()) await sleep(due - Date.now());
    }
  }
  await producer.disconnect();
  return sentAt;
}

/**
 * The storage path with no logic: one multi-row INSERT of the raw JSON per batch, then commit. As the apps
 * read: three partitions at once (INGEST_/RISK_PARTITION_CONCURRENCY's default) over a pool of 10, and
 * "stored" stamped the way the apps stamp it (now(): the statement's transaction start, not a clock per row).
 */
export async function runBaseline(kafka: Kafka, pool: Pool, topics: string[], groupId: string, partitions = 3) {
  await pool.query(
    'CREATE TABLE IF NOT EXISTS bench_raw (topic text, part int, "offset" bigint, ref text, value jsonb, stored_at timestamptz DEFAULT now(), PRIMARY KEY (topic, part, "offset"))',
  );
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, maxBytesPerPartition: 2 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: partitions,
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset }) => {
      if (batch.messages.length === 0) return;
      const rows = batch.messages.map((m) => ({
        topic: batch.topic,
        part: batch.partition,
        offset: m.offset,
        ref: m.key?.toString() ?? null,
        value: m.value?.toString(),
      }));
      await pool.query(
        `INSERT INTO bench_raw (topic, part, "offset", ref, value)
         SELECT t.topic, t.part, t."offset", t.ref, t.value::jsonb FROM jsonb_to_recordset($1::jsonb) AS t(topic text, part int, "offset" bigint, ref text, value text)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(rows)],
      );
      const last = batch.messages[batch.messages.length - 1].offset;
      resolveOffset(last);
      await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: String(BigInt(last) + 1n) }]);
    },
  });
  return consumer;
}

async function waitCommitted(kafka: Kafka, groupId: string, suffix: string, expected: number, timeoutMs: number): Promise<number> {
  const topics = Object.values(FEEDS).map((f) => topicName(f.topic, suffix));
  await eventually(
    `group ${groupId} to commit ${expected} offsets`,
    async () => {
      let sum = 0;
      for (const t of topics) sum += await committedTotal(kafka, groupId, t);
      return sum >= expected;
    },
    timeoutMs,
  );
  return Date.now();
}

async function latencies(pg: PgClient | Pool, sql: string, sentAt: Map<string, number>): Promise<number[]> {
  const { rows } = await pg.query<{ ref: string; at: Date }>(sql);
  return rows
    .map((r) => (sentAt.has(r.ref) ? r.at.getTime() - sentAt.get(r.ref)! : NaN))
    .filter((n) => Number.isFinite(n))
    .sort((a, b) => a - b);
}

async function countRows(url: string): Promise<number> {
  const c = new PgClient({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>('SELECT count(*)::text AS n FROM normalized_event')).rows[0].n);
  } finally {
    await c.end();
  }
}

async function stopConfiguration(c: { db: { drop(): Promise<void> }; apps: RunningApp[] }): Promise<void> {
  await Promise.all(c.apps.map((a) => a.stop()));
  await c.db.drop();
}

export async function benchIngest(): Promise<void> {
  const env = await benchEnvironment();
  const { kafka, suffix } = env.topics;
  const basePool = new Pool({ connectionString: env.db.url, max: 10, options: '-c jit=off' }); // as the app's pool (openDatabase noJit)
  try {
    console.log(`[bench ingest] generating ${fmt(TOTAL)} messages (110 / court / petition mix from the generator)`);
    const backlog = dataset(TOTAL, 'B', true);
    console.log('[bench ingest] publishing the backlog once; the baseline and every hub configuration read the same topic data');
    await publish(kafka, suffix, backlog);
    const n = backlog.length;

    // Baseline: bare kafkajs + multi-row INSERT of raw JSON + commit.
    const baseGroup = uniqueName('bench-baseline-');
    let t0 = Date.now();
    const baseline = await runBaseline(
      kafka,
      basePool,
      Object.values(FEEDS).map((f) => topicName(f.topic, suffix)),
      baseGroup,
    );
    const baseDone = await waitCommitted(kafka, baseGroup, suffix, n, 600_000);
    const baseRate = n / ((baseDone - t0) / 1000);
    console.log(
      `[bench ingest] baseline (3 partitions at once, pool of 10, as the app): ${fmt(n)} messages stored and committed in ${((baseDone - t0) / 1000).toFixed(1)} s = ${fmt(baseRate)} msg/s`,
    );

    // The hub: the built ingest app (validation, normalization, hashing, idempotent store, publish, commit),
    // as one process and as several in one consumer group, each configuration on a database of its own.
    // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the app under load.
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const rates: { instances: number; rate: number }[] = [];
    let running: { db: Awaited<ReturnType<typeof freshDatabase>>; apps: RunningApp[]; group: string } | undefined;
    for (const count of CONFIGURATIONS) {
      if (running) await stopConfiguration(running);
      const db = await freshDatabase();
      const instance = `${suffix}x${count}`;
      const apps = await Promise.all(
        Array.from({ length: count }, () =>
          startApp('ingest', appEnv(db.url, suffix, { LOG_LEVEL: 'info', HUB_INSTANCE: instance }), nodeArgs),
        ),
      );
      running = { db, apps, group: `${instance}.ingest` };
      t0 = Date.now();
      const done = await waitCommitted(kafka, running.group, suffix, n, 900_000);
      const rate = n / ((done - t0) / 1000);
      rates.push({ instances: count, rate });
      const stored = await countRows(db.url);
      console.log(
        `[bench ingest] hub ingest, ${count} process${count > 1 ? 'es' : ''} in one group: ${fmt(n)} messages (${fmt(stored)} stored events) in ${((done - t0) / 1000).toFixed(1)} s = ${fmt(rate)} msg/s, ${(rate / baseRate).toFixed(2)} of baseline`,
      );
    }

    // Latency, live: publish at a steady rate while the baseline and the last hub configuration are caught up.
    // One revision per record here, so each message's key names exactly one stored row.
    const live = dataset(LIVE_RATE * LIVE_SECONDS, 'L', false);
    const sent = await publish(kafka, suffix, live, LIVE_RATE);
    if (sent.size !== live.length)
      console.log(`[bench ingest] note: ${fmt(live.length - sent.size)} live messages share a key with another`);
    await waitCommitted(kafka, running!.group, suffix, n + live.length, 120_000);
    await waitCommitted(kafka, baseGroup, suffix, n + live.length, 120_000);
    const hubPg = new PgClient({ connectionString: running!.db.url });
    await hubPg.connect();
    const hubLat = await latencies(hubPg, `SELECT source_ref AS ref, ingested_at AS at FROM normalized_event`, sent);
    await hubPg.end();
    const baseLat = await latencies(env.pg, `SELECT ref, stored_at AS at FROM bench_raw`, sent);
    await baseline.disconnect();
    await stopConfiguration(running!);

    console.log(`[bench ingest] live at ${fmt(LIVE_RATE)} msg/s for ${LIVE_SECONDS} s, publish → stored latency:`);
    console.log(
      `[bench ingest]   hub (${CONFIGURATIONS[CONFIGURATIONS.length - 1]}) p50 ${fmt(percentile(hubLat, 50))} ms  p99 ${fmt(percentile(hubLat, 99))} ms  (${fmt(hubLat.length)} samples)`,
    );
    console.log(
      `[bench ingest]   baseline p50 ${fmt(percentile(baseLat, 50))} ms  p99 ${fmt(percentile(baseLat, 99))} ms  (${fmt(baseLat.length)} samples; both consumers read the same live messages at once)`,
    );
    const single = rates[0];
    const best = rates.reduce((a, b) => (b.rate > a.rate ? b : a));
    console.log(
      `ingest: hub ${fmt(single.rate)} msg/s with ${single.instances} process (ratio ${(single.rate / baseRate).toFixed(2)}), ${fmt(best.rate)} msg/s with ${best.instances} (ratio ${(best.rate / baseRate).toFixed(2)}), baseline ${fmt(baseRate)} msg/s`,
    );
  } finally {
    await basePool.end();
    await env.close();
  }
}
