import { type DynamicModule, Module } from '@nestjs/common';
import { type DependencyProbe, HealthModule, type MetricsRegistry } from '@hub/observability';
import { FeedIntake } from './feed-intake';
import { FeedIntakeController } from './feed-intake.controller';

@Module({})
export class IngestModule {
  static forRoot(intake: FeedIntake, probes: Record<string, DependencyProbe>, metrics: MetricsRegistry): DynamicModule {
    return {
      module: IngestModule,
      imports: [HealthModule.forProbes(probes, metrics)],
      controllers: [FeedIntakeController],
      providers: [{ provide: FeedIntake, useValue: intake }],
    };
  }
}
