import type { INestApplication, Provider } from '@nestjs/common';
import type { HubConfig } from '@hub/config';
import type { Topic } from '@hub/contracts';
import {
  consumerLagMetric,
  consumerProgressProbe,
  consumerTuning,
  DeadLetterPublisher,
  KafkaBatchTransport,
  PartitionProgress,
} from '@hub/messaging';
import { deadLetterCounter, type Logger, MetricsRegistry } from '@hub/observability';
import type { Kafka, Producer } from 'kafkajs';
import type { HubAppName } from './hub-core';
import { untilAvailable } from './start-up';
import { HUB_CONFIG, KAFKA, LOGGER } from './tokens';

/** The Kafka producer of an app that consumes Kafka: its dead letters (and what ingest publishes). */
export const PRODUCER = Symbol('PRODUCER');
/** The consumer's progress: its health probe, and a close() for shutdown. */
export const CONSUMER_PROGRESS = Symbol('CONSUMER_PROGRESS');
/** Closes the consumer lag gauge's admin client. */
export const CLOSE_CONSUMER_LAG = Symbol('CLOSE_CONSUMER_LAG');

export type ConsumerProgress = ReturnType<typeof consumerProgressProbe>;

/** An app's Kafka consumer: the topics it reads and its name in the logs. */
export interface ConsumerSpec {
  app: HubAppName;
  topics: Topic[];
  component: string;
}

/** The consumer group of an app, one per hub instance. */
export const consumerGroupId = (app: HubAppName, c: HubConfig) => `${c.instance}.${app}`;

/**
 * What an app that consumes Kafka has beside the core set, each built by a factory: the producer, the
 * dead-letter publisher over it, the partitions' progress, the consumer's health probe and lag gauge.
 */
export function consumerProviders({ app, topics }: ConsumerSpec): Provider[] {
  return [
    {
      provide: PRODUCER,
      // acks=all on every send (sendInChunks), not idempotent: kafkajs' idempotent producer sticks after a broker
      // failover (tulios/kafkajs#598). A retried send may repeat a message, which risk dedupes by event id, and
      // concurrent partition batches can publish in parallel.
      useFactory: async (kafka: Kafka, log: Logger): Promise<Producer> => {
        const producer = kafka.producer();
        await untilAvailable('connecting the producer', () => producer.connect(), log);
        return producer;
      },
      inject: [KAFKA, LOGGER],
    },
    {
      provide: DeadLetterPublisher,
      useFactory: (producer: Producer, m: MetricsRegistry) => new DeadLetterPublisher(producer, `hub-${app}@0.1.0`, deadLetterCounter(m)),
      inject: [PRODUCER, MetricsRegistry],
    },
    { provide: PartitionProgress, useFactory: () => new PartitionProgress() },
    {
      provide: CONSUMER_PROGRESS,
      useFactory: (c: HubConfig, kafka: Kafka, progress: PartitionProgress): ConsumerProgress =>
        consumerProgressProbe(kafka, consumerGroupId(app, c), topics, c.kafka.topicSuffix, progress, c.health.stallMs),
      inject: [HUB_CONFIG, KAFKA, PartitionProgress],
    },
    {
      provide: CLOSE_CONSUMER_LAG,
      useFactory: (c: HubConfig, m: MetricsRegistry, kafka: Kafka) =>
        consumerLagMetric(m, kafka, consumerGroupId(app, c), topics, c.kafka.topicSuffix),
      inject: [HUB_CONFIG, MetricsRegistry, KAFKA],
    },
  ];
}

/** The batch consumer of the app's topics over its injected clients, for runHubApp to start once the app is ready. */
export function consumerTransport(
  { app, topics, component }: ConsumerSpec,
  config: HubConfig,
  partitionsConsumedConcurrently: number,
): (log: Logger, nest: INestApplication) => KafkaBatchTransport {
  return (log, nest) =>
    new KafkaBatchTransport(nest.get<Kafka>(KAFKA), {
      deadLetters: nest.get(DeadLetterPublisher),
      progress: nest.get(PartitionProgress),
      log: log.child({ component }),
      groupId: consumerGroupId(app, config),
      topics,
      topicSuffix: config.kafka.topicSuffix,
      // maxBytesPerPartition is checked at start-up to stay above INGEST_MAX_MESSAGE_BYTES: an oversized message is still read and dead-lettered.
      ...consumerTuning(config.kafka),
      partitionsConsumedConcurrently,
    });
}

/** After the consumer stopped and committed (app.close): its lag and progress clients, then the producer. */
export async function closeConsumerClients(nest: INestApplication): Promise<void> {
  await Promise.all([nest.get<() => Promise<void>>(CLOSE_CONSUMER_LAG)(), nest.get<ConsumerProgress>(CONSUMER_PROGRESS).close()]);
  await nest.get<Producer>(PRODUCER).disconnect();
}
