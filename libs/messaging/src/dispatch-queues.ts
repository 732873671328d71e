import { type JobsOptions, Queue } from 'bullmq';
import type IORedis from 'ioredis';
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

/** What a committed change of a task asks of the queues (grid-tasks' TaskWork has this shape). */
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

interface BulkJob {
  name: JobName;
  data: object;
  opts: JobsOptions;
}

/**
 * How long finished jobs stay in Redis: long enough that re-adding the same job id (a relay or reconcile after a
 * crash) is still recognised, bounded so that Redis does not grow with every alert ever handled.
 */
export const KEEP = { removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 }, removeOnFail: false } as const;

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

  schedule(work: ScheduledWork, now = Date.now()): Promise<number> {
    return this.scheduleMany([work], now);
  }

  /**
   * Schedules what many committed changes ask for with one addBulk per queue, so a batch of alerts costs a
   * few Redis round trips, not several per alert. Returns the number of round trips (queues written).
   */
  async scheduleMany(works: ScheduledWork[], now = Date.now()): Promise<number> {
    const byQueue = this.jobsByQueue(works, now);
    await Promise.all([...byQueue].map(([queue, jobs]) => this.queue(queue).addBulk(jobs)));
    return byQueue.size;
  }

  /**
   * Adds, of the jobs `works` asks for, only those Redis does not hold, `slice` at a time: one pipelined EXISTS
   * per job key, then one addBulk of the missing ones. BullMQ's add skips a job whose key exists, so this adds
   * exactly what adding everything would have added, without writing (in one MULTI per queue, holding Redis
   * for every other client meanwhile) the tens of thousands of jobs a healthy Redis still holds. A job key
   * removed between the check and the add is the case of a Redis lost during a reconcile: the reconnect asks
   * for another one. Returns the jobs checked and those found missing (and added); two instances reconciling
   * at once may both find a job missing, and BullMQ adds it once.
   */
  async addMissing(works: ScheduledWork[], now = Date.now(), slice = 1_000): Promise<{ checked: number; missing: number }> {
    let checked = 0;
    let missing = 0;
    for (const [name, jobs] of this.jobsByQueue(works, now)) {
      const queue = this.queue(name);
      // BullMQ types its client by a minimal interface of its own (no EXISTS); on its default backend, the one
      // the hub uses, the client is ioredis.
      const client = (await queue.getBackend().client) as unknown as Pick<IORedis, 'pipeline'>;
      for (let i = 0; i < jobs.length; i += slice) {
        const part = jobs.slice(i, i + slice);
        const pipeline = client.pipeline();
        for (const job of part) pipeline.exists(queue.toKey(job.opts.jobId!));
        const replies = (await pipeline.exec()) ?? [];
        const absent = part.filter((_, k) => {
          const [err, held] = replies[k] ?? [new Error('no reply to EXISTS'), 1];
          if (err) throw err;
          return held === 0;
        });
        if (absent.length > 0) await queue.addBulk(absent);
        checked += part.length;
        missing += absent.length;
      }
    }
    return { checked, missing };
  }

  /** The jobs `works` asks for, by queue; every one with the job id its stored fact gives it. */
  private jobsByQueue(works: ScheduledWork[], now: number): Map<QueueName, BulkJob[]> {
    const byQueue = new Map<QueueName, BulkJob[]>();
    const add = (queue: QueueName, job: BulkJob) => {
      const jobs = byQueue.get(queue);
      if (jobs) jobs.push(job);
      else byQueue.set(queue, [job]);
    };
    // Delayed until due; a due time already passed runs at once (the worker checks it still stands).
    const delayed = (name: JobName, data: object, jobId: string, dueAt: Date): BulkJob => ({
      name,
      data,
      opts: { jobId, delay: Math.max(0, dueAt.getTime() - now), attempts: 8, backoff: { type: 'exponential', delay: 1_000 }, ...KEEP },
    });
    for (const work of works) {
      if (work.deadline) {
        const { kind, dueAt } = work.deadline;
        const data: TaskDeadlineDueV1 = { schemaVersion: 1, taskId: work.taskId, kind, dueAt: dueAt.toISOString() };
        add(QueueName.TaskDeadlines, delayed(JobName.TaskDeadlineDue, data, deadlineJobId(work.taskId, kind, dueAt), dueAt));
      }
      if (work.revisit) {
        const { revisitNo, dueAt } = work.revisit;
        const data: RevisitDueV1 = { schemaVersion: 1, taskId: work.taskId, revisitNo, dueAt: dueAt.toISOString() };
        add(QueueName.TaskRevisits, delayed(JobName.RevisitDue, data, revisitJobId(work.taskId, revisitNo), dueAt));
      }
      for (const escalationId of work.escalations) add(QueueName.Escalations, this.escalationJob(escalationId));
      for (const d of work.deliveries) add(deliveryQueueFor(d.channel), this.deliveryJob(d));
    }
    return byQueue;
  }

  addEscalation(escalationId: string): Promise<unknown> {
    const job = this.escalationJob(escalationId);
    return this.queue(QueueName.Escalations).add(job.name, job.data, job.opts);
  }

  addDelivery(d: { deliveryId: string; channel: 'webhook' | 'sms'; round: number; priority?: number }): Promise<unknown> {
    const job = this.deliveryJob(d);
    return this.queue(deliveryQueueFor(d.channel)).add(job.name, job.data, job.opts);
  }

  private escalationJob(escalationId: string): BulkJob {
    const data: EscalationRaisedV1 = { schemaVersion: 1, escalationId };
    return {
      name: JobName.EscalationRaised,
      data,
      opts: { jobId: escalationJobId(escalationId), attempts: 8, backoff: { type: 'exponential', delay: 1_000 }, ...KEEP },
    };
  }

  private deliveryJob(d: { deliveryId: string; channel: 'webhook' | 'sms'; round: number; priority?: number }): BulkJob {
    const data: DeliveryRequestedV1 = { schemaVersion: 1, deliveryId: d.deliveryId, round: d.round };
    const opts: JobsOptions = {
      jobId: deliveryJobId(d.deliveryId, d.round),
      ...(d.priority ? { priority: d.priority } : {}),
      attempts: this.delivery.attempts,
      backoff: { type: 'exponential', delay: this.delivery.backoffMs },
      ...KEEP,
    };
    return { name: JobName.DeliveryRequested, data, opts };
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
