import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard, type AuthenticatedRequest } from '@hub/access';
import type { HubConfig } from '@hub/config';
import { pingKafka, pingRedis } from '@hub/messaging';
import { exportingAll, HealthModule, type MetricsRegistry } from '@hub/observability';
import { type Database, pingDatabase } from '@hub/persistence';
import type { Kafka } from 'kafkajs';
import { AccessAuditMiddleware } from './access-audit.middleware';
import { ConsoleApiController, OpsSessionController } from './console/console-api.controller';
import { ConsoleStaticController } from './console/console-static.controller';
import { opsBoard } from './console/ops-board';
import { DocsController } from './docs.controller';
import { gatewayProviders } from './gateway.providers';
import { DATABASE, HUB_CONFIG, KAFKA } from './gateway.tokens';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { OperationsController } from './operations.controller';
import { TasksController } from './tasks.controller';

@Module({})
class GatewayProvidersModule {}

/**
 * The gateway as a Nest module: its providers built by factories from the validated configuration (one
 * module, exported to the controllers, the health probes and the operations board), every route behind
 * the access guard then the per-caller rate limit, and every API call written to the access audit.
 */
@Module({})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AccessAuditMiddleware).forRoutes(OperationsController, TasksController, ConsoleApiController, OpsSessionController);
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }

  static forRoot(config: HubConfig, metrics: MetricsRegistry): DynamicModule {
    const core = exportingAll(GatewayProvidersModule, gatewayProviders(config, metrics));
    return {
      module: GatewayModule,
      imports: [
        core,
        HealthModule.forProbesAsync(
          {
            imports: [core],
            inject: [HUB_CONFIG, DATABASE, KAFKA],
            useFactory: (c: HubConfig, db: Database, kafka: Kafka) => ({
              kafka: () => pingKafka(kafka),
              postgres: () => pingDatabase(db.pool),
              redis: () => pingRedis(c.redis),
            }),
          },
          metrics,
        ),
        ...opsBoard([core]),
        // Per identity: the token's subject once the AccessGuard (which runs first) has verified it.
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'per-caller', ttl: 60_000, limit: config.http.rateLimitPerMinute }],
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
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
      ],
    };
  }
}
