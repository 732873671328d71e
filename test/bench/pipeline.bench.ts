import { Queue, Worker } from 'bullmq';
import type { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { FEEDS, QueueName, Topic, topicName } from '../../libs/contracts/src';
import { redisConnectionOptions } from '../../libs/messaging/src';
import { startTerminalGateway } from '../../libs/simulation/src';
import { appEnv, eventually, freshTopics, type RunningApp, startApp, uniqueName } from '../support/infra';
import { committedTotal } from '../support/kafka-probe';
import { testEnv } from '../support/test-env';
import { benchEnvironment, fmt, percentile } from './bench-support';
import { dataset, publish } from './ingest.bench';

const BACKLOG = Number(process.env.BENCH_PIPELINE_MESSAGES ?? 40_000);
const LIVE_RATE = Number(process.env.BENCH_PIPELINE_LIVE_RATE ?? 500);
const LIVE_SECONDS = Number(process.env.BENCH_PIPELINE_LIVE_SECONDS ?? 20);

/**
 * The bare pipe: what the chain does with no logic at all. kafkajs eachBatch (three partitions at once)
 * → one multi-row INSERT per batch → BullMQ addBulk → a bare worker writing one row per job. Its "task"
 * is the row the worker wrote.
 */
async function bareChain(kafka: Kafka, pool: Pool, topics: string[], prefix: string) {
  await pool.query(`CREATE TABLE bench_pipe_in (ref text PRIMARY KEY, value jsonb, stored_at timestamptz DEFAULT now())`);
  await pool.query(`CREATE TABLE bench_pipe_task (ref text PRIMARY KEY, at timestamptz DEFAULT now())`);
  const connection = redisConnectionOptions(testEnv().REDIS_URL);
  const queue = new Queue('bench-pipe', { connection, prefix });
  const worker = new Worker(
    'bench-pipe',
    async (job) => {
      await pool.query('INSERT INTO bench_pipe_task (ref) VALUES ($1) ON CONFLICT DO NOTHING', [(job.data as { ref: string }).ref]);
    },
    { connection, prefix, concurrency: 200 },
  );
  const consumer = kafka.consumer({ groupId: uniqueName('bench-pipe-'), maxWaitTimeInMs: 100, maxBytesPerPartition: 2 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset }) => {
      if (!batch.messages.length) return;
      const rows = batch.messages.map((m) => ({
        ref: `${batch.topic}|${m.key?.toString() ?? ''}|${m.offset}`,
        value: m.value?.toString(),
      }));
      await pool.query(
        `INSERT INTO bench_pipe_in (ref, value) SELECT t.ref, t.value::jsonb FROM jsonb_to_recordset($1::jsonb) AS t(ref text, value text) ON CONFLICT DO NOTHING`,
        [JSON.stringify(rows)],
      );
      await queue.addBulk(
        rows.map((r) => ({ name: 'bare', data: { ref: r.ref, key: r.ref.split('|')[1] }, opts: { jobId: r.ref.replace(/[|:]/g, '_') } })),
      );
      const last = batch.messages[batch.messages.length - 1].offset;
      resolveOffset(last);
      await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: String(BigInt(last) + 1n) }]);
    },
  });
  return {
    tasks: async () => Number((await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM bench_pipe_task')).rows[0].n),
    async close() {
      await consumer.disconnect();
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
    },
  };
}

/**
 * The whole chain, publish → grid task, on the sample's mix of 110 calls, court filings and petitions:
 * ingest, risk and dispatch as built, one process each, against the bare pipe. Each chain runs alone on
 * topics of its own, already consuming when the messages are published: throughput is the backlog
 * published at once, timed from the first publish to the last task; latency is a steady live rate,
 * publish → task_alert row of the alert's event (the bare pipe: publish → its worker's row).
 */
export async function benchPipeline(): Promise<void> {
  const env = await benchEnvironment();
  const bareTopics = await freshTopics();
  const pool = new Pool({ connectionString: env.db.url, max: 10, options: '-c jit=off' }); // as the apps' pools (openDatabase noJit)
  const terminal = await startTerminalGateway();
  const apps: RunningApp[] = [];
  const feedTopics = (suffix: string) => Object.values(FEEDS).map((f) => topicName(f.topic, suffix));
  try {
    console.log(`[bench pipeline] generating ${fmt(BACKLOG)} upstream messages (the generator's mix, revisions included)`);
    const backlog = dataset(BACKLOG, 'B', true);
    const live = dataset(LIVE_RATE * LIVE_SECONDS, 'L', false);

    // The bare pipe, alone.
    const bare = await bareChain(bareTopics.kafka, pool, feedTopics(bareTopics.suffix), uniqueName('hubbp'));
    let t0 = Date.now();
    await publish(bareTopics.kafka, bareTopics.suffix, backlog);
    await eventually('bare pipe caught up', async () => (await bare.tasks()) >= backlog.length, 900_000);
    const bareSeconds = (Date.now() - t0) / 1000;
    const bareRate = backlog.length / bareSeconds;
    const bareSent = await publish(bareTopics.kafka, bareTopics.suffix, live, LIVE_RATE);
    await eventually(
      'bare pipe caught up with the live messages',
      async () => (await bare.tasks()) >= backlog.length + live.length,
      300_000,
    );
    const bareLat = (await pool.query<{ ref: string; at: Date }>(`SELECT ref, at FROM bench_pipe_task`)).rows
      .map((r) => ({ key: r.ref.split('|')[1], at: r.at.getTime() }))
      .filter((r) => bareSent.has(r.key))
      .map((r) => r.at - bareSent.get(r.key)!)
      .sort((x, y) => x - y);
    await bare.close();
    console.log(
      `[bench pipeline] bare pipe: ${fmt(backlog.length)} messages to a worker's row in ${bareSeconds.toFixed(1)} s = ${fmt(bareRate)} msg/s; ` +
        `live at ${fmt(LIVE_RATE)}/s p50 ${fmt(percentile(bareLat, 50))} ms p99 ${fmt(percentile(bareLat, 99))} ms`,
    );

    // The hub, alone, on the benchmark's own topics and database.
    const { kafka, suffix } = env.topics;
    const topics = feedTopics(suffix);
    const hubEnv = appEnv(env.db.url, suffix, {
      LOG_LEVEL: 'warn',
      DELIVERY_WEBHOOK_URL: `http://127.0.0.1:${terminal.port}/terminal`,
      DELIVERY_SMS_URL: `http://127.0.0.1:${terminal.port}/sms`,
    });
    apps.push(...(await Promise.all((['ingest', 'risk', 'dispatch'] as const).map((a) => startApp(a, hubEnv)))));
    const count = async (sql: string) => Number(Object.values((await pool.query<Record<string, string>>(sql)).rows[0])[0]);
    const ingested = async () => {
      let sum = 0;
      for (const t of topics) sum += await committedTotal(kafka, `${suffix}.ingest`, t);
      return sum;
    };
    // Caught up: ingest read every message, risk every event ingest published, every relayed alert a task.
    // Each stage's finishing time (since t0) is kept, so the run shows which stage sets the pace.
    const normalized = topicName(Topic.NormalizedEvent, suffix);
    const finished: Record<'ingest' | 'risk' | 'relay' | 'dispatch', number | undefined> = {
      ingest: undefined,
      risk: undefined,
      relay: undefined,
      dispatch: undefined,
    };
    const stageDone = (stage: keyof typeof finished, done: boolean) => {
      if (done) finished[stage] ??= Date.now() - t0;
      return done;
    };
    const caughtUp = async (messages: number) => {
      if (!stageDone('ingest', (await ingested()) >= messages)) return false;
      const admin = kafka.admin();
      await admin.connect();
      const published = (await admin.fetchTopicOffsets(normalized)).reduce((n, p) => n + Number(p.high), 0);
      await admin.disconnect();
      if (!stageDone('risk', (await committedTotal(kafka, `${suffix}.risk`, normalized)) >= published)) return false;
      if (!stageDone('relay', (await count(`SELECT count(*) FROM outbox WHERE relayed_at IS NULL`)) === 0)) return false;
      return stageDone(
        'dispatch',
        (await count('SELECT count(*) FROM task_alert')) >=
          (await count(`SELECT count(*) FROM outbox WHERE queue = '${QueueName.GridAlerts}'`)),
      );
    };
    t0 = Date.now();
    await publish(kafka, suffix, backlog);
    await eventually('every alert of the backlog a grid task', () => caughtUp(backlog.length), 900_000);
    const hubSeconds = (Date.now() - t0) / 1000;
    const events = await count('SELECT count(*) FROM normalized_event');
    const [alerts, tasks] = [await count('SELECT count(*) FROM task_alert'), await count('SELECT count(*) FROM grid_task')];
    const hubRate = events / hubSeconds;
    const at = (stage: keyof typeof finished) => `${((finished[stage] ?? NaN) / 1000).toFixed(1)} s`;
    console.log(
      `[bench pipeline] hub stages done with the backlog after: ingest ${at('ingest')}, risk ${at('risk')}, outbox relay ${at('relay')}, dispatch ${at('dispatch')} ` +
        `(each waits for the one before; the largest gap is the stage that sets the pace)`,
    );
    const hubMsgRate = backlog.length / hubSeconds;
    console.log(
      `[bench pipeline] hub: ${fmt(backlog.length)} messages → ${fmt(events)} stored events → ${fmt(alerts)} alerts (${((100 * alerts) / events).toFixed(1)} %) → ${fmt(tasks)} grid tasks in ${hubSeconds.toFixed(1)} s = ${fmt(hubRate)} events/s (${fmt(hubMsgRate)} msg/s)`,
    );

    const sent = await publish(kafka, suffix, live, LIVE_RATE);
    await eventually('every live alert a grid task', () => caughtUp(backlog.length + live.length), 300_000);
    const hubLat = (
      await pool.query<{ ref: string; at: Date }>(
        `SELECT e.source_ref AS ref, min(a.applied_at) AS at FROM task_alert a JOIN normalized_event e ON e.event_id = a.event_id GROUP BY 1`,
      )
    ).rows
      .filter((r) => sent.has(r.ref))
      .map((r) => r.at.getTime() - sent.get(r.ref)!)
      .sort((x, y) => x - y);
    console.log(`[bench pipeline] live at ${fmt(LIVE_RATE)} msg/s for ${LIVE_SECONDS} s, publish → grid task:`);
    console.log(
      `[bench pipeline]   hub p50 ${fmt(percentile(hubLat, 50))} ms  p99 ${fmt(percentile(hubLat, 99))} ms  max ${fmt(hubLat[hubLat.length - 1] ?? NaN)} ms (${fmt(hubLat.length)} alerts)`,
    );
    console.log(
      `[bench pipeline]   bare pipe p50 ${fmt(percentile(bareLat, 50))} ms  p99 ${fmt(percentile(bareLat, 99))} ms (${fmt(bareLat.length)} messages)`,
    );
    console.log(
      `pipeline: hub ${fmt(hubRate)} events/s (${fmt(hubMsgRate)} msg/s) publish → grid task, bare pipe ${fmt(bareRate)} msg/s, ratio ${(hubMsgRate / bareRate).toFixed(2)}; live p99 ${fmt(percentile(hubLat, 99))} ms at ${fmt(LIVE_RATE)}/s`,
    );
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    await pool.end();
    await terminal.close();
    await bareTopics.drop();
    await env.close();
  }
}
