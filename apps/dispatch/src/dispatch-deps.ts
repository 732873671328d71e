import type { AreaIndex } from '@hub/domain';
import type { DispatchQueues } from '@hub/messaging';
import { type Logger, type MetricsRegistry, stageLatency } from '@hub/observability';
import type { DeliveryStore, EventStore, GridTaskStore } from '@hub/persistence';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { classifyFailure, sqlStateOf } from '@hub/messaging';
import type { z } from 'zod';
import type { OutboundChannel } from './outbound-channel';
import type { DispatchReconciler } from './dispatch-reconciler';

/** Everything the dispatch workers use, built once in main.ts from validated configuration. */
export interface DispatchDeps {
  tasks: GridTaskStore;
  deliveries: DeliveryStore;
  events: EventStore;
  areas: AreaIndex;
  queues: DispatchQueues;
  channels: { webhook: OutboundChannel; sms: OutboundChannel };
  reconciler: DispatchReconciler;
  log: Logger;
  count: DispatchCounters;
}

export type DispatchCounters = ReturnType<typeof dispatchCounters>;

export function dispatchCounters(m: MetricsRegistry) {
  return {
    alerts: m.counter('dispatch_alerts_total', 'alerts applied to grid tasks, by outcome and routing method', ['outcome', 'route']),
    deadlinesMissed: m.counter('dispatch_deadlines_missed_total', 'deadlines that passed and escalated a task, by kind', ['kind']),
    escalations: m.counter('dispatch_escalations_total', 'escalations whose duty officers were alerted', []),
    deliveryAttempts: m.counter('dispatch_delivery_attempts_total', 'delivery attempts, by channel and result', ['channel', 'ok']),
    deliveries: m.counter(
      'hub_deliveries_total',
      'Delivery attempts by channel and status: sent, retrying (it failed, another attempt comes), failed (given up)',
      ['channel', 'status'],
    ),
    stage: stageLatency(m),
  };
}

export const DISPATCH_DEPS = Symbol('DISPATCH_DEPS');

/** A payload that does not parse can never succeed: fail it at once, it stays in the failed set for operators. */
export function parseJob<S extends z.ZodType>(schema: S, job: Job): z.infer<S> {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) {
    throw new UnrecoverableError(
      `invalid ${job.name} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/**
 * A failure that belongs to the job's data (the database refused it) fails the job at once with reason
 * `store_failed` and the database's error, kept in the failed set for operators; anything else is
 * rethrown for BullMQ's retries with backoff.
 */
export async function failOnDataError<T>(job: Job, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (classifyFailure(e) !== 'permanent') throw e;
    const state = sqlStateOf(e);
    throw new UnrecoverableError(
      `store_failed: ${state ? `SQLSTATE ${state}: ` : ''}${(e as Error).message} (queue ${job.queueName}, job ${job.id})`,
    );
  }
}
