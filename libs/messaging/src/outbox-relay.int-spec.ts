import { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { JobName, QueueName } from '@hub/contracts';
import { Outbox } from '@hub/persistence';
import { freshPool, uniqueName } from '../../../test/support/infra';
import { testEnv } from '../../../test/support/test-env';
import { OutboxRelay } from './outbox-relay';
import { redisConnectionOptions } from './redis';

/**
 * The outbox relay on real PostgreSQL and Redis, around ids whose decimal length changes (9 → 10, 999 → 1000):
 * rows are claimed oldest first, and a replay after Redis lost its data adds back every relayed row, over
 * several pages. (The soak of 2026-12-01 lost 142 alerts: both queries sorted by the text of the id.)
 */
describe('outbox relay across id lengths', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  let queue: Queue;
  const log = { info: () => undefined, warn: () => undefined };

  beforeAll(async () => {
    db = await freshPool(3);
    ({ pool } = db);
    // `hub…`: the hub's Redis ACL user may touch keys with that prefix only.
    queue = new Queue(QueueName.GridAlerts, { connection: redisConnectionOptions(testEnv().REDIS_URL), prefix: uniqueName('hubt') });
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await db?.close();
  });

  beforeEach(async () => {
    await pool.query('DELETE FROM outbox');
    await queue.obliterate({ force: true });
  });

  /** Outbox rows with these ids, as risk writes them; `relayed` marks them as already on the queue. */
  async function rows(from: number, to: number, relayed: boolean): Promise<void> {
    await pool.query(
      `INSERT INTO outbox (id, queue, job_name, job_id, payload, relayed_at)
       SELECT i, $3, $4, 'alert-test-' || i, jsonb_build_object('riskLevel', 'orange', 'n', i), CASE WHEN $5 THEN now() END
       FROM generate_series($1::bigint, $2::bigint) AS i`,
      [from, to, QueueName.GridAlerts, JobName.GridAlertRaised, relayed],
    );
  }

  it('claims the oldest pending rows first, in numeric id order', async () => {
    await rows(95, 105, false);
    const claimed: string[] = [];
    const outbox = new Outbox(pool);
    await outbox.relayPending(5, async (jobs) => void claimed.push(...jobs.map((j) => j.id)));
    expect(claimed).toEqual(['95', '96', '97', '98', '99']);
    await outbox.relayPending(10, async (jobs) => void claimed.push(...jobs.map((j) => j.id)));
    expect(claimed).toEqual(['95', '96', '97', '98', '99', '100', '101', '102', '103', '104', '105']);
  });

  it('adds back every relayed row after Redis lost its jobs, over more than one page', async () => {
    await rows(1, 1_100, true);
    const relay = new OutboxRelay(new Outbox(pool), new Map([[QueueName.GridAlerts, queue]]), 60_000, log);
    // The jobs relayed earlier went with the Redis that restarted empty.
    expect(await queue.count()).toBe(0);

    const replayed = await relay.replay(new Date(Date.now() - 3_600_000));

    const ids = new Set((await queue.getJobs(['waiting', 'prioritized', 'delayed'], 0, -1)).map((j) => j.id));
    const missing = Array.from({ length: 1_100 }, (_, i) => `alert-test-${i + 1}`).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
    expect(replayed).toBe(1_100);
    await relay.stop();
  });
});
