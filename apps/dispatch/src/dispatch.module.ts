import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { QueueName } from '@hub/contracts';
import type { RedisConnection } from '@hub/messaging';
import { type DependencyProbe, HealthModule, type Logger, type MetricsRegistry } from '@hub/observability';
import { GridTaskStore } from '@hub/persistence';
import { DISPATCH_LOG, GridAlertProcessor } from './grid-alert.processor';

export interface DispatchDeps {
  connection: RedisConnection;
  prefix: string;
  tasks: GridTaskStore;
  log: Logger;
  probes: Record<string, DependencyProbe>;
  metrics: MetricsRegistry;
}

@Module({})
export class DispatchModule {
  static forRoot(d: DispatchDeps): DynamicModule {
    return {
      module: DispatchModule,
      imports: [
        HealthModule.forProbes(d.probes, d.metrics),
        BullModule.forRoot({
          connection: d.connection,
          prefix: d.prefix,
          defaultJobOptions: {
            attempts: 8,
            backoff: { type: 'exponential', delay: 1_000 },
            removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
            removeOnFail: false,
          },
        }),
        BullModule.registerQueue({ name: QueueName.GridAlerts }),
      ],
      providers: [{ provide: GridTaskStore, useValue: d.tasks }, { provide: DISPATCH_LOG, useValue: d.log }, GridAlertProcessor],
    };
  }
}
