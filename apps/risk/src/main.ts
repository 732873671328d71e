import 'reflect-metadata';
import { Queue } from 'bullmq';
import { loadHubConfig } from '@hub/config';
import { QueueName, Topic } from '@hub/contracts';
import { riskRules } from '@hub/domain';
import {
  consumerLagMetric,
  consumerProgressProbe,
  consumerTuning,
  createKafka,
  kafkaLogTo,
  PartitionProgress,
  DeadLetterPublisher,
  KafkaBatchTransport,
  pingKafka,
  pingRedis,
  redisConnectionOptions,
  OutboxRelay,
} from '@hub/messaging';
import { createLogger, deadLetterCounter, MetricsRegistry, runHubApp } from '@hub/observability';
import { AssessmentStore, openDatabase, Outbox, pingDatabase } from '@hub/persistence';
import { withJieba } from '@hub/segmentation';
import { RiskIntake } from './risk-intake';
import { RiskModule } from './risk.module';

/** risk: classifies and scores normalized events, stores assessments, relays alerts to dispatch. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const log = createLogger('risk', config.log.level);
  const db = openDatabase(config.database.url, {
    applicationName: 'hub-risk',
    noJit: true,
    onError: (e) => log.warn({ component: 'postgres', err: e.message }, 'PostgreSQL connection lost; queries wait for it to come back'),
  });
  const kafka = createKafka(config.kafka, kafkaLogTo(log.child({ component: 'kafkajs' })));
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const metrics = new MetricsRegistry();
  const groupId = `${config.instance}.risk`;
  const closeLag = consumerLagMetric(metrics, kafka, groupId, [Topic.NormalizedEvent], config.kafka.topicSuffix);
  const progress = new PartitionProgress();
  const eventProgress = consumerProgressProbe(
    kafka,
    groupId,
    [Topic.NormalizedEvent],
    config.kafka.topicSuffix,
    progress,
    config.health.stallMs,
  );
  const deadLetters = new DeadLetterPublisher(producer, 'hub-risk@0.1.0', deadLetterCounter(metrics));
  const outbox = new Outbox(db.pool);
  metrics.gauge('hub_outbox_backlog', 'Alerts stored but not yet handed to dispatch’s queue (outbox rows not relayed)', [], async (set) =>
    set({}, await outbox.pendingCount()),
  );
  metrics.gauge(
    'hub_outbox_oldest_pending_age_seconds',
    'Age of the oldest outbox row not yet relayed, 0 when none waits',
    [],
    async (set) => set({}, await outbox.oldestPendingAgeSeconds()),
  );
  // Producer-side connection fails fast while Redis is down, so the relay backs off instead of hanging.
  const queue = new Queue(QueueName.GridAlerts, {
    connection: { ...redisConnectionOptions(config.redis), maxRetriesPerRequest: 1, enableOfflineQueue: false },
    prefix: config.instance,
  });
  queue.on('error', () => undefined); // reported by the relay and the health check
  const relay = new OutboxRelay(
    outbox,
    new Map([[QueueName.GridAlerts, queue]]),
    config.risk.outboxPollMs,
    log.child({ component: 'outbox-relay' }),
    config.risk.outboxReplayHours * 3_600_000,
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
          deadLetters,
          withJieba(riskRules(config.risk.rulesVersion)),
          config.kafka.topicSuffix,
          log.child({ component: 'risk-intake' }),
          metrics,
          () => relay.nudge(),
        ),
        {
          kafka: () => pingKafka(kafka),
          postgres: () => pingDatabase(db.pool),
          redis: () => pingRedis(config.redis),
          events: eventProgress.probe,
          outbox: async () => {
            const age = await outbox.oldestPendingAgeSeconds();
            if (age * 1000 >= config.health.stallMs)
              throw new Error(`the oldest alert not handed to dispatch has waited ${Math.round(age)} s`);
            return { oldestPendingSeconds: age };
          },
        },
        metrics,
      ),
    transport: (appLog) =>
      new KafkaBatchTransport(kafka, {
        deadLetters,
        progress,
        log: appLog.child({ component: 'event-consumer' }),
        groupId,
        topics: [Topic.NormalizedEvent],
        topicSuffix: config.kafka.topicSuffix,
        ...consumerTuning(config.kafka),
        partitionsConsumedConcurrently: config.risk.partitionConcurrency,
      }),
    onShutdown: async () => {
      await relay.stop();
      await Promise.all([producer.disconnect(), queue.close(), closeLag(), eventProgress.close()]);
      await db.close();
    },
  });
  relay.start();
  relay.watch(redisConnectionOptions(config.redis));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
