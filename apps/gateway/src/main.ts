import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DATABASE } from '@hub/app-core';
import { ConfigError, loadHubConfig } from '@hub/config';
import { DispatchQueues } from '@hub/messaging';
import { MetricsRegistry, runHubApp } from '@hub/observability';
import type { Database } from '@hub/persistence';
import { AlertFeed } from './console/alert-feed';
import { GatewayModule } from './gateway.module';

/** gateway: the HTTP API for duty officers, grid workers, centre leaders, operations, auditors and upstreams. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  if (!config.oidc) throw new ConfigError(['OIDC_ISSUER: the gateway needs the city’s identity provider (its issuer URL)']);
  const app: INestApplication = await runHubApp({
    name: 'gateway',
    healthPort: config.gateway.port,
    http: config.http,
    logLevel: config.log.level,
    module: () => GatewayModule.forRoot(config, new MetricsRegistry()),
    // After the HTTP server closed (app.close): the live feed, the queues, then the database.
    onShutdown: async () => {
      await app.get(AlertFeed).close();
      await app.get(DispatchQueues).close();
      await app.get<Database>(DATABASE).close();
    },
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
