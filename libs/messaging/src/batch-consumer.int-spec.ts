import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { Header, Topic, topicName } from '@hub/contracts';
import { eventually, freshDatabase, freshTopics } from '../../../test/support/infra';
import { readTopic } from '../../../test/support/kafka-probe';
import { KafkaBatchConsumer, type InboundBatch } from './batch-consumer';
import { DeadLetterPublisher } from './dead-letter';
import { PartitionProgress } from './partition-progress';

/**
 * The consumer against the real broker and PostgreSQL: a batch the database refuses for one message's
 * data is split until that message is found; it is dead-lettered with `store_failed` and the SQLSTATE,
 * and every other message of the batch, before and after it, is stored once. A transient failure is
 * retried until it passes and sets nothing aside.
 */
describe('KafkaBatchConsumer: nothing blocks a partition', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let topics: Awaited<ReturnType<typeof freshTopics>>;
  let pg: Client;
  const consumers: KafkaBatchConsumer[] = [];
  const producers: Producer[] = [];

  beforeAll(async () => {
    [db, topics] = await Promise.all([freshDatabase(), freshTopics()]);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    await pg.query('CREATE TABLE consumer_probe (label text PRIMARY KEY, revision int NOT NULL)');
  });

  afterAll(async () => {
    for (const c of consumers) await c.stop();
    for (const p of producers) await p.disconnect();
    await pg?.end();
    await topics?.drop();
    await db?.drop();
  });

  /** A handler storing a whole batch in one statement, as ingest does: one bad row fails all of it. */
  const storeAll = async (batch: InboundBatch, client: Client = pg) => {
    const rows = batch.messages.map((m) => JSON.parse(m.value!.toString()) as { label: string; revision: number });
    await client.query(
      `INSERT INTO consumer_probe SELECT * FROM json_to_recordset($1::json) AS t(label text, revision numeric) ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  };

  async function consume(topic: Topic, handler: (b: InboundBatch) => Promise<void>, progress = new PartitionProgress()) {
    const producer = topics.kafka.producer();
    await producer.connect();
    producers.push(producer);
    const consumer = new KafkaBatchConsumer(
      topics.kafka,
      {
        groupId: `${topics.suffix}.${topic}`,
        topics: [topic],
        topicSuffix: topics.suffix,
        sessionTimeout: 6_000,
        deadLetters: new DeadLetterPublisher(producer, 'probe@1'),
        progress,
        maxBackoffMs: 500,
      },
      handler,
    );
    consumers.push(consumer);
    await consumer.start();
    return { producer, progress };
  }

  it('sets aside the one message the database refuses (store_failed, SQLSTATE 22003) and stores the rest of its batch', async () => {
    const { producer } = await consume(Topic.Police110Incident, storeAll);
    const labels = Array.from({ length: 40 }, (_, i) => `a${i}`);
    // One batch on one partition: the poison sits in the middle, with good messages before and after it.
    await producer.send({
      topic: topicName(Topic.Police110Incident, topics.suffix),
      messages: labels.map((label, i) => ({
        key: 'same-key',
        value: JSON.stringify({ label, revision: i === 17 ? 2_147_483_648 : i + 1 }),
        headers: { [Header.CorrelationId]: label },
      })),
    });
    await eventually(
      '39 stored',
      async () => (await pg.query(`SELECT count(*)::int AS n FROM consumer_probe WHERE label LIKE 'a%'`)).rows[0].n === 39,
    );
    const dead = await readTopic(topics.kafka, topicName(Topic.Police110IncidentDead, topics.suffix), (ms) => ms.length >= 1);
    expect(dead).toHaveLength(1);
    expect(dead[0].headers[Header.CorrelationId]).toBe('a17');
    expect(dead[0].headers[Header.DeadReason]).toBe('store_failed');
    expect(dead[0].headers[Header.DeadDetail]).toMatch(/^SQLSTATE 22003: .*out of range/);
    expect(dead[0].headers[Header.DeadMessageZh]).toMatch(/数据库拒绝写入/);
    expect(dead[0].headers[Header.DeadSourceTopic]).toBe(topicName(Topic.Police110Incident, topics.suffix));
    const { rows } = await pg.query<{ label: string }>(`SELECT label FROM consumer_probe WHERE label LIKE 'a%' ORDER BY label`);
    expect(rows.map((r) => r.label).sort()).toEqual(labels.filter((l) => l !== 'a17').sort());
  });

  it('retries a transient failure (ECONNREFUSED) with backoff until it passes, setting nothing aside', async () => {
    let failures = 0;
    const progress = new PartitionProgress();
    const { producer } = await consume(
      Topic.CourtFiling,
      async (batch) => {
        if (failures < 4) {
          failures++;
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        }
        await storeAll(batch);
      },
      progress,
    );
    await producer.send({
      topic: topicName(Topic.CourtFiling, topics.suffix),
      messages: Array.from({ length: 10 }, (_, i) => ({ key: 'k', value: JSON.stringify({ label: `b${i}`, revision: i + 1 }) })),
    });
    await eventually(
      '10 stored',
      async () => (await pg.query(`SELECT count(*)::int AS n FROM consumer_probe WHERE label LIKE 'b%'`)).rows[0].n === 10,
    );
    expect(failures).toBe(4);
    // The rows are durable before the offset is committed and the partition marked as moving on.
    await eventually('no longer stuck once committed', async () => progress.stuck(0).length === 0);
    const admin = topics.kafka.admin();
    await admin.connect();
    const [end] = await admin.fetchTopicOffsets(topicName(Topic.CourtFilingDead, topics.suffix));
    await admin.disconnect();
    expect(end.high).toBe('0');
  });

  it('retries a batch refused for a revoked grant (42501) without setting anything aside, and stores it all once the grant is back', async () => {
    // The app's role as in production, without INSERT: a fault of the deployment, not of any message.
    const role = `probe_writer_${topics.suffix}`;
    await pg.query(`CREATE ROLE ${role} NOLOGIN`);
    const writer = new Client({ connectionString: db.url });
    try {
      await pg.query(`GRANT USAGE ON SCHEMA public TO ${role}; GRANT SELECT ON consumer_probe TO ${role}`);
      await writer.connect();
      await writer.query(`SET ROLE ${role}`);
      const progress = new PartitionProgress();
      let refusals = 0;
      const { producer } = await consume(
        Topic.NormalizedEvent,
        async (batch) => {
          await storeAll(batch, writer).catch((e: { code?: string }) => {
            if (e.code === '42501') refusals++;
            throw e;
          });
        },
        progress,
      );
      await producer.send({
        topic: topicName(Topic.NormalizedEvent, topics.suffix),
        messages: Array.from({ length: 20 }, (_, i) => ({ key: 'k', value: JSON.stringify({ label: `g${i}`, revision: i + 1 }) })),
      });
      // Far more refusals than an unknown failure's 3 attempts and a split would take to dead-letter the first message.
      await eventually('refused 20 times', async () => refusals >= 20, 60_000);
      expect(await deadLetterEnd(Topic.NormalizedEventDead)).toBe('0');
      expect((await pg.query(`SELECT count(*)::int AS n FROM consumer_probe WHERE label LIKE 'g%'`)).rows[0].n).toBe(0);
      // /health sees the partition stuck on its first offset, with the database's error.
      expect(progress.stuck(0)[0]).toMatchObject({
        offset: '0',
        error: expect.stringMatching(/permission denied for table consumer_probe/),
      });

      await pg.query(`GRANT INSERT ON consumer_probe TO ${role}`);
      await eventually(
        '20 stored',
        async () => (await pg.query(`SELECT count(*)::int AS n FROM consumer_probe WHERE label LIKE 'g%'`)).rows[0].n === 20,
      );
      expect(await deadLetterEnd(Topic.NormalizedEventDead)).toBe('0');
      await eventually('no longer stuck', async () => progress.stuck(0).length === 0);
    } finally {
      await writer.end().catch(() => undefined);
      await pg.query(`REVOKE ALL ON consumer_probe FROM ${role}; REVOKE ALL ON SCHEMA public FROM ${role}; DROP ROLE ${role}`);
    }
  });

  async function deadLetterEnd(dead: Topic): Promise<string> {
    const admin = topics.kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(topicName(dead, topics.suffix));
      return String(ends.reduce((n, e) => n + Number(e.high), 0));
    } finally {
      await admin.disconnect();
    }
  }

  it('reports a partition that keeps failing as stuck, with its topic, partition, offset and error', async () => {
    const progress = new PartitionProgress();
    let calls = 0;
    const { producer } = await consume(
      Topic.Petition,
      async () => {
        calls++;
        throw Object.assign(new Error('Connection terminated unexpectedly'), {});
      },
      progress,
    );
    await producer.send({ topic: topicName(Topic.Petition, topics.suffix), messages: [{ key: 'k', value: '{}' }] });
    const stuck = await eventually('stuck partition', async () => progress.stuck(0)[0]);
    expect(stuck).toMatchObject({
      topic: topicName(Topic.Petition, topics.suffix),
      offset: '0',
      error: expect.stringMatching(/Connection terminated/),
    });
    await eventually('retried', async () => calls >= 3);
    expect(progress.stuck(0)[0].failures).toBeGreaterThanOrEqual(3);
  });
});

/**
 * Group membership on a busy machine: a member whose batches take far longer than the session keeps its
 * partitions (it heartbeats from inside the batch), and when another member joins mid-batch, it answers
 * the rebalance after the slice in hand (committed) instead of finishing the batch, so nobody is expelled
 * and no rebalance follows another.
 */
describe('KafkaBatchConsumer: membership while batches are slow', () => {
  let topics: Awaited<ReturnType<typeof freshTopics>>;
  const consumers: KafkaBatchConsumer[] = [];
  let producer: Producer;

  beforeAll(async () => {
    topics = await freshTopics();
    producer = topics.kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    for (const c of consumers) await c.stop();
    await producer?.disconnect();
    await topics?.drop();
  });

  /** A member whose store takes `sliceMs` per slice of 5 messages, as on a starved machine; records what it took. */
  function slowMember(groupId: string, topic: Topic, taken: string[], sliceMs: number) {
    const consumer = new KafkaBatchConsumer(
      topics.kafka,
      {
        groupId,
        topics: [topic],
        topicSuffix: topics.suffix,
        sessionTimeout: 6_000,
        heartbeatInterval: 500,
        rebalanceTimeout: 12_000,
        maxSliceMessages: 5,
      },
      async (batch) => {
        await new Promise((r) => setTimeout(r, sliceMs));
        for (const m of batch.messages) taken.push(`${m.partition}:${m.offset}`);
      },
    );
    consumers.push(consumer);
    return consumer;
  }

  async function publish(topic: Topic, perPartition: number, partitions: number[]) {
    for (const partition of partitions)
      await producer.send({
        topic: topicName(topic, topics.suffix),
        messages: Array.from({ length: perPartition }, (_, i) => ({ partition, value: JSON.stringify({ i }) })),
      });
  }

  it('keeps its partitions through batches four times longer than the session', async () => {
    const taken: string[] = [];
    const member = slowMember(`${topics.suffix}.slow`, Topic.CourtFiling, taken, 1_000);
    await member.start();
    // 25 messages on one partition: five slices of a second each, fetched as one batch, then more behind it.
    await publish(Topic.CourtFiling, 25, [0]);
    await eventually('25 taken', async () => taken.length >= 25, 60_000);
    await publish(Topic.CourtFiling, 5, [0]);
    await eventually('30 taken', async () => taken.length >= 30, 60_000);
    expect(new Set(taken).size).toBe(taken.length); // nothing taken twice: every slice was committed by its owner
    // Never expelled nor restarted. (kafkajs may rejoin once when a new topic's metadata arrives late; harmless.)
    expect(member.membership).toMatchObject({ expulsions: 0, restarts: 0 });
  });

  it('answers a rebalance after the slice in hand: the busy member rejoins once, nobody is expelled or restarted', async () => {
    const groupId = `${topics.suffix}.rebalance`;
    const takenA: string[] = [];
    const takenB: string[] = [];
    const a = slowMember(groupId, Topic.Petition, takenA, 1_000);
    await a.start();
    // 40 messages on each of the three partitions: eight slices a partition, far more than the rebalance timeout.
    await publish(Topic.Petition, 40, [0, 1, 2]);
    await eventually('A is mid-batch', async () => takenA.length >= 10, 60_000);
    const b = slowMember(groupId, Topic.Petition, takenB, 1_000);
    await b.start(); // resolves once the group has settled with B in it, which needs A to have rejoined
    await eventually('all 120 taken', async () => new Set([...takenA, ...takenB]).size >= 120, 120_000);
    // A joined, then rejoined for B: no rebalance followed another, nobody was expelled or restarted.
    expect(a.membership).toMatchObject({ expulsions: 0, restarts: 0 });
    expect(a.membership.joins).toBeGreaterThanOrEqual(2);
    expect(a.membership.joins).toBeLessThanOrEqual(3);
    expect(b.membership).toMatchObject({ expulsions: 0, restarts: 0 });
    expect(takenA.length + takenB.length).toBe(120); // each slice committed before the partition moved: none read twice
  });
});
