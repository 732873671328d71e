import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DATABASE, KAFKA } from '@hub/app-core';
import { loadHubConfig } from '@hub/config';
import {
  consumerTuning,
  type consumerProgressProbe,
  DeadLetterPublisher,
  KafkaBatchTransport,
  OutboxRelay,
  PartitionProgress,
  redisConnectionOptions,
} from '@hub/messaging';
import { MetricsRegistry, runHubApp } from '@hub/observability';
import type { Database } from '@hub/persistence';
import type { Kafka, Producer } from 'kafkajs';
import { RiskModule } from './risk.module';
import { CLOSE_EVENT_LAG, DEAD_LETTER_PRODUCER, EVENT_PROGRESS, EVENT_TOPICS, GRID_ALERT_QUEUE, riskGroupId } from './risk.providers';

/** risk: classifies and scores normalized events, stores assessments, relays alerts to dispatch. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const app: INestApplication = await runHubApp({
    name: 'risk',
    healthPort: config.risk.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: () => RiskModule.forRoot(config, new MetricsRegistry()),
    transport: (log, nest) =>
      new KafkaBatchTransport(nest.get<Kafka>(KAFKA), {
        deadLetters: nest.get(DeadLetterPublisher),
        progress: nest.get(PartitionProgress),
        log: log.child({ component: 'event-consumer' }),
        groupId: riskGroupId(config),
        topics: EVENT_TOPICS,
        topicSuffix: config.kafka.topicSuffix,
        ...consumerTuning(config.kafka),
        partitionsConsumedConcurrently: config.risk.partitionConcurrency,
      }),
    // After the consumer stopped and committed (app.close): the relay, then the clients, then the database.
    onShutdown: async () => {
      await app.get(OutboxRelay).stop();
      await Promise.all([
        app.get<Producer>(DEAD_LETTER_PRODUCER).disconnect(),
        app.get<Queue>(GRID_ALERT_QUEUE).close(),
        app.get<() => Promise<void>>(CLOSE_EVENT_LAG)(),
        app.get<ReturnType<typeof consumerProgressProbe>>(EVENT_PROGRESS).close(),
      ]);
      await app.get<Database>(DATABASE).close();
    },
  });
  const relay = app.get(OutboxRelay);
  relay.start();
  relay.watch(redisConnectionOptions(config.redis));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
