import { type DynamicModule, type InjectionToken, Module, type Provider } from '@nestjs/common';
import type { HubConfig } from '@hub/config';
import { createKafka, kafkaLogTo, pingKafka, pingRedis } from '@hub/messaging';
import { createLogger, type DependencyProbe, exportingAll, HealthModule, type Logger, MetricsRegistry } from '@hub/observability';
import { type Database, openDatabase, pingDatabase } from '@hub/persistence';
import type { Kafka } from 'kafkajs';
import { DATABASE, HUB_CONFIG, KAFKA, LOGGER } from './tokens';

export type HubAppName = 'ingest' | 'risk' | 'dispatch' | 'gateway';

/** Where the apps' core providers differ. */
export interface HubCoreOptions {
  /** What the app does while PostgreSQL is away: the end of the warning logged when a connection is lost. */
  whileDatabaseLost: string;
  /** JIT off for the app's sessions (openDatabase says why the pipeline's apps want it). */
  noJit?: boolean;
  /** The pool's size; openDatabase's default when not given. */
  poolSize?: number;
}

/**
 * The providers every app has, each built by a factory from the validated configuration: the
 * configuration and metrics themselves, the logger named after the app, the database (its sessions named
 * hub-<app>) and the Kafka client logging through the app's logger.
 */
export function hubCoreProviders(app: HubAppName, config: HubConfig, metrics: MetricsRegistry, options: HubCoreOptions): Provider[] {
  return [
    { provide: HUB_CONFIG, useValue: config },
    { provide: MetricsRegistry, useValue: metrics },
    { provide: LOGGER, useFactory: (c: HubConfig): Logger => createLogger(app, c.log.level), inject: [HUB_CONFIG] },
    {
      provide: DATABASE,
      useFactory: (c: HubConfig, log: Logger): Database =>
        openDatabase(c.database.url, {
          applicationName: `hub-${app}`,
          max: options.poolSize,
          noJit: options.noJit,
          onError: (e) => log.warn({ component: 'postgres', err: e.message }, `PostgreSQL connection lost; ${options.whileDatabaseLost}`),
        }),
      inject: [HUB_CONFIG, LOGGER],
    },
    {
      provide: KAFKA,
      useFactory: (c: HubConfig, log: Logger): Kafka => createKafka(c.kafka, kafkaLogTo(log.child({ component: 'kafkajs' }))),
      inject: [HUB_CONFIG, LOGGER],
    },
  ];
}

@Module({})
class HubProvidersModule {}

/**
 * An app's providers, the core set then its own, in one module that exports them all, so that the app
 * module, its health probes and other modules built from factories (forRootAsync) import the same instances.
 */
export function hubProvidersModule(
  app: HubAppName,
  config: HubConfig,
  metrics: MetricsRegistry,
  options: HubCoreOptions,
  own: Provider[],
): DynamicModule {
  return exportingAll(HubProvidersModule, [...hubCoreProviders(app, config, metrics, options), ...own]);
}

/** An app's probes of its own, built by a factory over the providers it injects (in `inject` order). */
export interface AppProbes {
  inject: InjectionToken[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest's factory signature: the injected values, in `inject` order
  useFactory: (...deps: any[]) => Record<string, DependencyProbe>;
}

/** /health and /metrics over an app's providers: Kafka, PostgreSQL and Redis, then the app's own probes. */
export function hubHealthModule(providers: DynamicModule, metrics: MetricsRegistry, own?: AppProbes): DynamicModule {
  return HealthModule.forProbesAsync(
    {
      imports: [providers],
      inject: [HUB_CONFIG, DATABASE, KAFKA, ...(own?.inject ?? [])],
      useFactory: (c: HubConfig, db: Database, kafka: Kafka, ...deps: unknown[]) => ({
        kafka: () => pingKafka(kafka),
        postgres: () => pingDatabase(db.pool),
        redis: () => pingRedis(c.redis),
        ...own?.useFactory(...deps),
      }),
    },
    metrics,
  );
}
