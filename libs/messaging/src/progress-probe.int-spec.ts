import { Queue, Worker } from 'bullmq';
import type { Producer } from 'kafkajs';
import { Topic, topicName } from '@hub/contracts';
import { eventually, freshTopics, uniqueName } from '../../../test/support/infra';
import { testEnv } from '../../../test/support/test-env';
import { KafkaBatchConsumer, type InboundBatch } from './batch-consumer';
import { PartitionProgress } from './partition-progress';
import { consumerProgressProbe, queueProgressProbe } from './progress-probe';
import { redisConnectionOptions } from './redis';

const STALL_MS = 3_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The /health progress probes on the real broker and Redis. Two instances of one consumer group under steady
 * lag each judge only the partitions the group gave them: both report ok while they move on; the one whose
 * own partition stops reports it. A BullMQ job failing again and again (between attempts it sits in
 * `delayed`) is reported with its attempts; a job delayed by design is not.
 */
describe('consumerProgressProbe: two instances of one group under steady lag', () => {
  let topics: Awaited<ReturnType<typeof freshTopics>>;
  let producer: Producer;
  const consumers: KafkaBatchConsumer[] = [];
  const probes: ReturnType<typeof consumerProgressProbe>[] = [];
  const topic = Topic.Police110Incident;
  let release: () => void = () => undefined;
  const hung = new Promise<void>((r) => (release = r));

  beforeAll(async () => {
    topics = await freshTopics();
    producer = topics.kafka.producer();
    await producer.connect();
    // Enough on each of the 6 partitions that the lag lasts well past the stall window at the members' pace.
    for (let partition = 0; partition < 6; partition++)
      await producer.send({
        topic: topicName(topic, topics.suffix),
        messages: Array.from({ length: 1_500 }, (_, i) => ({ partition, value: JSON.stringify({ i }) })),
      });
  });

  afterAll(async () => {
    release();
    for (const c of consumers) await c.stop();
    for (const p of probes) await p.close();
    await producer?.disconnect();
    await topics?.drop();
  });

  /** An instance: its consumer, its own progress and probe, as each replica of an app has. */
  async function instance(groupId: string, handler: (b: InboundBatch) => Promise<void>) {
    const progress = new PartitionProgress();
    const consumer = new KafkaBatchConsumer(
      topics.kafka,
      {
        groupId,
        topics: [topic],
        topicSuffix: topics.suffix,
        sessionTimeout: 6_000,
        heartbeatInterval: 500,
        maxSliceMessages: 5,
        partitionsConsumedConcurrently: 3,
        progress,
      },
      handler,
    );
    consumers.push(consumer);
    const probe = consumerProgressProbe(topics.kafka, groupId, [topic], topics.suffix, progress, STALL_MS);
    probes.push(probe);
    await consumer.start();
    return { consumer, progress, probe };
  }

  const owns = (p: PartitionProgress) => {
    const a = p.assignment();
    return 'partitions' in a ? a.partitions.map((x) => x.partition).sort() : [];
  };

  async function twoMembers(groupId: string, handler: (b: InboundBatch) => Promise<void>) {
    const a = await instance(groupId, handler);
    await eventually('first member owns all 6', async () => owns(a.progress).length === 6);
    const b = await instance(groupId, handler);
    await eventually('3 partitions each', async () => owns(a.progress).length === 3 && owns(b.progress).length === 3, 60_000);
    return [a, b];
  }

  it('each healthy instance reports ok, though the partitions of the other have lag it never committed', async () => {
    // A slow but steady store: every partition commits a slice of 5 every 100 ms, far inside the stall window.
    const [a, b] = await twoMembers(uniqueName('steady-'), () => sleep(100));
    await sleep(STALL_MS + 2_000);
    const [ra, rb] = await Promise.all([a.probe.probe(), b.probe.probe()]);
    // Still lag on the instance's own partitions (the test is about a group that has work waiting).
    expect(ra).toMatchObject({ partitions: 3, waiting: expect.any(Number) });
    expect(rb).toMatchObject({ partitions: 3, waiting: expect.any(Number) });
    expect((ra.waiting as number) + (rb.waiting as number)).toBeGreaterThan(500);
  });

  it('only the instance owning a partition that stopped moving reports it', async () => {
    let stopPartition0 = false;
    const [a, b] = await twoMembers(uniqueName('one-stops-'), async (batch) => {
      // Partition 0's store never returns once armed (a hang, not a failure: only the commits tell).
      if (stopPartition0 && batch.partition === 0) await hung;
      await sleep(100);
    });
    stopPartition0 = true;
    const [owner, other] = owns(a.progress).includes(0) ? [a, b] : [b, a];
    const error = await eventually(
      'the owner of partition 0 reports no progress',
      async () =>
        owner.probe.probe().then(
          () => undefined,
          (e: Error) => e,
        ),
      30_000,
    );
    // Partition 0, or another of the owner's if kafkajs held them behind the hung batch: always the owner's.
    const said = new RegExp(`${topicName(topic, topics.suffix)}/(\\d): \\d+ messages wait at offset \\d+ and nothing was committed`).exec(
      error.message,
    );
    expect(said).not.toBeNull();
    expect(owns(owner.progress)).toContain(Number(said![1]));
    await expect(other.probe.probe()).resolves.toMatchObject({ partitions: 3 });
  });
});

describe('queueProgressProbe: a job that keeps failing in delayed retries', () => {
  const connection = redisConnectionOptions(testEnv().REDIS_URL);
  // `hub…`: the hub's Redis ACL user may touch keys with that prefix only (queues are prefixed with it).
  const prefix = uniqueName('hubt');
  const failing = new Queue('probe-failing', { connection, prefix });
  const scheduled = new Queue('probe-scheduled', { connection, prefix });
  let worker: Worker;

  afterAll(async () => {
    await worker?.close();
    for (const q of [failing, scheduled]) {
      await q.obliterate({ force: true });
      await q.close();
    }
  });

  it('reports the queue and job id, attempts and last error of a job retrying past the stall window', async () => {
    worker = new Worker(
      'probe-failing',
      async (): Promise<unknown> => {
        throw new Error('permission denied for table grid_task');
      },
      { connection, prefix },
    );
    await failing.add('x', { n: 1 }, { jobId: 'always-fails', attempts: 50, backoff: { type: 'fixed', delay: 400 } });
    // A job scheduled for later has made no attempt: waiting for its time is not a stall.
    await scheduled.add('y', { n: 2 }, { jobId: 'later', delay: 3_600_000 });
    const probe = queueProgressProbe([failing, scheduled], STALL_MS);
    await eventually('retried twice', async () => ((await failing.getJob('always-fails'))?.attemptsMade ?? 0) >= 2);
    await expect(probe()).resolves.toMatchObject({ retrying: 1 });
    const error = await eventually(
      'no progress reported',
      () =>
        probe().then(
          () => undefined,
          (e: Error) => e,
        ),
      20_000,
    );
    expect(error.message).toMatch(
      /^queue probe-failing: job always-fails keeps failing: \d+ attempts over \d+ s, retrying with backoff; last error: permission denied for table grid_task/,
    );
    await expect(queueProgressProbe([scheduled], STALL_MS)()).resolves.toEqual({ waiting: 0, retrying: 0 });
  });

  it('times a failing job from when it first came due, not from its latest backoff', async () => {
    const slow = new Queue('probe-slow-backoff', { connection, prefix });
    const slowWorker = new Worker(
      'probe-slow-backoff',
      async (): Promise<unknown> => {
        throw new Error('permission denied for table task_alert');
      },
      { connection, prefix },
    );
    try {
      // One failure, then a minute's backoff: the job has been failing since it was added, whatever its next try.
      await slow.add('x', { n: 1 }, { jobId: 'backs-off', attempts: 5, backoff: { type: 'fixed', delay: 60_000 } });
      await eventually('tried once', async () => ((await slow.getJob('backs-off'))?.attemptsMade ?? 0) >= 1);
      const error = await eventually(
        'no progress reported within the stall window',
        () =>
          queueProgressProbe([slow], STALL_MS)().then(
            () => undefined,
            (e: Error) => e,
          ),
        20_000,
      );
      expect(error.message).toMatch(/^queue probe-slow-backoff: job backs-off keeps failing: 1 attempts over [3-9] s/);
    } finally {
      await slowWorker.close();
      await slow.obliterate({ force: true });
      await slow.close();
    }
  });
});
