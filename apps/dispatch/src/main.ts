import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DATABASE, LOGGER } from '@hub/app-core';
import { loadHubConfig } from '@hub/config';
import { DispatchQueues, redisConnectionOptions } from '@hub/messaging';
import { type Logger, MetricsRegistry, runHubApp } from '@hub/observability';
import type { Database } from '@hub/persistence';
import type { Producer } from 'kafkajs';
import { DispatchReconciler } from './dispatch-reconciler';
import { TASK_EVENT_PRODUCER } from './dispatch.providers';
import { DispatchModule } from './dispatch.module';
import { TaskEventRelay } from './task-event-relay';

/**
 * dispatch: BullMQ workers that route alerts to grids, run the closed loop's deadlines and escalations,
 * deliver messages to grid workers and duty officers, and publish task events.
 */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const metrics = new MetricsRegistry();
  const app: INestApplication = await runHubApp({
    name: 'dispatch',
    healthPort: config.dispatch.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: () => DispatchModule.forRoot(config, metrics),
    // After the workers closed (app.close): stop the relays, then the connections they use.
    onShutdown: async () => {
      await app.get(TaskEventRelay).stop();
      await app.get(DispatchReconciler).stop();
      await Promise.all([app.get(DispatchQueues).close(), app.get<Producer>(TASK_EVENT_PRODUCER).disconnect()]);
      await app.get<Database>(DATABASE).close();
    },
  });
  app.get(DispatchReconciler).watch(redisConnectionOptions(config.redis));
  app.get(TaskEventRelay).start();
  app.get<Logger>(LOGGER).info('dispatch ready');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
