import type { Pool } from 'pg';

export interface PendingJob {
  id: string;
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
  attempts: number;
}

/**
 * The transactional outbox, read by the relay. Rows are claimed with SKIP LOCKED so several relays
 * (one per risk replica) share the work; a row is marked relayed only after the queue accepted it.
 * `ORDER BY outbox.id`, never `ORDER BY id`: the select list's `id::text` would be the sort key, and in
 * text order "9814" comes after "25664" (rows starved for minutes, and a replay paging by the numeric
 * `id > afterId` skipped rows it had not yet returned: alerts lost with Redis).
 *
 * Raw pg: the claim (FOR UPDATE SKIP LOCKED) and its marks run on one checked-out client that holds the locks
 * while BullMQ takes the jobs. No benchmark times the relay alone: in `npm run bench -- pipeline` it finished
 * the backlog with risk (both at 6.0 s, 1,677 events/s end to end, 2026-12-01 03:19, docs/benchmarks.md).
 * The two gauges stay beside it on the pool so that risk runs no Prisma client: its first query costs about
 * 1 s and 37 MB of memory (0.9-1.2 s at load 15, 2026-12-01), which here would land in a health probe.
 */
export class Outbox {
  constructor(private readonly pool: Pool) {}

  /** Runs `relay` on up to `limit` pending rows while holding their locks; marks them as `relay` reports. */
  async relayPending(limit: number, relay: (jobs: PendingJob[]) => Promise<void>): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<PendingJob>(
        `SELECT id::text, queue, job_name AS "jobName", job_id AS "jobId", payload, attempts
         FROM outbox WHERE relayed_at IS NULL ORDER BY outbox.id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) {
        await client.query('COMMIT');
        return 0;
      }
      const ids = rows.map((r) => r.id);
      try {
        await relay(rows);
        await client.query(
          `UPDATE outbox SET relayed_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])`,
          [ids],
        );
      } catch (e) {
        await client.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
          ids,
          String((e as Error).message).slice(0, 500),
        ]);
        await client.query('COMMIT');
        throw e;
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  /** Rows relayed since `since`, in id order after `afterId` (a Redis restart replays them). */
  async relayedSince(since: Date, afterId: string, limit: number): Promise<PendingJob[]> {
    const { rows } = await this.pool.query<PendingJob>(
      `SELECT id::text, queue, job_name AS "jobName", job_id AS "jobId", payload, attempts
       FROM outbox WHERE relayed_at >= $1 AND id > $2::bigint ORDER BY outbox.id LIMIT $3`,
      [since, afterId, limit],
    );
    return rows;
  }

  /** Seconds since the oldest row still waiting for the relay was written; 0 when none waits. */
  async oldestPendingAgeSeconds(): Promise<number> {
    const { rows } = await this.pool.query<{ s: number | null }>(
      'SELECT extract(epoch FROM now() - min(created_at))::float8 AS s FROM outbox WHERE relayed_at IS NULL',
    );
    return Math.max(0, rows[0].s ?? 0);
  }

  async pendingCount(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM outbox WHERE relayed_at IS NULL');
    return Number(rows[0].n);
  }
}
