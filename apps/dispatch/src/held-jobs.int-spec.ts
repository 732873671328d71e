import { connect, createServer, type Server } from 'node:net';
import { type Job, Queue, Worker } from 'bullmq';
import { LOCK_MS_PER_HELD_JOB, loadHubConfig } from '@hub/config';
import { redisConnectionOptions } from '@hub/messaging';
import { eventually, uniqueName } from '../../../test/support/infra';
import { testEnv } from '../../../test/support/test-env';

/**
 * BullMQ's worker fetches the jobs it holds one Redis round trip at a time, each locked from its fetch, and starts
 * (and renews the lock of) none until it holds them all. In the no-fault soak of 2026-12-02 dispatch held 500 alert
 * jobs at a 30 s lock: when round trips slowed on the saturated machine, the first jobs' locks lapsed before they
 * started, the other instance took them again, and their batches were applied twice. On real Redis, behind a proxy
 * that holds every reply back (a round trip of at least 80 ms, under the 100 ms a held job must be allowed), with
 * dispatch's default lock per held job, and the least start-up accepts, each scaled down to 30 jobs: every job runs
 * once, on the worker that fetched it. With the former default (500 jobs at 30 s, 60 ms a job) the same test fails:
 * locks lost, jobs run twice (tried 2026-12-02).
 */
describe('a dispatch worker keeps the locks of the alert jobs it holds', () => {
  const redis = redisConnectionOptions(testEnv().REDIS_URL);
  const HELD = 30;
  const ROUND_TRIP_MS = 0.8 * LOCK_MS_PER_HELD_JOB;
  let proxy: Server;
  let proxyPort = 0;
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    proxy = createServer((client) => {
      const server = connect(redis.port, redis.host);
      client.on('data', (d) => server.write(d));
      server.on('data', (d) => setTimeout(() => client.write(d), ROUND_TRIP_MS));
      client.on('close', () => server.destroy());
      server.on('close', () => client.destroy());
      client.on('error', () => undefined);
      server.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyPort = (proxy.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await new Promise((resolve) => proxy.close(resolve));
  });

  const { lockMs, alertConcurrency } = loadHubConfig({
    PERSON_HASH_KEY: 'a-long-enough-secret-key',
    KAFKA_SASL_USERNAME: 'hub-dispatch',
    KAFKA_SASL_PASSWORD: 'kafka-secret',
  }).dispatch;
  // The default (30 s for 200 jobs, 150 ms a job) and the least start-up accepts (LOCK_MS_PER_HELD_JOB a job).
  it.each([
    ['the default lock per held job', lockMs / alertConcurrency],
    ['the least lock per held job start-up accepts', LOCK_MS_PER_HELD_JOB],
  ])(
    'with %s, none is taken again while the worker fills up behind slow round trips',
    async (_, msPerJob) => {
      const lockDuration = Math.round(msPerJob * HELD);
      const prefix = uniqueName('hubh');
      const queue = new Queue('held-jobs', { connection: redis, prefix });
      closers.push(() => queue.obliterate({ force: true }).then(() => queue.close()));
      await queue.addBulk(Array.from({ length: HELD }, (_, i) => ({ name: 'alert', data: { i }, opts: { jobId: `a${i}` } })));

      const runs = new Map<string, number>();
      const ran = (job: Job) => runs.set(job.id!, (runs.get(job.id!) ?? 0) + 1);
      const lockErrors: string[] = [];
      // Like the alert batcher: every job waits until the worker holds them all, then they finish together.
      let started = 0;
      let allHeld!: () => void;
      const batch = new Promise<void>((resolve) => (allHeld = resolve));
      const slow = new Worker(
        'held-jobs',
        async (job) => {
          ran(job);
          if (++started === HELD) allHeld();
          await batch;
        },
        {
          connection: { ...redis, host: '127.0.0.1', port: proxyPort },
          prefix,
          concurrency: HELD,
          lockDuration,
          stalledInterval: lockDuration,
          maxStalledCount: 50,
        },
      );
      closers.push(() => slow.close());
      slow.on('error', (e) => lockErrors.push(e.message));
      // Another instance, on a fast connection, checking for stalled jobs often: it takes any job whose lock lapsed.
      await eventually('every job fetched by the slow worker', async () => (await queue.getWaitingCount()) === 0);
      const other = new Worker('held-jobs', async (job) => void ran(job), {
        connection: redis,
        prefix,
        concurrency: HELD,
        lockDuration,
        stalledInterval: 200,
        maxStalledCount: 50,
      });
      closers.push(() => other.close());

      await eventually('every job completed', async () => (await queue.getJobCounts('completed')).completed === HELD, 60_000);
      await slow.close();
      await other.close();
      expect({ ranTwice: [...runs.values()].filter((n) => n > 1).length, lockErrors: lockErrors.slice(0, 3) }).toEqual({
        ranTwice: 0,
        lockErrors: [],
      });
      expect(runs.size).toBe(HELD);
    },
    90_000,
  );
});
