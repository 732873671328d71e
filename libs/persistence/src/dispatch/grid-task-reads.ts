import { GridTask } from '@hub/domain';
import type { TaskWork } from '@hub/grid-tasks';
import type { Pool } from 'pg';
import { PgGridTaskRepository } from './grid-task-repository';

export interface PendingDelivery {
  deliveryId: string;
  channel: 'webhook' | 'sms';
  round: number;
}

/** Reads of dispatch's own tables outside any command: a task's history, and what the queues should hold. */
export class GridTaskReads {
  private readonly repo: PgGridTaskRepository;

  constructor(private readonly pool: Pool) {
    this.repo = new PgGridTaskRepository(pool);
  }

  find(taskId: string): Promise<GridTask | undefined> {
    return this.repo.find(taskId);
  }

  async events(taskId: string): Promise<Record<string, unknown>[]> {
    const { rows } = await this.pool.query(
      `SELECT id::text AS sequence, type, from_state AS "fromState", to_state AS "toState", actor_kind AS "actorKind", actor_id AS "actorId",
              reason, detail, at FROM task_event WHERE task_id = $1 ORDER BY id`,
      [taskId],
    );
    return rows;
  }

  /** Everything the queues should hold according to PostgreSQL, for rebuilding them after Redis lost them. */
  async pendingWork(): Promise<{ tasks: TaskWork[]; escalationsWithoutDeliveries: string[]; pendingDeliveries: PendingDelivery[] }> {
    const [tasks, esc, del] = await Promise.all([
      this.pool.query<{ task_id: string }>(
        `SELECT task_id FROM grid_task WHERE state <> 'closed' AND (accept_due_at IS NOT NULL OR feedback_due_at IS NOT NULL OR next_revisit_at IS NOT NULL)`,
      ),
      this.pool.query<{ escalation_id: string }>(`SELECT escalation_id FROM escalation WHERE notified_at IS NULL`),
      this.pool.query<PendingDelivery>(`SELECT delivery_id AS "deliveryId", channel, round FROM delivery WHERE status = 'pending'`),
    ]);
    const loaded: GridTask[] = [];
    const ids = tasks.rows.map((r) => r.task_id);
    for (let i = 0; i < ids.length; i += 1_000) {
      loaded.push(...(await this.repo.transaction((uow) => uow.lockTasks(ids.slice(i, i + 1_000)))));
    }
    return {
      tasks: loaded.map((t) => ({ ...t.schedule(), escalations: [], deliveries: [] })),
      escalationsWithoutDeliveries: esc.rows.map((r) => r.escalation_id),
      pendingDeliveries: del.rows,
    };
  }
}
