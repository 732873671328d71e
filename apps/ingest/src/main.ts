import 'reflect-metadata';
import { loadHubConfig } from '@hub/config';
import { FEEDS } from '@hub/contracts';
import { PersonIdentity } from '@hub/domain';
import {
  consumerLagMetric,
  consumerProgressProbe,
  consumerTuning,
  createKafka,
  DeadLetterPublisher,
  KafkaBatchTransport,
  kafkaLogTo,
  PartitionProgress,
  pingKafka,
  pingRedis,
} from '@hub/messaging';
import { createLogger, deadLetterCounter, MetricsRegistry, runHubApp } from '@hub/observability';
import { EventStore, openDatabase, pingDatabase, StoredDivisionDirectory } from '@hub/persistence';
import { FeedIntake } from './feed-intake';
import { IngestModule } from './ingest.module';

/** ingest: consumes the three upstream feeds, stores normalized events, publishes them for the risk engine. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const log = createLogger('ingest', config.log.level);
  const db = openDatabase(config.database.url, {
    applicationName: 'hub-ingest',
    noJit: true,
    onError: (e) => log.warn({ component: 'postgres', err: e.message }, 'PostgreSQL connection lost; queries wait for it to come back'),
  });
  const kafka = createKafka(config.kafka, kafkaLogTo(log.child({ component: 'kafkajs' })));
  // Not idempotent on purpose: a retried send may duplicate a normalized event, which the risk engine
  // dedupes by event id anyway, and concurrent partition batches can publish in parallel.
  const producer = kafka.producer();
  const divisions = new StoredDivisionDirectory(db.pool);
  const metrics = new MetricsRegistry();
  const groupId = `${config.instance}.ingest`;
  const feedTopics = Object.values(FEEDS).map((f) => f.topic);
  const closeLag = consumerLagMetric(metrics, kafka, groupId, feedTopics, config.kafka.topicSuffix);
  const progress = new PartitionProgress();
  const feedProgress = consumerProgressProbe(kafka, groupId, feedTopics, config.kafka.topicSuffix, progress, config.health.stallMs);
  const deadLetters = new DeadLetterPublisher(producer, 'hub-ingest@0.1.0', deadLetterCounter(metrics));
  await producer.connect();
  await divisions.refresh();

  await runHubApp({
    name: 'ingest',
    healthPort: config.ingest.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: (log) =>
      IngestModule.forRoot(
        new FeedIntake(
          new EventStore(db.pool),
          producer,
          deadLetters,
          { policy: config.ingest, identity: new PersonIdentity(config.privacy.personHashKey, config.privacy.rotationKeys), divisions },
          config.kafka.topicSuffix,
          log.child({ component: 'feed-intake' }),
          metrics,
        ),
        {
          kafka: () => pingKafka(kafka),
          postgres: () => pingDatabase(db.pool),
          redis: () => pingRedis(config.redis),
          feeds: feedProgress.probe,
        },
        metrics,
      ),
    transport: (appLog) =>
      new KafkaBatchTransport(kafka, {
        deadLetters,
        progress,
        log: appLog.child({ component: 'feed-consumer' }),
        groupId,
        topics: feedTopics,
        topicSuffix: config.kafka.topicSuffix,
        ...consumerTuning(config.kafka),
        // maxBytesPerPartition is checked at start-up to stay above INGEST_MAX_MESSAGE_BYTES: an oversized message is still read and dead-lettered.
        partitionsConsumedConcurrently: config.ingest.partitionConcurrency,
      }),
    onShutdown: async () => {
      await Promise.all([closeLag(), feedProgress.close()]);
      await producer.disconnect();
      await db.close();
    },
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
