import type { Pool, PoolClient } from 'pg';

/**
 * A transaction on one checked-out pg client, for the batched stores whose statements Prisma's client cannot
 * express (grid tasks, assessments): `npm run bench -- dispatch` measured 1,932 alerts/s through it, ratio 0.53
 * to a bare BullMQ worker (2026-12-01 03:16, docs/benchmarks.md).
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
