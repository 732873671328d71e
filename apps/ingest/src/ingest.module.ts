import { type DynamicModule, Module } from '@nestjs/common';
import type { HubConfig } from '@hub/config';
import { type consumerProgressProbe, pingKafka, pingRedis } from '@hub/messaging';
import { exportingAll, HealthModule, type MetricsRegistry } from '@hub/observability';
import { type Database, pingDatabase } from '@hub/persistence';
import type { Kafka } from 'kafkajs';
import { FeedIntakeController } from './feed-intake.controller';
import { DATABASE, FEED_PROGRESS, HUB_CONFIG, ingestProviders, KAFKA } from './ingest.providers';

@Module({})
class IngestProvidersModule {}

/**
 * ingest as a Nest module: its providers built by factories from the validated configuration (one module,
 * exported to the health probes and the feed consumer's controller), the probes over the injected clients.
 */
@Module({})
export class IngestModule {
  static forRoot(config: HubConfig, metrics: MetricsRegistry): DynamicModule {
    const core = exportingAll(IngestProvidersModule, ingestProviders(config, metrics));
    return {
      module: IngestModule,
      imports: [
        core,
        HealthModule.forProbesAsync(
          {
            imports: [core],
            inject: [HUB_CONFIG, DATABASE, KAFKA, FEED_PROGRESS],
            useFactory: (c: HubConfig, db: Database, kafka: Kafka, feeds: ReturnType<typeof consumerProgressProbe>) => ({
              kafka: () => pingKafka(kafka),
              postgres: () => pingDatabase(db.pool),
              redis: () => pingRedis(c.redis),
              feeds: feeds.probe,
            }),
          },
          metrics,
        ),
      ],
      controllers: [FeedIntakeController],
    };
  }
}
