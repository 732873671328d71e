import { Controller, type DynamicModule, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topic } from '@hub/contracts';
import type { InboundBatch } from '@hub/messaging';
import { type DependencyProbe, HealthModule, type MetricsRegistry } from '@hub/observability';
import { RiskIntake } from './risk-intake';

@Controller()
export class NormalizedEventController {
  constructor(private readonly intake: RiskIntake) {}

  @EventPattern(Topic.NormalizedEvent)
  normalized(@Payload() batch: InboundBatch): Promise<void> {
    return this.intake.take(batch);
  }
}

@Module({})
export class RiskModule {
  static forRoot(intake: RiskIntake, probes: Record<string, DependencyProbe>, metrics: MetricsRegistry): DynamicModule {
    return {
      module: RiskModule,
      imports: [HealthModule.forProbes(probes, metrics)],
      controllers: [NormalizedEventController],
      providers: [{ provide: RiskIntake, useValue: intake }],
    };
  }
}
