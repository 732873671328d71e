import type { Provider } from '@nestjs/common';
import { DATABASE, HUB_CONFIG, type HubCoreOptions, KAFKA, LOGGER } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { FEEDS } from '@hub/contracts';
import { PersonIdentity } from '@hub/domain';
import { consumerLagMetric, consumerProgressProbe, DeadLetterPublisher, PartitionProgress } from '@hub/messaging';
import { deadLetterCounter, type Logger, MetricsRegistry } from '@hub/observability';
import { type Database, EventStore, StoredDivisionDirectory } from '@hub/persistence';
import type { Kafka, Producer } from 'kafkajs';
import { FeedIntake } from './feed-intake';

export const EVENT_PRODUCER = Symbol('EVENT_PRODUCER');
/** The feeds' consumer progress: its health probe, and a close() for shutdown. */
export const FEED_PROGRESS = Symbol('FEED_PROGRESS');
/** Closes the consumer lag gauge's admin client. */
export const CLOSE_FEED_LAG = Symbol('CLOSE_FEED_LAG');

export const FEED_TOPICS = Object.values(FEEDS).map((f) => f.topic);
export const ingestGroupId = (c: HubConfig) => `${c.instance}.ingest`;

/** ingest's part of the core set: JIT off for its sessions (openDatabase says why). */
export const INGEST_CORE: HubCoreOptions = { noJit: true, whileDatabaseLost: 'queries wait for it to come back' };

/**
 * ingest's own providers (beside the core set of @hub/app-core), each built by a factory from the validated
 * configuration Nest injects: the producer, the division directory (loaded before the first batch), the
 * dead-letter publisher, the consumer's progress and lag, and the feed intake over them.
 */
export function ingestProviders(): Provider[] {
  return [
    {
      provide: EVENT_PRODUCER,
      // Not idempotent on purpose: a retried send may duplicate a normalized event, which the risk engine
      // dedupes by event id anyway, and concurrent partition batches can publish in parallel.
      useFactory: async (kafka: Kafka): Promise<Producer> => {
        const producer = kafka.producer();
        await producer.connect();
        return producer;
      },
      inject: [KAFKA],
    },
    {
      provide: StoredDivisionDirectory,
      useFactory: async (db: Database): Promise<StoredDivisionDirectory> => {
        const divisions = new StoredDivisionDirectory(db.pool);
        await divisions.refresh();
        return divisions;
      },
      inject: [DATABASE],
    },
    {
      provide: DeadLetterPublisher,
      useFactory: (producer: Producer, m: MetricsRegistry) => new DeadLetterPublisher(producer, 'hub-ingest@0.1.0', deadLetterCounter(m)),
      inject: [EVENT_PRODUCER, MetricsRegistry],
    },
    { provide: PartitionProgress, useFactory: () => new PartitionProgress() },
    {
      provide: FEED_PROGRESS,
      useFactory: (c: HubConfig, kafka: Kafka, progress: PartitionProgress) =>
        consumerProgressProbe(kafka, ingestGroupId(c), FEED_TOPICS, c.kafka.topicSuffix, progress, c.health.stallMs),
      inject: [HUB_CONFIG, KAFKA, PartitionProgress],
    },
    {
      provide: CLOSE_FEED_LAG,
      useFactory: (c: HubConfig, m: MetricsRegistry, kafka: Kafka) =>
        consumerLagMetric(m, kafka, ingestGroupId(c), FEED_TOPICS, c.kafka.topicSuffix),
      inject: [HUB_CONFIG, MetricsRegistry, KAFKA],
    },
    {
      provide: FeedIntake,
      useFactory: (
        c: HubConfig,
        db: Database,
        producer: Producer,
        deadLetters: DeadLetterPublisher,
        divisions: StoredDivisionDirectory,
        log: Logger,
        m: MetricsRegistry,
      ) =>
        new FeedIntake(
          new EventStore(db.pool),
          producer,
          deadLetters,
          { policy: c.ingest, identity: new PersonIdentity(c.privacy.personHashKey, c.privacy.rotationKeys), divisions },
          c.kafka.topicSuffix,
          log.child({ component: 'feed-intake' }),
          m,
        ),
      inject: [HUB_CONFIG, DATABASE, EVENT_PRODUCER, DeadLetterPublisher, StoredDivisionDirectory, LOGGER, MetricsRegistry],
    },
  ];
}
