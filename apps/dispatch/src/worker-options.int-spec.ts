import { Job, Queue, Worker } from 'bullmq';
import { loadHubConfig } from '@hub/config';
import { QueueName } from '@hub/contracts';
import { redisConnectionOptions } from '@hub/messaging';
import { uniqueName } from '../../../test/support/infra';
import { testEnv } from '../../../test/support/test-env';
import { configureWorkers, WORKER_OPTIONS } from './worker-options';

/**
 * A job whose worker dies (or starves past its lock) stalls; BullMQ's default fails it for good on its second
 * stall whatever its attempts, which lost 13 alerts in the 10-minute soak of 2026-12-01 (dispatch instances killed
 * and starved under load). On real Redis: one job stalled twice by two workers that take it and die is still
 * done by the third, with dispatch's options; with BullMQ's default it ends failed ("stalled more than allowable").
 */
describe('dispatch worker options survive repeated stalls', () => {
  const connection = redisConnectionOptions(testEnv().REDIS_URL);
  const config = loadHubConfig({
    PERSON_HASH_KEY: 'a-long-enough-secret-key',
    KAFKA_SASL_USERNAME: 'hub-dispatch',
    KAFKA_SASL_PASSWORD: 'kafka-secret',
    DISPATCH_LOCK_MS: '1000',
    DISPATCH_ALERT_CONCURRENCY: '10',
  });
  configureWorkers(config);
  const options = WORKER_OPTIONS[QueueName.GridAlerts];
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  });

  /** Runs one job through two workers that take it and die holding it, then a third that finishes it. */
  async function stallTwiceThenRun(maxStalledCount: number | undefined): Promise<{ state: string; reason?: string; ran: number }> {
    const prefix = uniqueName('hubt');
    const queue = new Queue('stall-test', { connection, prefix });
    closers.push(() => queue.obliterate({ force: true }).then(() => queue.close()));
    const opts = {
      connection,
      prefix,
      lockDuration: options.lockDuration,
      stalledInterval: options.stalledInterval,
      ...(maxStalledCount === undefined ? {} : { maxStalledCount }),
    };
    const job = await queue.add('alert', { n: 1 });
    for (let i = 0; i < 2; i += 1) {
      // A worker that takes the job and dies with it: its lock is never renewed, so the next worker's stall check finds it.
      let taken!: () => void;
      const takenP = new Promise<void>((r) => (taken = r));
      const dying = new Worker('stall-test', () => (taken(), new Promise(() => undefined)), { ...opts, autorun: false });
      void dying.run();
      await takenP;
      await dying.close(true);
    }
    let ran = 0;
    const finished = new Promise<void>((resolve) => {
      const done = new Worker('stall-test', async () => void (ran += 1), opts);
      closers.push(() => done.close());
      done.on('completed', () => resolve());
      done.on('failed', () => resolve());
    });
    await finished;
    const after = (await Job.fromId(queue, job.id!))!;
    return { state: await after.getState(), reason: after.failedReason, ran };
  }

  it('are configured to survive stalls (not BullMQ default of one)', () => {
    expect(options.maxStalledCount).toBe(config.dispatch.maxStalled);
    expect(config.dispatch.maxStalled).toBeGreaterThanOrEqual(10);
  });

  it('with them, a job stalled twice is done', async () => {
    expect(await stallTwiceThenRun(options.maxStalledCount)).toEqual({ state: 'completed', reason: undefined, ran: 1 });
  }, 30_000);

  it("with BullMQ's default, the same job fails for good (what the soak lost)", async () => {
    const r = await stallTwiceThenRun(undefined);
    expect(r.state).toBe('failed');
    expect(r.reason).toMatch(/stalled more than allowable limit/);
    expect(r.ran).toBe(0);
  }, 30_000);
});
