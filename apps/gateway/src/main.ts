import 'reflect-metadata';
import { join } from 'node:path';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard, type AuthenticatedRequest, TokenVerifier } from '@hub/access';
import { ConfigError, loadHubConfig } from '@hub/config';
import { EscalationPolicy } from '@hub/domain';
import { createKafka, DispatchQueues, kafkaLogTo, pingKafka, pingRedis, redisConnectionOptions } from '@hub/messaging';
import { createLogger, HealthModule, MetricsRegistry, runHubApp } from '@hub/observability';
import {
  AccessAuditLog,
  AlertReadModel,
  AreaReadModel,
  AssessmentStore,
  DeliveryStore,
  DispatchStatistics,
  GridTaskReads,
  StoredAreaIndex,
  openDatabase,
  PersonalDataReads,
  PgGridTaskRepository,
  PrismaClient,
  TaskReadModel,
  ThreadReadModel,
  pingDatabase,
} from '@hub/persistence';
import { areaDirectoryOf, GridTaskCommands } from '@hub/grid-tasks';
import { ACCESS_AUDIT, type AccessAuditDeps, AccessAuditMiddleware } from './access-audit.middleware';
import { AlertFeed } from './console/alert-feed';
import { CONSOLE_API_DEPS, ConsoleApiController, type ConsoleApiDeps, OpsSessionController } from './console/console-api.controller';
import { CONSOLE_FILES, type ConsoleFiles, ConsoleStaticController } from './console/console-static.controller';
import { opsBoard } from './console/ops-board';
import { DocsController } from './docs.controller';
import { OPERATIONS_DEPS, OperationsController, type OperationsDeps } from './operations.controller';
import { TASKS_DEPS, TasksController, type TasksDeps } from './tasks.controller';

@Module({})
class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AccessAuditMiddleware).forRoutes(OperationsController, TasksController, ConsoleApiController, OpsSessionController);
  }

  static forRoot(
    providers: {
      operations: OperationsDeps;
      tasks: TasksDeps;
      audit: AccessAuditDeps;
      verifier: TokenVerifier;
      ratePerMinute: number;
      console: ConsoleApiDeps;
      consoleFiles: ConsoleFiles;
      prisma: PrismaClient;
    },
    health: DynamicModule,
  ): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        health,
        ...opsBoard(providers.operations.queues, providers.verifier),
        // Per identity: the token's subject once the AccessGuard (which runs first) has verified it.
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'per-caller', ttl: 60_000, limit: providers.ratePerMinute }],
          getTracker: (req: Record<string, unknown>) => (req as unknown as AuthenticatedRequest).principal?.subject ?? String(req.ip),
        }),
      ],
      controllers: [
        OperationsController,
        TasksController,
        DocsController,
        ConsoleApiController,
        OpsSessionController,
        ConsoleStaticController,
      ],
      providers: [
        ...readModels(providers.prisma),
        { provide: CONSOLE_API_DEPS, useValue: providers.console },
        { provide: CONSOLE_FILES, useValue: providers.consoleFiles },
        { provide: OPERATIONS_DEPS, useValue: providers.operations },
        { provide: TASKS_DEPS, useValue: providers.tasks },
        { provide: ACCESS_AUDIT, useValue: providers.audit },
        { provide: TokenVerifier, useValue: providers.verifier },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
      ],
    };
  }
}

/** The read models the controllers query (no controller runs SQL), built on the process's one Prisma client. */
function readModels(prisma: PrismaClient): Provider[] {
  return [
    { provide: PrismaClient, useValue: prisma },
    ...[AlertReadModel, AreaReadModel, ThreadReadModel, TaskReadModel].map((model) => ({
      provide: model,
      useFactory: (client: PrismaClient) => new model(client),
      inject: [PrismaClient],
    })),
  ];
}

/** gateway: the HTTP API for duty officers, grid workers, centre leaders, operations, auditors and upstreams. */
async function main(): Promise<void> {
  const config = loadHubConfig();
  if (!config.oidc) throw new ConfigError(['OIDC_ISSUER: the gateway needs the city’s identity provider (its issuer URL)']);
  const depLog = createLogger('gateway', config.log.level);
  const db = openDatabase(config.database.url, {
    applicationName: 'hub-gateway',
    onError: (e) => depLog.warn({ component: 'postgres', err: e.message }, 'PostgreSQL connection lost; requests fail until it is back'),
  });
  const kafka = createKafka(config.kafka, kafkaLogTo(depLog.child({ component: 'kafkajs' })));
  // Fail fast while Redis is down: the change is committed, and dispatch's reconcile schedules it later.
  const connection = { ...redisConnectionOptions(config.redis), maxRetriesPerRequest: 1, enableOfflineQueue: false };
  const queues = new DispatchQueues(connection, config.instance, {
    attempts: config.delivery.attempts,
    backoffMs: config.delivery.backoffMs,
  });
  const policy = EscalationPolicy.fromSpecs(config.dispatch.deadlines, config.dispatch.revisits, config.dispatch.supervisedFactor);
  const log = createLogger('gateway', config.log.level);
  const metrics = new MetricsRegistry();
  const reads = new PersonalDataReads(db.pool);
  // Grid names for tasks assigned by hand, in memory like dispatch's routing index.
  const areas = new StoredAreaIndex(db.pool);
  await areas.refresh();
  const statistics = new DispatchStatistics(db.pool);
  const feed = new AlertFeed(
    redisConnectionOptions(config.redis),
    config.instance,
    new AlertReadModel(db.prisma),
    log.child({ component: 'alert-feed' }),
  );
  // Built by vite into dist/console, beside dist/apps/gateway/apps/gateway/src where this file runs.
  const consoleDir = config.console.dir ?? join(__dirname, '..', '..', '..', '..', '..', 'console');
  await runHubApp({
    name: 'gateway',
    healthPort: config.gateway.port,
    http: config.http,
    logLevel: config.log.level,
    module: () =>
      GatewayModule.forRoot(
        {
          operations: {
            queues: [...queues.queues.values()],
            assessments: new AssessmentStore(db.pool),
            statistics,
            reads,
            kafka,
            topicSuffix: config.kafka.topicSuffix,
            instance: config.instance,
          },
          tasks: {
            commands: new GridTaskCommands(
              new PgGridTaskRepository(db.pool),
              { policy, workerCeiling: config.dispatch.workerCeiling },
              areaDirectoryOf(areas),
            ),
            tasks: new GridTaskReads(db.pool),
            deliveries: new DeliveryStore(db.pool),
            queues,
            reads,
            log: log.child({ component: 'tasks' }),
          },
          audit: { log: new AccessAuditLog(db.pool), logger: log.child({ component: 'access-audit' }) },
          verifier: new TokenVerifier(config.oidc!),
          ratePerMinute: config.http.rateLimitPerMinute,
          console: { feed, reads, statistics },
          consoleFiles: { dir: consoleDir, signIn: { issuer: config.oidc!.issuer, clientId: config.console.clientId } },
          prisma: db.prisma,
        },
        HealthModule.forProbes(
          { kafka: () => pingKafka(kafka), postgres: () => pingDatabase(db.pool), redis: () => pingRedis(config.redis) },
          metrics,
        ),
      ),
    onShutdown: async () => {
      await feed.close();
      await queues.close();
      await db.close();
    },
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
