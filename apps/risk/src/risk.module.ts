import { Controller, type DynamicModule, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { HubConfig } from '@hub/config';
import { Topic } from '@hub/contracts';
import { type consumerProgressProbe, type InboundBatch, pingKafka, pingRedis } from '@hub/messaging';
import { exportingAll, HealthModule, type MetricsRegistry } from '@hub/observability';
import { type Database, Outbox, pingDatabase } from '@hub/persistence';
import type { Kafka } from 'kafkajs';
import { RiskIntake } from './risk-intake';
import { DATABASE, EVENT_PROGRESS, HUB_CONFIG, KAFKA, riskProviders } from './risk.providers';

@Controller()
export class NormalizedEventController {
  constructor(private readonly intake: RiskIntake) {}

  @EventPattern(Topic.NormalizedEvent)
  normalized(@Payload() batch: InboundBatch): Promise<void> {
    return this.intake.take(batch);
  }
}

@Module({})
class RiskProvidersModule {}

/**
 * risk as a Nest module: its providers built by factories from the validated configuration (one module,
 * exported to the health probes and the event consumer's controller), the probes over the injected clients.
 */
@Module({})
export class RiskModule {
  static forRoot(config: HubConfig, metrics: MetricsRegistry): DynamicModule {
    const core = exportingAll(RiskProvidersModule, riskProviders(config, metrics));
    return {
      module: RiskModule,
      imports: [
        core,
        HealthModule.forProbesAsync(
          {
            imports: [core],
            inject: [HUB_CONFIG, DATABASE, KAFKA, EVENT_PROGRESS, Outbox],
            useFactory: (c: HubConfig, db: Database, kafka: Kafka, events: ReturnType<typeof consumerProgressProbe>, outbox: Outbox) => ({
              kafka: () => pingKafka(kafka),
              postgres: () => pingDatabase(db.pool),
              redis: () => pingRedis(c.redis),
              events: events.probe,
              outbox: async () => {
                const age = await outbox.oldestPendingAgeSeconds();
                if (age * 1000 >= c.health.stallMs)
                  throw new Error(`the oldest alert not handed to dispatch has waited ${Math.round(age)} s`);
                return { oldestPendingSeconds: age };
              },
            }),
          },
          metrics,
        ),
      ],
      controllers: [NormalizedEventController],
    };
  }
}
