import { Controller, type DynamicModule, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CONSUMER_PROGRESS, type ConsumerProgress, HUB_CONFIG, hubHealthModule, hubProvidersModule } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { Topic } from '@hub/contracts';
import type { InboundBatch } from '@hub/messaging';
import type { MetricsRegistry } from '@hub/observability';
import { Outbox } from '@hub/persistence';
import { RiskIntake } from './risk-intake';
import { RISK_CORE, riskProviders } from './risk.providers';

@Controller()
export class NormalizedEventController {
  constructor(private readonly intake: RiskIntake) {}

  @EventPattern(Topic.NormalizedEvent)
  normalized(@Payload() batch: InboundBatch): Promise<void> {
    return this.intake.take(batch);
  }
}

/**
 * risk as a Nest module: its providers built by factories from the validated configuration (one module,
 * exported to the health probes and the event consumer's controller), the probes over the injected clients.
 */
@Module({})
export class RiskModule {
  static forRoot(config: HubConfig, metrics: MetricsRegistry): DynamicModule {
    const providers = hubProvidersModule('risk', config, metrics, RISK_CORE, riskProviders());
    return {
      module: RiskModule,
      imports: [
        providers,
        hubHealthModule(providers, metrics, {
          inject: [HUB_CONFIG, CONSUMER_PROGRESS, Outbox],
          useFactory: (c: HubConfig, events: ConsumerProgress, outbox: Outbox) => ({
            events: events.probe,
            outbox: async () => {
              const age = await outbox.oldestPendingAgeSeconds();
              if (age * 1000 >= c.health.stallMs)
                throw new Error(`the oldest alert not handed to dispatch has waited ${Math.round(age)} s`);
              return { oldestPendingSeconds: age };
            },
          }),
        }),
      ],
      controllers: [NormalizedEventController],
    };
  }
}
