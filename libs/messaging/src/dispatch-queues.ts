import { type JobsOptions, Queue } from 'bullmq';
import {
  deadlineJobId,
  deliveryJobId,
  deliveryQueueFor,
  escalationJobId,
  JobName,
  QueueName,
  revisitJobId,
  type DeliveryRequestedV1,
  type EscalationRaisedV1,
  type RevisitDueV1,
  type TaskDeadlineDueV1,
} from '@hub/contracts';
import type { RedisConnection } from './redis';

/** What a committed change of a task asks of the queues (the persistence layer's DispatchEffects). */
export interface ScheduledWork {
  taskId: string;
  deadline: { kind: 'accept' | 'feedback'; dueAt: Date } | null;
  escalations: string[];
  deliveries: { deliveryId: string; channel: 'webhook' | 'sms'; round: number; priority?: number }[];
  revisit: { revisitNo: number; dueAt: Date } | null;
}

export interface DeliveryRetryPolicy {
  attempts: number;
  backoffMs: number;
}

const KEEP = { removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 }, removeOnFail: false } as const;

/**
 * The dispatch queues as one producer, shared by the dispatch workers and the gateway. Every job id is
 * derived from a stored fact, so adding the same work twice (after a crash, or from reconcile) is a no-op.
 */
export class DispatchQueues {
  readonly queues: Map<QueueName, Queue>;

  constructor(
    connection: RedisConnection,
    prefix: string,
    private readonly delivery: DeliveryRetryPolicy,
  ) {
    const names = [
      QueueName.GridAlerts,
      QueueName.TaskDeadlines,
      QueueName.Escalations,
      QueueName.DeliveriesWebhook,
      QueueName.DeliveriesSms,
      QueueName.TaskRevisits,
      QueueName.DispatchMaintenance,
    ];
    this.queues = new Map(names.map((n) => [n, new Queue(n, { connection, prefix })]));
    // Errors surface on the add calls; the queue's own error event would otherwise crash the process.
    for (const q of this.queues.values()) q.on('error', () => undefined);
  }

  queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  async schedule(work: ScheduledWork, now = Date.now()): Promise<void> {
    const adds: Promise<unknown>[] = [];
    // Delayed until due; a due time already passed runs at once (the worker checks it still stands).
    const delayed = (queue: QueueName, name: JobName, data: object, jobId: string, dueAt: Date) =>
      this.queue(queue).add(name, data, {
        jobId,
        delay: Math.max(0, dueAt.getTime() - now),
        attempts: 8,
        backoff: { type: 'exponential', delay: 1_000 },
        ...KEEP,
      });
    if (work.deadline) {
      const { kind, dueAt } = work.deadline;
      const data: TaskDeadlineDueV1 = { schemaVersion: 1, taskId: work.taskId, kind, dueAt: dueAt.toISOString() };
      adds.push(delayed(QueueName.TaskDeadlines, JobName.TaskDeadlineDue, data, deadlineJobId(work.taskId, kind, dueAt), dueAt));
    }
    if (work.revisit) {
      const { revisitNo, dueAt } = work.revisit;
      const data: RevisitDueV1 = { schemaVersion: 1, taskId: work.taskId, revisitNo, dueAt: dueAt.toISOString() };
      adds.push(delayed(QueueName.TaskRevisits, JobName.RevisitDue, data, revisitJobId(work.taskId, revisitNo), dueAt));
    }
    for (const escalationId of work.escalations) adds.push(this.addEscalation(escalationId));
    for (const d of work.deliveries) adds.push(this.addDelivery(d));
    await Promise.all(adds);
  }

  addEscalation(escalationId: string): Promise<unknown> {
    const data: EscalationRaisedV1 = { schemaVersion: 1, escalationId };
    return this.queue(QueueName.Escalations).add(JobName.EscalationRaised, data, {
      jobId: escalationJobId(escalationId),
      attempts: 8,
      backoff: { type: 'exponential', delay: 1_000 },
      ...KEEP,
    });
  }

  addDelivery(d: { deliveryId: string; channel: 'webhook' | 'sms'; round: number; priority?: number }): Promise<unknown> {
    const data: DeliveryRequestedV1 = { schemaVersion: 1, deliveryId: d.deliveryId, round: d.round };
    const opts: JobsOptions = {
      jobId: deliveryJobId(d.deliveryId, d.round),
      ...(d.priority ? { priority: d.priority } : {}),
      attempts: this.delivery.attempts,
      backoff: { type: 'exponential', delay: this.delivery.backoffMs },
      ...KEEP,
    };
    return this.queue(deliveryQueueFor(d.channel)).add(JobName.DeliveryRequested, data, opts);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
