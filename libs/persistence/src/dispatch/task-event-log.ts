import type { TaskEventV1 } from '@hub/contracts';
import type { Pool } from 'pg';

/**
 * task_event doubles as the outbox of hub.task.event.v1: rows are published in id order, then marked.
 * `ORDER BY task_event.id`: a bare `id` would sort by the selected `id::text` ("10" before "9").
 * Raw pg, two statements per batch of up to 500 events beside dispatch's alert path (see `npm run bench --
 * dispatch`); no benchmark has timed this relay on its own, so no figure shows pg is needed here.
 */
export class TaskEventLog {
  constructor(private readonly pool: Pool) {}

  async unpublished(limit: number): Promise<TaskEventV1[]> {
    const { rows } = await this.pool.query<{
      id: string;
      task_id: string;
      type: TaskEventV1['type'];
      from_state: string | null;
      to_state: string | null;
      actor_kind: TaskEventV1['actor']['kind'];
      actor_id: string;
      reason: string;
      detail: Record<string, unknown>;
      at: Date;
    }>(
      `SELECT id::text, task_id, type, from_state, to_state, actor_kind, actor_id, reason, detail, at FROM task_event WHERE published_at IS NULL ORDER BY task_event.id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      schemaVersion: 1,
      sequence: r.id,
      taskId: r.task_id,
      type: r.type,
      ...(r.from_state ? { fromState: r.from_state } : {}),
      ...(r.to_state ? { toState: r.to_state } : {}),
      actor: { kind: r.actor_kind, id: r.actor_id },
      reason: r.reason,
      detail: r.detail,
      at: r.at.toISOString(),
    }));
  }

  async markPublished(sequences: string[]): Promise<void> {
    if (sequences.length) await this.pool.query('UPDATE task_event SET published_at = now() WHERE id = ANY($1::bigint[])', [sequences]);
  }
}
