import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { TokenVerifier } from '@hub/access';
import { DATABASE, HUB_CONFIG, type HubCoreOptions, LOGGER, untilAvailable } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { QueueName } from '@hub/contracts';
import { EscalationPolicy } from '@hub/domain';
import { areaDirectoryOf, GridTaskCommands } from '@hub/grid-tasks';
import { DispatchQueues, redisConnectionOptions } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import {
  AccessAuditLog,
  AlertReadModel,
  AreaReadModel,
  AssessmentStore,
  type Database,
  DeliveryStore,
  DispatchStatistics,
  GridTaskReads,
  PersonalDataReads,
  PgGridTaskRepository,
  PrismaClient,
  StoredAreaIndex,
  TaskReadModel,
  ThreadReadModel,
} from '@hub/persistence';
import { AlertFeed } from './console/alert-feed';
import { CONSOLE_FILES, type ConsoleFiles } from './console/console-static.controller';

/** Stores and read models over the pool or the Prisma client, each built the same way. */
const overPool = [AssessmentStore, PersonalDataReads, GridTaskReads, DeliveryStore, AccessAuditLog] as const;
const overPrisma = [AlertReadModel, AreaReadModel, ThreadReadModel, TaskReadModel, DispatchStatistics] as const;

/** gateway's part of the core set: its sessions keep PostgreSQL's JIT (the pipeline's apps turn it off, openDatabase says why). */
export const GATEWAY_CORE: HubCoreOptions = { whileDatabaseLost: 'requests fail until it is back' };

/**
 * The gateway's own providers (beside the core set of @hub/app-core), each built by a factory from the
 * validated configuration Nest injects: the database's one Prisma client, the stores and read models the
 * controllers use (no controller runs SQL), the grid task commands, dispatch's queues (one provider per
 * queue for the operations board), the live alert feed, the token verifier and the console's files.
 */
export function gatewayProviders(): Provider[] {
  return [
    { provide: PrismaClient, useFactory: (db: Database) => db.prisma, inject: [DATABASE] },
    ...overPool.map((store) => ({ provide: store, useFactory: (db: Database) => new store(db.pool), inject: [DATABASE] })),
    ...overPrisma.map((model) => ({ provide: model, useFactory: (prisma: PrismaClient) => new model(prisma), inject: [PrismaClient] })),
    {
      provide: DispatchQueues,
      // Fail fast while Redis is down: the change is committed, and dispatch's reconcile schedules it later.
      useFactory: (c: HubConfig) =>
        new DispatchQueues({ ...redisConnectionOptions(c.redis), maxRetriesPerRequest: 1, enableOfflineQueue: false }, c.instance, {
          attempts: c.delivery.attempts,
          backoffMs: c.delivery.backoffMs,
        }),
      inject: [HUB_CONFIG],
    },
    ...Object.values(QueueName).map((name) => ({
      provide: getQueueToken(name),
      useFactory: (queues: DispatchQueues) => queues.queue(name),
      inject: [DispatchQueues],
    })),
    {
      // Grid names for tasks assigned by hand, in memory like dispatch's routing index.
      provide: StoredAreaIndex,
      useFactory: async (db: Database, log: Logger): Promise<StoredAreaIndex> => {
        const areas = new StoredAreaIndex(db.pool);
        await untilAvailable('loading the area index', () => areas.refresh(), log);
        return areas;
      },
      inject: [DATABASE, LOGGER],
    },
    {
      provide: GridTaskCommands,
      useFactory: (c: HubConfig, db: Database, areas: StoredAreaIndex) =>
        new GridTaskCommands(
          new PgGridTaskRepository(db.pool),
          {
            policy: EscalationPolicy.fromSpecs(c.dispatch.deadlines, c.dispatch.revisits, c.dispatch.supervisedFactor),
            workerCeiling: c.dispatch.workerCeiling,
          },
          areaDirectoryOf(areas),
        ),
      inject: [HUB_CONFIG, DATABASE, StoredAreaIndex],
    },
    {
      provide: AlertFeed,
      useFactory: (c: HubConfig, reads: AlertReadModel, log: Logger) =>
        new AlertFeed(redisConnectionOptions(c.redis), c.instance, reads, log.child({ component: 'alert-feed' })),
      inject: [HUB_CONFIG, AlertReadModel, LOGGER],
    },
    // main.ts checked that the identity provider is configured before building the module.
    { provide: TokenVerifier, useFactory: (c: HubConfig) => new TokenVerifier(c.oidc!), inject: [HUB_CONFIG] },
    {
      provide: CONSOLE_FILES,
      useFactory: (c: HubConfig): ConsoleFiles => ({
        // Built by vite into dist/console, beside dist/apps/gateway/apps/gateway/src where this file runs.
        dir: c.console.dir ?? join(__dirname, '..', '..', '..', '..', '..', 'console'),
        signIn: { issuer: c.oidc!.issuer, clientId: c.console.clientId },
      }),
      inject: [HUB_CONFIG],
    },
  ];
}
