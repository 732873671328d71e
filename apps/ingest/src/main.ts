import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { closeConsumerClients, consumerTransport, DATABASE } from '@hub/app-core';
import { loadHubConfig } from '@hub/config';
import { MetricsRegistry, runHubApp } from '@hub/observability';
import type { Database } from '@hub/persistence';
import { IngestModule } from './ingest.module';
import { INGEST_CONSUMER } from './ingest.providers';

/** ingest: consumes the three upstream feeds, stores normalized events, publishes them for the risk engine. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const app: INestApplication = await runHubApp({
    name: 'ingest',
    healthPort: config.ingest.healthPort,
    http: config.http,
    logLevel: config.log.level,
    module: () => IngestModule.forRoot(config, new MetricsRegistry()),
    transport: consumerTransport(INGEST_CONSUMER, config, config.ingest.partitionConcurrency),
    // After the consumer stopped and committed (app.close): the lag and progress clients, the producer, the database.
    onShutdown: async () => {
      await closeConsumerClients(app);
      await app.get<Database>(DATABASE).close();
    },
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
