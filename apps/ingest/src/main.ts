import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DATABASE, KAFKA } from '@hub/app-core';
import { loadHubConfig } from '@hub/config';
import { consumerTuning, type consumerProgressProbe, DeadLetterPublisher, KafkaBatchTransport, PartitionProgress } from '@hub/messaging';
import { MetricsRegistry, runHubApp } from '@hub/observability';
import type { Database } from '@hub/persistence';
import type { Kafka, Producer } from 'kafkajs';
import { IngestModule } from './ingest.module';
import { CLOSE_FEED_LAG, EVENT_PRODUCER, FEED_PROGRESS, FEED_TOPICS, ingestGroupId } from './ingest.providers';

/** ingest: consumes the three upstream feeds, stores normalized events, publishes them for the risk engine. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const app: INestApplication = await runHubApp({
    name: 'ingest',
    healthPort: config.ingest.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: () => IngestModule.forRoot(config, new MetricsRegistry()),
    transport: (log, nest) =>
      new KafkaBatchTransport(nest.get<Kafka>(KAFKA), {
        deadLetters: nest.get(DeadLetterPublisher),
        progress: nest.get(PartitionProgress),
        log: log.child({ component: 'feed-consumer' }),
        groupId: ingestGroupId(config),
        topics: FEED_TOPICS,
        topicSuffix: config.kafka.topicSuffix,
        ...consumerTuning(config.kafka),
        // maxBytesPerPartition is checked at start-up to stay above INGEST_MAX_MESSAGE_BYTES: an oversized message is still read and dead-lettered.
        partitionsConsumedConcurrently: config.ingest.partitionConcurrency,
      }),
    // After the consumer stopped and committed (app.close): the lag and progress clients, the producer, the database.
    onShutdown: async () => {
      await Promise.all([
        app.get<() => Promise<void>>(CLOSE_FEED_LAG)(),
        app.get<ReturnType<typeof consumerProgressProbe>>(FEED_PROGRESS).close(),
      ]);
      await app.get<Producer>(EVENT_PRODUCER).disconnect();
      await app.get<Database>(DATABASE).close();
    },
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
