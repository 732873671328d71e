import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { hubHealthModule, hubProvidersModule } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { QueueName } from '@hub/contracts';
import { DispatchQueues, queueProgressProbe, redisConnectionOptions } from '@hub/messaging';
import type { MetricsRegistry } from '@hub/observability';
import { DispatchReconciler } from './dispatch-reconciler';
import { DISPATCH_CORE, dispatchProviders } from './dispatch.providers';
import { JobRegistry } from './job-registry';
import { DeliverySender, SmsDeliveryProcessor, WebhookDeliveryProcessor } from './processors/delivery.processor';
import { EscalationJobs, EscalationProcessor, TaskDeadlineProcessor } from './processors/escalation.processor';
import { GridAlertProcessor } from './processors/grid-alert.processor';
import { ReconcileProcessor } from './processors/reconcile.processor';
import { RevisitProcessor } from './processors/revisit.processor';
import { TaskEventRelay } from './task-event-relay';
import { configureWorkers } from './worker-options';

/**
 * dispatch as a Nest module: providers built by factories from the validated configuration (one module,
 * exported to the health probes and the processors), processors declared with @Processor, one job
 * registry that every processor registers its handlers in and that refuses to start while a job has no
 * handler.
 */
@Module({})
export class DispatchModule {
  static forRoot(config: HubConfig, metrics: MetricsRegistry): DynamicModule {
    configureWorkers(config);
    const providers = hubProvidersModule('dispatch', config, metrics, DISPATCH_CORE, dispatchProviders());
    return {
      module: DispatchModule,
      imports: [
        providers,
        hubHealthModule(providers, metrics, {
          inject: [DispatchQueues],
          useFactory: (queues: DispatchQueues) => ({ queues: queueProgressProbe(queues.queues.values(), config.health.stallMs) }),
        }),
        BullModule.forRoot({ connection: redisConnectionOptions(config.redis), prefix: config.instance }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [
        JobRegistry,
        DispatchReconciler,
        TaskEventRelay,
        DeliverySender,
        EscalationJobs,
        GridAlertProcessor,
        TaskDeadlineProcessor,
        EscalationProcessor,
        WebhookDeliveryProcessor,
        SmsDeliveryProcessor,
        RevisitProcessor,
        ReconcileProcessor,
      ],
    };
  }
}
