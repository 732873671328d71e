import 'reflect-metadata';
import { loadHubConfig } from '@hub/config';
import { EscalationPolicy } from '@hub/domain';
import {
  createKafka,
  DispatchQueues,
  kafkaLogTo,
  pingKafka,
  pingRedis,
  queueMetrics,
  queueProgressProbe,
  redisConnectionOptions,
} from '@hub/messaging';
import { createLogger, MetricsRegistry, runHubApp } from '@hub/observability';
import { DeliveryStore, EventStore, GridTaskStore, openDatabase, pingDatabase, StoredAreaIndex, TaskEventLog } from '@hub/persistence';
import { dispatchCounters } from './dispatch-deps';
import { DispatchModule } from './dispatch.module';
import { DispatchReconciler } from './dispatch-reconciler';
import { HttpChannel } from './outbound-channel';
import { TaskEventRelay } from './task-event-relay';

/**
 * dispatch: BullMQ workers that route alerts to grids, run the closed loop's deadlines and escalations,
 * deliver messages to grid workers and duty officers, and publish task events.
 */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const log = createLogger('dispatch', config.log.level);
  const db = openDatabase(config.database.url, {
    applicationName: 'hub-dispatch',
    onError: (e) => log.warn({ component: 'postgres', err: e.message }, 'PostgreSQL connection lost; jobs retry until it is back'),
  });
  const metrics = new MetricsRegistry();
  const policy = EscalationPolicy.fromSpecs(config.dispatch.deadlines, config.dispatch.revisits, config.dispatch.supervisedFactor);
  const areas = new StoredAreaIndex(db.pool);
  const loaded = await areas.refresh();
  if (!loaded.grids)
    log.warn('no grids loaded: every alert will go to manual dispatch (run `npm run hubctl -- seed-areas` or import-areas)');
  const connection = redisConnectionOptions(config.redis.url);
  const queues = new DispatchQueues(connection, config.instance, {
    attempts: config.delivery.attempts,
    backoffMs: config.delivery.backoffMs,
  });
  queueMetrics(metrics, queues.queues.values());
  const tasks = new GridTaskStore(db.pool, { policy, workerCeiling: config.dispatch.workerCeiling });
  const reconciler = new DispatchReconciler(tasks, queues, config.dispatch.reconcileMs, log.child({ component: 'reconcile' }));
  const kafka = createKafka(config.kafka, kafkaLogTo(log.child({ component: 'kafkajs' })));
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const relay = new TaskEventRelay(
    new TaskEventLog(db.pool),
    producer,
    config.kafka.topicSuffix,
    config.dispatch.taskEventPollMs,
    log.child({ component: 'task-events' }),
  );

  await runHubApp({
    name: 'dispatch',
    healthPort: config.dispatch.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: (appLog) =>
      DispatchModule.forRoot(
        {
          tasks,
          deliveries: new DeliveryStore(db.pool),
          events: new EventStore(db.pool),
          areas,
          queues,
          channels: {
            webhook: new HttpChannel('webhook', config.delivery.webhookUrl, config.delivery.timeoutMs),
            sms: new HttpChannel('sms', config.delivery.smsUrl, config.delivery.timeoutMs),
          },
          reconciler,
          log: appLog.child({ component: 'dispatch' }),
          count: dispatchCounters(metrics),
        },
        {
          connection,
          prefix: config.instance,
          lockMs: config.dispatch.lockMs,
          webhookRatePerSecond: config.delivery.webhookRate,
          smsRatePerSecond: config.delivery.smsRate,
        },
        {
          kafka: () => pingKafka(kafka),
          postgres: () => pingDatabase(db.pool),
          redis: () => pingRedis(config.redis.url),
          queues: queueProgressProbe(queues.queues.values(), config.health.stallMs),
        },
        metrics,
      ),
    onShutdown: async () => {
      await relay.stop();
      await reconciler.stop();
      await Promise.all([queues.close(), producer.disconnect()]);
      await db.close();
    },
  });
  reconciler.watch(connection);
  relay.start();
  log.info({ divisions: loaded.divisions, grids: loaded.grids }, 'dispatch ready');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
