import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import { assertEveryRouteDeclaresAccess } from '@hub/access';
import { hardenHttp, type HttpSurface } from './http-hardening';
import { createLogger, NestPinoLogger, type Logger } from './logger';

export interface HubAppSpec {
  name: string;
  healthPort: number;
  /** Where and how the app's HTTP surface listens (config.http). */
  http: HttpSurface;
  logLevel: string;
  module: (log: Logger) => DynamicModule;
  /**
   * Consuming transport started only after the app (and its health endpoint) is ready; built from the
   * app's injected providers (its Kafka client, dead-letter publisher...).
   */
  transport?: (log: Logger, app: INestApplication) => CustomTransportStrategy;
  /** Runs after the transport stopped and in-flight work was committed: close pools and producers here. */
  onShutdown?: () => Promise<void>;
}

/** How long an app may take to stop after SIGTERM before it exits anyway (deployments' grace periods exceed it). */
export const SHUTDOWN_DEADLINE_MS = 30_000;

/**
 * The lifecycle every hub app shares: JSON logs, health and metrics over HTTP, consumers started last,
 * and on SIGTERM or SIGINT: stop intake, let the batch in hand finish and commit, then close connections.
 */
export async function runHubApp(spec: HubAppSpec): Promise<INestApplication> {
  const log = createLogger(spec.name, spec.logLevel);
  const app = await NestFactory.create(spec.module(log), { logger: new NestPinoLogger(log), abortOnError: false, bodyParser: false });
  hardenHttp(app, spec.http, log);
  if (spec.transport) app.connectMicroservice({ strategy: spec.transport(log, app) }, { inheritAppConfig: true });
  await app.init();
  assertEveryRouteDeclaresAccess(app);
  await app.listen(spec.healthPort, spec.http.host);
  if (spec.transport) await app.startAllMicroservices();
  log.info({ healthPort: spec.healthPort }, `${spec.name} started`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${spec.name} stopping`);
    const deadline = setTimeout(() => {
      log.error(`${spec.name} did not stop within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    try {
      await app.close();
      await spec.onShutdown?.();
      log.info(`${spec.name} stopped`);
    } catch (e) {
      log.error({ err: e }, 'error during shutdown');
      process.exitCode = 1;
    } finally {
      clearTimeout(deadline);
      log.flush();
      process.exit();
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return app;
}
