import 'reflect-metadata';
import { loadHubConfig } from '@hub/config';
import { pingRedis, redisConnectionOptions } from '@hub/messaging';
import { MetricsRegistry, runHubApp } from '@hub/observability';
import { GridTaskStore, openDatabase, pingDatabase } from '@hub/persistence';
import { DispatchModule } from './dispatch.module';

/** dispatch: BullMQ workers that turn alerts into grid tasks (and, later, deliveries and escalations). */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const db = openDatabase(config.database.url, { applicationName: 'hub-dispatch' });
  const metrics = new MetricsRegistry();
  await runHubApp({
    name: 'dispatch',
    healthPort: config.dispatch.healthPort,
    logLevel: config.log.level,
    module: (log) =>
      DispatchModule.forRoot({
        connection: redisConnectionOptions(config.redis.url),
        prefix: config.instance,
        tasks: new GridTaskStore(db.pool),
        log: log.child({ component: 'grid-alerts' }),
        probes: { postgres: () => pingDatabase(db.pool), redis: () => pingRedis(config.redis.url) },
        metrics,
      }),
    onShutdown: () => db.close(),
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
