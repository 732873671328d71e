import {
  Controller,
  Get,
  Header,
  Inject,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type Provider,
  type Type,
} from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { PublicRoute } from '@hub/access';
import { MetricsRegistry } from './metrics';

/** A named check of one dependency (kafka, redis, postgres); resolves when healthy, throws when not. */
export type DependencyProbe = () => Promise<Record<string, unknown> | void>;
export const DEPENDENCY_PROBES = Symbol('DEPENDENCY_PROBES');

@Controller()
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(DEPENDENCY_PROBES) private readonly probes: Record<string, DependencyProbe>,
    private readonly metrics: MetricsRegistry,
  ) {}

  /** Each dependency reported on its own, so operations see which one is down. */
  @Get('health')
  @PublicRoute('dependency states only, no personal data; loopback by default')
  @HealthCheck()
  check() {
    return this.health.check(
      Object.entries(this.probes).map(([name, probe]) => async () => {
        const session = this.indicators.check(name);
        try {
          const data = await withTimeout(probe(), 3_000, name);
          return session.up(data ?? {});
        } catch (e) {
          return session.down({ message: (e as Error).message });
        }
      }),
    );
  }

  @Get('metrics')
  @PublicRoute('counters, histograms and gauges only, no personal data; loopback by default')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  renderMetrics(): Promise<string> {
    return this.metrics.render();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms);
    }),
  ]);
}

@Module({})
export class HealthModule {
  static forProbes(probes: Record<string, DependencyProbe>, metrics: MetricsRegistry): DynamicModule {
    return HealthModule.forProbesAsync({ imports: [], inject: [], useFactory: () => probes }, metrics);
  }

  /** The probes built by a factory over the app's injected providers (its database, Kafka client...). */
  static forProbesAsync(
    options: {
      imports: ModuleMetadata['imports'];
      inject: InjectionToken[];
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest's factory signature: the injected values, in `inject` order
      useFactory: (...deps: any[]) => Record<string, DependencyProbe>;
    },
    metrics: MetricsRegistry,
  ): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), ...(options.imports ?? [])],
      controllers: [HealthController],
      providers: [
        { provide: DEPENDENCY_PROBES, useFactory: options.useFactory, inject: options.inject },
        { provide: MetricsRegistry, useValue: metrics },
      ],
      exports: [MetricsRegistry],
    };
  }
}

/**
 * A module holding an app's providers and exporting them all, so that the app module, its health probes
 * and other modules built from factories (forRootAsync) can import the same instances.
 */
export function exportingAll(module: Type, providers: Provider[]): DynamicModule {
  return { module, providers, exports: providers.map((p) => ('provide' in p ? p.provide : p)) };
}
