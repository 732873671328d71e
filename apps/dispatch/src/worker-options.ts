import type { Processor } from '@nestjs/bullmq';
import type { HubConfig } from '@hub/config';
import { QueueName } from '@hub/contracts';

type NestWorkerOptions = Parameters<typeof Processor>[1];

/**
 * Worker options per queue. The @Processor decorators are declared statically with these objects, and
 * `configureWorkers` fills them from the validated configuration before Nest builds the module (Nest
 * reads a processor's options only when it starts its worker).
 */
export const WORKER_OPTIONS: Record<QueueName, NestWorkerOptions> = {
  [QueueName.GridAlerts]: {},
  [QueueName.TaskDeadlines]: {},
  [QueueName.Escalations]: {},
  [QueueName.DeliveriesWebhook]: {},
  [QueueName.DeliveriesSms]: {},
  [QueueName.TaskRevisits]: {},
  [QueueName.DispatchMaintenance]: {},
};

export function configureWorkers(c: HubConfig): void {
  // A killed worker's jobs go back to the queue after the lock period, as often as it happens (maxStalledCount).
  const base = (concurrency: number) => ({
    concurrency,
    lockDuration: c.dispatch.lockMs,
    stalledInterval: c.dispatch.lockMs,
    maxStalledCount: c.dispatch.maxStalled,
  });
  Object.assign(WORKER_OPTIONS[QueueName.GridAlerts], base(c.dispatch.alertConcurrency));
  Object.assign(WORKER_OPTIONS[QueueName.TaskDeadlines], base(4));
  Object.assign(WORKER_OPTIONS[QueueName.Escalations], base(4));
  Object.assign(WORKER_OPTIONS[QueueName.DeliveriesWebhook], base(16), { limiter: { max: c.delivery.webhookRate, duration: 1000 } });
  Object.assign(WORKER_OPTIONS[QueueName.DeliveriesSms], base(2), { limiter: { max: c.delivery.smsRate, duration: 1000 } });
  Object.assign(WORKER_OPTIONS[QueueName.TaskRevisits], base(2));
  Object.assign(WORKER_OPTIONS[QueueName.DispatchMaintenance], base(1));
}
