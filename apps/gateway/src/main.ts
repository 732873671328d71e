import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { Queue } from 'bullmq';
import { loadHubConfig } from '@hub/config';
import { QueueName } from '@hub/contracts';
import { createKafka, pingKafka, pingRedis, redisConnectionOptions } from '@hub/messaging';
import { HealthModule, MetricsRegistry, runHubApp } from '@hub/observability';
import { AssessmentStore, openDatabase, pingDatabase } from '@hub/persistence';
import { GATEWAY_ASSESSMENTS, GATEWAY_POOL, GATEWAY_QUEUES, OperationsController } from './operations.controller';

@Module({})
class GatewayModule {
  static forRoot(providers: { pool: unknown; queues: Queue[]; assessments: AssessmentStore }, health: DynamicModule): DynamicModule {
    return {
      module: GatewayModule,
      imports: [health],
      controllers: [OperationsController],
      providers: [
        { provide: GATEWAY_POOL, useValue: providers.pool },
        { provide: GATEWAY_QUEUES, useValue: providers.queues },
        { provide: GATEWAY_ASSESSMENTS, useValue: providers.assessments },
      ],
    };
  }
}

/** gateway: the HTTP API for duty officers, grid workers and operations staff. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const db = openDatabase(config.database.url, { applicationName: 'hub-gateway' });
  const kafka = createKafka(config.kafka);
  const connection = { ...redisConnectionOptions(config.redis.url), maxRetriesPerRequest: 1, enableOfflineQueue: false };
  const queues = Object.values(QueueName).map((name) => new Queue(name, { connection, prefix: config.instance }));
  queues.forEach((q) => q.on('error', () => undefined));
  const metrics = new MetricsRegistry();
  await runHubApp({
    name: 'gateway',
    healthPort: config.gateway.port,
    logLevel: config.log.level,
    module: () =>
      GatewayModule.forRoot(
        { pool: db.pool, queues, assessments: new AssessmentStore(db.pool) },
        HealthModule.forProbes(
          { kafka: () => pingKafka(kafka), postgres: () => pingDatabase(db.pool), redis: () => pingRedis(config.redis.url) },
          metrics,
        ),
      ),
    onShutdown: async () => {
      await Promise.all(queues.map((q) => q.close()));
      await db.close();
    },
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
