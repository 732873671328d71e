import { BullModule, Processor } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { QueueName } from '@hub/contracts';
import type { RedisConnection } from '@hub/messaging';
import { type DependencyProbe, HealthModule, type MetricsRegistry } from '@hub/observability';
import { WebhookDeliveryProcessor, SmsDeliveryProcessor } from './delivery.processor';
import { DISPATCH_DEPS, type DispatchDeps } from './dispatch-deps';
import { EscalationProcessor } from './escalation.processor';
import { GridAlertProcessor } from './grid-alert.processor';
import { ReconcileProcessor } from './reconcile.processor';
import { RevisitProcessor } from './revisit.processor';
import { TaskDeadlineProcessor } from './task-deadline.processor';

export interface DispatchWorkerSettings {
  connection: RedisConnection;
  prefix: string;
  /** Lock and stall-check period: a killed worker's jobs go back to the queue after this. */
  lockMs: number;
  webhookRatePerSecond: number;
  smsRatePerSecond: number;
}

@Module({})
export class DispatchModule {
  static forRoot(
    d: DispatchDeps,
    s: DispatchWorkerSettings,
    probes: Record<string, DependencyProbe>,
    metrics: MetricsRegistry,
  ): DynamicModule {
    // Worker options come from validated configuration, so the processors are registered here rather
    // than with static decorator arguments.
    const worker = (concurrency: number, extra: object = {}) => ({
      concurrency,
      lockDuration: s.lockMs,
      stalledInterval: s.lockMs,
      ...extra,
    });
    const processors = [
      [GridAlertProcessor, QueueName.GridAlerts, worker(4)],
      [TaskDeadlineProcessor, QueueName.TaskDeadlines, worker(4)],
      [EscalationProcessor, QueueName.Escalations, worker(4)],
      [WebhookDeliveryProcessor, QueueName.DeliveriesWebhook, worker(8, { limiter: { max: s.webhookRatePerSecond, duration: 1000 } })],
      [SmsDeliveryProcessor, QueueName.DeliveriesSms, worker(2, { limiter: { max: s.smsRatePerSecond, duration: 1000 } })],
      [RevisitProcessor, QueueName.TaskRevisits, worker(2)],
      [ReconcileProcessor, QueueName.DispatchMaintenance, worker(1)],
    ] as const;
    for (const [cls, queue, options] of processors) Processor(queue, options)(cls);
    return {
      module: DispatchModule,
      imports: [
        HealthModule.forProbes(probes, metrics),
        BullModule.forRoot({ connection: s.connection, prefix: s.prefix }),
        BullModule.registerQueue(...processors.map(([, name]) => ({ name }))),
      ],
      providers: [{ provide: DISPATCH_DEPS, useValue: d }, ...processors.map(([cls]) => cls)],
    };
  }
}
