import type { Provider } from '@nestjs/common';
import { Queue } from 'bullmq';
import { type ConsumerSpec, consumerProviders, DATABASE, HUB_CONFIG, type HubCoreOptions, LOGGER } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { QueueName, Topic } from '@hub/contracts';
import { riskRules } from '@hub/domain';
import { DeadLetterPublisher, OutboxRelay, redisConnectionOptions } from '@hub/messaging';
import { type Logger, MetricsRegistry } from '@hub/observability';
import { AssessmentStore, type Database, Outbox } from '@hub/persistence';
import { withJieba } from '@hub/segmentation';
import { RiskIntake } from './risk-intake';

/** dispatch's grid-alerts queue, which the outbox relay fills. */
export const GRID_ALERT_QUEUE = Symbol('GRID_ALERT_QUEUE');

/** risk's part of the core set: JIT off for its sessions (openDatabase says why). */
export const RISK_CORE: HubCoreOptions = { noJit: true, whileDatabaseLost: 'queries wait for it to come back' };

/** risk's consumer: the normalized events (it publishes nothing but dead letters to Kafka). */
export const RISK_CONSUMER: ConsumerSpec = { app: 'risk', topics: [Topic.NormalizedEvent], component: 'event-consumer' };

/**
 * risk's own providers (beside the core set of @hub/app-core), each built by a factory from the validated
 * configuration Nest injects: the events' consumer (dead-letter producer, progress, lag), the outbox with
 * its gauges, the grid-alerts queue and the relay that fills it, and the risk intake over them.
 */
export function riskProviders(): Provider[] {
  return [
    ...consumerProviders(RISK_CONSUMER),
    {
      provide: Outbox,
      useFactory: (db: Database, m: MetricsRegistry): Outbox => {
        const outbox = new Outbox(db.pool);
        m.gauge('hub_outbox_backlog', 'Alerts stored but not yet handed to dispatch’s queue (outbox rows not relayed)', [], async (set) =>
          set({}, await outbox.pendingCount()),
        );
        m.gauge(
          'hub_outbox_oldest_pending_age_seconds',
          'Age of the oldest outbox row not yet relayed, 0 when none waits',
          [],
          async (set) => set({}, await outbox.oldestPendingAgeSeconds()),
        );
        return outbox;
      },
      inject: [DATABASE, MetricsRegistry],
    },
    {
      provide: GRID_ALERT_QUEUE,
      useFactory: (c: HubConfig): Queue => {
        // Producer-side connection fails fast while Redis is down, so the relay backs off instead of hanging.
        const queue = new Queue(QueueName.GridAlerts, {
          connection: { ...redisConnectionOptions(c.redis), maxRetriesPerRequest: 1, enableOfflineQueue: false },
          prefix: c.instance,
        });
        queue.on('error', () => undefined); // reported by the relay and the health check
        return queue;
      },
      inject: [HUB_CONFIG],
    },
    {
      provide: OutboxRelay,
      useFactory: (c: HubConfig, outbox: Outbox, queue: Queue, log: Logger) =>
        new OutboxRelay(
          outbox,
          new Map([[QueueName.GridAlerts, queue]]),
          c.risk.outboxPollMs,
          log.child({ component: 'outbox-relay' }),
          c.risk.outboxReplayHours * 3_600_000,
        ),
      inject: [HUB_CONFIG, Outbox, GRID_ALERT_QUEUE, LOGGER],
    },
    {
      provide: RiskIntake,
      useFactory: (c: HubConfig, db: Database, deadLetters: DeadLetterPublisher, relay: OutboxRelay, log: Logger, m: MetricsRegistry) =>
        new RiskIntake(
          new AssessmentStore(db.pool),
          deadLetters,
          withJieba(riskRules(c.risk.rulesVersion)),
          c.kafka.topicSuffix,
          log.child({ component: 'risk-intake' }),
          m,
          () => relay.nudge(),
        ),
      inject: [HUB_CONFIG, DATABASE, DeadLetterPublisher, OutboxRelay, LOGGER, MetricsRegistry],
    },
  ];
}
