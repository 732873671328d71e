import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { loadHubConfig } from '@hub/config';
import { EscalationPolicy } from '@hub/domain';
import { createKafka, DispatchQueues, pingKafka, pingRedis, redisConnectionOptions } from '@hub/messaging';
import { createLogger, HealthModule, MetricsRegistry, runHubApp } from '@hub/observability';
import { AccessAuditLog, AssessmentStore, DeliveryStore, GridTaskStore, openDatabase, pingDatabase } from '@hub/persistence';
import { ACCESS_AUDIT, AccessAuditInterceptor, type AccessAuditDeps } from './access-audit.interceptor';
import { GATEWAY_ASSESSMENTS, GATEWAY_POOL, GATEWAY_QUEUES, OperationsController } from './operations.controller';
import { TASKS_DEPS, TasksController, type TasksDeps } from './tasks.controller';

@Module({})
class GatewayModule {
  static forRoot(
    providers: { assessments: AssessmentStore; tasks: TasksDeps; audit: AccessAuditDeps },
    health: DynamicModule,
  ): DynamicModule {
    return {
      module: GatewayModule,
      imports: [health],
      controllers: [OperationsController, TasksController],
      providers: [
        { provide: GATEWAY_POOL, useValue: providers.tasks.pool },
        { provide: GATEWAY_QUEUES, useValue: [...providers.tasks.queues.queues.values()] },
        { provide: GATEWAY_ASSESSMENTS, useValue: providers.assessments },
        { provide: TASKS_DEPS, useValue: providers.tasks },
        { provide: ACCESS_AUDIT, useValue: providers.audit },
        { provide: APP_INTERCEPTOR, useClass: AccessAuditInterceptor },
      ],
    };
  }
}

/** gateway: the HTTP API for duty officers, grid workers and operations staff. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const db = openDatabase(config.database.url, { applicationName: 'hub-gateway' });
  const kafka = createKafka(config.kafka);
  // Fail fast while Redis is down: the change is committed, and dispatch's reconcile schedules it later.
  const connection = { ...redisConnectionOptions(config.redis.url), maxRetriesPerRequest: 1, enableOfflineQueue: false };
  const queues = new DispatchQueues(connection, config.instance, {
    attempts: config.delivery.attempts,
    backoffMs: config.delivery.backoffMs,
  });
  const policy = EscalationPolicy.fromSpecs(config.dispatch.deadlines, config.dispatch.revisits, config.dispatch.supervisedFactor);
  const log = createLogger('gateway', config.log.level);
  const metrics = new MetricsRegistry();
  await runHubApp({
    name: 'gateway',
    healthPort: config.gateway.port,
    logLevel: config.log.level,
    module: () =>
      GatewayModule.forRoot(
        {
          assessments: new AssessmentStore(db.pool),
          tasks: {
            pool: db.pool,
            tasks: new GridTaskStore(db.pool, { policy, workerCeiling: config.dispatch.workerCeiling }),
            deliveries: new DeliveryStore(db.pool),
            queues,
            log: log.child({ component: 'tasks' }),
          },
          audit: { log: new AccessAuditLog(db.pool), logger: log.child({ component: 'access-audit' }) },
        },
        HealthModule.forProbes(
          { kafka: () => pingKafka(kafka), postgres: () => pingDatabase(db.pool), redis: () => pingRedis(config.redis.url) },
          metrics,
        ),
      ),
    onShutdown: async () => {
      await queues.close();
      await db.close();
    },
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
