import { type DynamicModule, Module } from '@nestjs/common';
import { CONSUMER_PROGRESS, type ConsumerProgress, hubHealthModule, hubProvidersModule } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import type { MetricsRegistry } from '@hub/observability';
import { FeedIntakeController } from './feed-intake.controller';
import { INGEST_CORE, ingestProviders } from './ingest.providers';

/**
 * ingest as a Nest module: its providers built by factories from the validated configuration (one module,
 * exported to the health probes and the feed consumer's controller), the probes over the injected clients.
 */
@Module({})
export class IngestModule {
  static forRoot(config: HubConfig, metrics: MetricsRegistry): DynamicModule {
    const providers = hubProvidersModule('ingest', config, metrics, INGEST_CORE, ingestProviders());
    return {
      module: IngestModule,
      imports: [
        providers,
        hubHealthModule(providers, metrics, {
          inject: [CONSUMER_PROGRESS],
          useFactory: (feeds: ConsumerProgress) => ({ feeds: feeds.probe }),
        }),
      ],
      controllers: [FeedIntakeController],
    };
  }
}
