import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { closeConsumerClients, consumerTransport, DATABASE } from '@hub/app-core';
import { loadHubConfig } from '@hub/config';
import { OutboxRelay, redisConnectionOptions } from '@hub/messaging';
import { MetricsRegistry, runHubApp } from '@hub/observability';
import type { Database } from '@hub/persistence';
import { RiskModule } from './risk.module';
import { GRID_ALERT_QUEUE, RISK_CONSUMER } from './risk.providers';

/** risk: classifies and scores normalized events, stores assessments, relays alerts to dispatch. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const app: INestApplication = await runHubApp({
    name: 'risk',
    healthPort: config.risk.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: () => RiskModule.forRoot(config, new MetricsRegistry()),
    transport: consumerTransport(RISK_CONSUMER, config, config.risk.partitionConcurrency),
    // After the consumer stopped and committed (app.close): the relay, then the clients, then the database.
    onShutdown: async () => {
      await app.get(OutboxRelay).stop();
      await Promise.all([app.get<Queue>(GRID_ALERT_QUEUE).close(), closeConsumerClients(app)]);
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
