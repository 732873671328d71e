import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { JobName, priorityOf, QueueName } from '@hub/contracts';
import { redisConnectionOptions } from '@hub/messaging';
import { uniqueName } from '../support/infra';
import { testEnv } from '../support/test-env';
import { PROBE_REDIS_OPTIONS, queueBacklog } from './soak-probes';

/**
 * The soak's grid-alert backlog on real Redis and BullMQ: jobs with a priority (every alert below red) sit
 * in the `prioritized` set, not the wait list, and a job waiting for its retry sits in `delayed`; the
 * backlog counts all three and not the job in hand. A queue of its own, obliterated afterwards.
 */
describe('soak queue backlog', () => {
  let redis: IORedis;
  let queue: Queue;
  let worker: Worker | undefined;

  beforeAll(async () => {
    // As the soak's sampler connects; `hub…`: the hub's Redis ACL user may touch keys with that prefix only.
    redis = new IORedis(testEnv().REDIS_URL, PROBE_REDIS_OPTIONS);
    await redis.connect();
    queue = new Queue(QueueName.GridAlerts, { connection: redis, prefix: uniqueName('hubt') });
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    redis?.disconnect();
  });

  it('counts waiting, prioritized and delayed jobs, not the active one', async () => {
    const add = (id: string, riskLevel: string, delay?: number) =>
      queue.add(JobName.GridAlertRaised, { riskLevel }, { jobId: id, ...priorityOf({ riskLevel }), ...(delay ? { delay } : {}) });
    await add('red-1', 'red');
    await add('red-2', 'red');
    await add('orange-1', 'orange');
    await add('yellow-1', 'yellow');
    await add('red-retry', 'red', 3_600_000);
    // A worker takes one job in hand (a red one: no priority goes first).
    worker = new Worker(QueueName.GridAlerts, null, { connection: redisConnectionOptions(testEnv().REDIS_URL), prefix: queue.opts.prefix });
    const active = await worker.getNextJob('soak-probes-test');
    expect(active?.id).toMatch(/^red-/);

    expect(await queue.getJobCounts('wait', 'prioritized', 'delayed', 'active')).toEqual({
      wait: 1,
      prioritized: 2,
      delayed: 1,
      active: 1,
    });
    // The wait list alone (what the sampler read before) would have said 1.
    expect(await queueBacklog(queue)).toBe(4);
  });

  it('is 0 for an empty queue', async () => {
    await queue.obliterate({ force: true });
    expect(await queueBacklog(queue)).toBe(0);
  });
});
