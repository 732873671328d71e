import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard, type AuthenticatedRequest } from '@hub/access';
import { hubHealthModule, hubProvidersModule } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import type { MetricsRegistry } from '@hub/observability';
import { AccessAuditMiddleware } from './access-audit.middleware';
import { ConsoleApiController, OpsSessionController } from './console/console-api.controller';
import { ConsoleStaticController } from './console/console-static.controller';
import { opsBoard } from './console/ops-board';
import { DocsController } from './docs.controller';
import { GATEWAY_CORE, gatewayProviders } from './gateway.providers';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { OperationsController } from './operations.controller';
import { TasksController } from './tasks.controller';

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
    const providers = hubProvidersModule('gateway', config, metrics, GATEWAY_CORE, gatewayProviders());
    return {
      module: GatewayModule,
      imports: [
        providers,
        hubHealthModule(providers, metrics),
        ...opsBoard([providers]),
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
