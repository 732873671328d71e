import 'reflect-metadata';
import { Queue } from 'bullmq';
import { loadHubConfig } from '@hub/config';
import { QueueName, Topic } from '@hub/contracts';
import { riskRules } from '@hub/domain';
import { createKafka, DeadLetterPublisher, KafkaBatchTransport, pingKafka, pingRedis, redisConnectionOptions } from '@hub/messaging';
import { createLogger, MetricsRegistry, runHubApp } from '@hub/observability';
import { AssessmentStore, openDatabase, Outbox, pingDatabase } from '@hub/persistence';
import { withJieba } from '@hub/segmentation';
import { OutboxRelay } from './outbox-relay';
import { RiskIntake } from './risk-intake';
import { RiskModule } from './risk.module';

/** risk: classifies and scores normalized events, stores assessments, relays alerts to dispatch. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const db = openDatabase(config.database.url, { applicationName: 'hub-risk' });
  const kafka = createKafka(config.kafka);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const metrics = new MetricsRegistry();
  // Producer-side connection fails fast while Redis is down, so the relay backs off instead of hanging.
  const queue = new Queue(QueueName.GridAlerts, {
    connection: { ...redisConnectionOptions(config.redis.url), maxRetriesPerRequest: 1, enableOfflineQueue: false },
    prefix: config.instance,
  });
  queue.on('error', () => undefined); // reported by the relay and the health check
  const relay = new OutboxRelay(
    new Outbox(db.pool),
    new Map([[QueueName.GridAlerts, queue]]),
    config.risk.outboxPollMs,
    createLogger('risk', config.log.level).child({ component: 'outbox-relay' }),
  );
  await producer.connect();

  await runHubApp({
    name: 'risk',
    healthPort: config.risk.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: (log) =>
      RiskModule.forRoot(
        new RiskIntake(
          new AssessmentStore(db.pool),
          new DeadLetterPublisher(producer, 'hub-risk@0.1.0'),
          withJieba(riskRules(config.risk.rulesVersion)),
          config.kafka.topicSuffix,
          log.child({ component: 'risk-intake' }),
          metrics,
          () => relay.nudge(),
        ),
        {
          kafka: () => pingKafka(kafka),
          postgres: () => pingDatabase(db.pool),
          redis: () => pingRedis(config.redis.url),
        },
        metrics,
      ),
    transport: () =>
      new KafkaBatchTransport(kafka, {
        groupId: `${config.instance}.risk`,
        topics: [Topic.NormalizedEvent],
        topicSuffix: config.kafka.topicSuffix,
        sessionTimeout: config.kafka.sessionTimeoutMs,
        partitionsConsumedConcurrently: config.risk.partitionConcurrency,
      }),
    onShutdown: async () => {
      await relay.stop();
      await Promise.all([producer.disconnect(), queue.close()]);
      await db.close();
    },
  });
  relay.start();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
