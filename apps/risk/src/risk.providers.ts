import type { Provider } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DATABASE, HUB_CONFIG, type HubCoreOptions, KAFKA, LOGGER } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { QueueName, Topic } from '@hub/contracts';
import { riskRules } from '@hub/domain';
import {
  consumerLagMetric,
  consumerProgressProbe,
  DeadLetterPublisher,
  OutboxRelay,
  PartitionProgress,
  redisConnectionOptions,
} from '@hub/messaging';
import { deadLetterCounter, type Logger, MetricsRegistry } from '@hub/observability';
import { AssessmentStore, type Database, Outbox } from '@hub/persistence';
import { withJieba } from '@hub/segmentation';
import type { Kafka, Producer } from 'kafkajs';
import { RiskIntake } from './risk-intake';

/** The producer of dead letters (risk publishes nothing else to Kafka). */
export const DEAD_LETTER_PRODUCER = Symbol('DEAD_LETTER_PRODUCER');
/** The normalized events' consumer progress: its health probe, and a close() for shutdown. */
export const EVENT_PROGRESS = Symbol('EVENT_PROGRESS');
/** Closes the consumer lag gauge's admin client. */
export const CLOSE_EVENT_LAG = Symbol('CLOSE_EVENT_LAG');
/** dispatch's grid-alerts queue, which the outbox relay fills. */
export const GRID_ALERT_QUEUE = Symbol('GRID_ALERT_QUEUE');

export const EVENT_TOPICS = [Topic.NormalizedEvent];
export const riskGroupId = (c: HubConfig) => `${c.instance}.risk`;

/** risk's part of the core set: JIT off for its sessions (openDatabase says why). */
export const RISK_CORE: HubCoreOptions = { noJit: true, whileDatabaseLost: 'queries wait for it to come back' };

/**
 * risk's own providers (beside the core set of @hub/app-core), each built by a factory from the validated
 * configuration Nest injects: the dead-letter producer, the consumer's progress and lag, the outbox with
 * its gauges, the grid-alerts queue and the relay that fills it, and the risk intake over them.
 */
export function riskProviders(): Provider[] {
  return [
    {
      provide: DEAD_LETTER_PRODUCER,
      // acks=all on every send (sendInChunks), not idempotent: kafkajs' idempotent producer sticks after a broker failover (tulios/kafkajs#598).
      useFactory: async (kafka: Kafka): Promise<Producer> => {
        const producer = kafka.producer();
        await producer.connect();
        return producer;
      },
      inject: [KAFKA],
    },
    {
      provide: DeadLetterPublisher,
      useFactory: (producer: Producer, m: MetricsRegistry) => new DeadLetterPublisher(producer, 'hub-risk@0.1.0', deadLetterCounter(m)),
      inject: [DEAD_LETTER_PRODUCER, MetricsRegistry],
    },
    { provide: PartitionProgress, useFactory: () => new PartitionProgress() },
    {
      provide: EVENT_PROGRESS,
      useFactory: (c: HubConfig, kafka: Kafka, progress: PartitionProgress) =>
        consumerProgressProbe(kafka, riskGroupId(c), EVENT_TOPICS, c.kafka.topicSuffix, progress, c.health.stallMs),
      inject: [HUB_CONFIG, KAFKA, PartitionProgress],
    },
    {
      provide: CLOSE_EVENT_LAG,
      useFactory: (c: HubConfig, m: MetricsRegistry, kafka: Kafka) =>
        consumerLagMetric(m, kafka, riskGroupId(c), EVENT_TOPICS, c.kafka.topicSuffix),
      inject: [HUB_CONFIG, MetricsRegistry, KAFKA],
    },
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
