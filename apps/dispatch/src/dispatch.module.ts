import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import type { HubConfig } from '@hub/config';
import { QueueName } from '@hub/contracts';
import { DispatchQueues, pingKafka, pingRedis, queueProgressProbe, redisConnectionOptions } from '@hub/messaging';
import { HealthModule, type MetricsRegistry } from '@hub/observability';
import { type Database, pingDatabase } from '@hub/persistence';
import type { Kafka } from 'kafkajs';
import { DispatchReconciler } from './dispatch-reconciler';
import { DATABASE, dispatchProviders, KAFKA } from './dispatch.providers';
import { JobRegistry } from './job-registry';
import { DeliverySender, SmsDeliveryProcessor, WebhookDeliveryProcessor } from './processors/delivery.processor';
import { EscalationProcessor } from './processors/escalation.processor';
import { GridAlertProcessor } from './processors/grid-alert.processor';
import { ReconcileProcessor } from './processors/reconcile.processor';
import { RevisitProcessor } from './processors/revisit.processor';
import { TaskDeadlineProcessor } from './processors/task-deadline.processor';
import { TaskEventRelay } from './task-event-relay';
import { configureWorkers } from './worker-options';

/**
 * dispatch as a Nest module: providers built by factories from the validated configuration, processors
 * declared with @Processor, one job registry that every processor registers its handlers in and that
 * refuses to start while a job has no handler.
 */
const PROBE_HANDLES = Symbol('PROBE_HANDLES');

@Module({})
export class DispatchModule {
  static forRoot(config: HubConfig, metrics: MetricsRegistry): DynamicModule {
    configureWorkers(config);
    // The probes reach the injected database and Kafka client once their factories ran.
    const handles: { db?: Database; kafka?: Kafka; queues?: () => Promise<Record<string, unknown> | void> } = {};
    const notStarted = () => Promise.reject(new Error('not started'));
    const probes = {
      kafka: () => (handles.kafka ? pingKafka(handles.kafka) : notStarted()),
      postgres: () => (handles.db ? pingDatabase(handles.db.pool) : notStarted()),
      redis: () => pingRedis(config.redis),
      queues: () => (handles.queues ? handles.queues() : notStarted()),
    };
    return {
      module: DispatchModule,
      imports: [
        HealthModule.forProbes(probes, metrics),
        BullModule.forRoot({ connection: redisConnectionOptions(config.redis), prefix: config.instance }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [
        ...dispatchProviders(config, metrics),
        {
          provide: PROBE_HANDLES,
          useFactory: (db: Database, kafka: Kafka, queues: DispatchQueues) =>
            Object.assign(handles, { db, kafka, queues: queueProgressProbe(queues.queues.values(), config.health.stallMs) }),
          inject: [DATABASE, KAFKA, DispatchQueues],
        },
        JobRegistry,
        DispatchReconciler,
        TaskEventRelay,
        DeliverySender,
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
