import { GridTask } from '@hub/domain';
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
 * Through Prisma's client, but for the tasks themselves: they load (and lock) through the repository's SQL.
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

  /** Everything the queues should hold according to PostgreSQL, for rebuilding them after Redis lost them. */
  async pendingWork(): Promise<{ tasks: TaskWork[]; escalationsWithoutDeliveries: string[]; pendingDeliveries: PendingDelivery[] }> {
    const prisma = prismaOver(this.pool);
    const [tasks, esc, del] = await Promise.all([
      prisma.gridTask.findMany({
        where: {
          state: { not: 'closed' },
          OR: [{ acceptDueAt: { not: null } }, { feedbackDueAt: { not: null } }, { nextRevisitAt: { not: null } }],
        },
        select: { taskId: true },
      }),
      prisma.escalation.findMany({ where: { notifiedAt: null }, select: { escalationId: true } }),
      prisma.delivery.findMany({ where: { status: 'pending' }, select: { deliveryId: true, channel: true, round: true } }),
    ]);
    const loaded: GridTask[] = [];
    const ids = tasks.map((r) => r.taskId);
    for (let i = 0; i < ids.length; i += 1_000) {
      loaded.push(...(await this.repo.transaction((uow) => uow.lockTasks(ids.slice(i, i + 1_000)))));
    }
    return {
      tasks: loaded.map((t) => ({ ...t.schedule(), escalations: [], deliveries: [] })),
      escalationsWithoutDeliveries: esc.map((r) => r.escalationId),
      pendingDeliveries: del as PendingDelivery[],
    };
  }
}
