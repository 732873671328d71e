import { GridTask, scheduleOf, type TaskState } from '@hub/domain';
import type { TaskWork } from '@hub/grid-tasks';
import type { Pool } from 'pg';
import { prismaOver } from '../database';
import { PgGridTaskRepository } from './grid-task-repository';

export interface PendingDelivery {
  deliveryId: string;
  channel: 'webhook' | 'sms';
  round: number;
}

/**
 * Reads of dispatch's own tables outside any command: a task's history, and what the queues should hold.
 * Through Prisma's client, but for a whole task: it loads through the repository's SQL.
 */
export class GridTaskReads {
  private readonly repo: PgGridTaskRepository;

  constructor(private readonly pool: Pool) {
    this.repo = new PgGridTaskRepository(pool);
  }

  find(taskId: string): Promise<GridTask | undefined> {
    return this.repo.find(taskId);
  }

  async events(taskId: string): Promise<Record<string, unknown>[]> {
    const rows = await prismaOver(this.pool).taskEvent.findMany({
      where: { taskId },
      orderBy: { id: 'asc' },
      select: {
        id: true,
        type: true,
        fromState: true,
        toState: true,
        actorKind: true,
        actorId: true,
        reason: true,
        detail: true,
        at: true,
      },
    });
    // The id as text, named as hub.task.event.v1 names it.
    return rows.map(({ id, ...e }) => ({ sequence: id.toString(), ...e }));
  }

  /**
   * Everything the queues should hold according to PostgreSQL, for rebuilding them after Redis lost them. A
   * plain read, locking no row: the jobs it re-adds have ids derived from what it read, and their workers check
   * that the deadline, revisit or delivery still stands, so a task changed just after the read costs at most a
   * job that finds nothing to do. (It used to load every open task FOR UPDATE, 1,000 at a time, and the alert
   * batches that touched those tasks waited for it.)
   */
  async pendingWork(): Promise<{ tasks: TaskWork[]; escalationsWithoutDeliveries: string[]; pendingDeliveries: PendingDelivery[] }> {
    const prisma = prismaOver(this.pool);
    const [tasks, esc, del] = await Promise.all([
      prisma.gridTask.findMany({
        where: {
          state: { not: 'closed' },
          OR: [{ acceptDueAt: { not: null } }, { feedbackDueAt: { not: null } }, { nextRevisitAt: { not: null } }],
        },
        select: { taskId: true, state: true, acceptDueAt: true, feedbackDueAt: true, nextRevisitAt: true, revisitCount: true },
      }),
      prisma.escalation.findMany({ where: { notifiedAt: null }, select: { escalationId: true } }),
      prisma.delivery.findMany({ where: { status: 'pending' }, select: { deliveryId: true, channel: true, round: true } }),
    ]);
    return {
      tasks: tasks.map((t) => ({ ...scheduleOf({ ...t, state: t.state as TaskState }), escalations: [], deliveries: [] })),
      escalationsWithoutDeliveries: esc.map((r) => r.escalationId),
      pendingDeliveries: del as PendingDelivery[],
    };
  }
}
