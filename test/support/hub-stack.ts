import { Queue } from 'bullmq';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { QueueName } from '../../libs/contracts/src';
import { redisConnectionOptions } from '../../libs/messaging/src';
import { startTerminalGateway, type TerminalGateway } from '../../libs/simulation/src';
import { appEnv, freshDatabase, freshTopics, type RunningApp, startApp } from './infra';
import { testEnv } from './test-env';

export type HubAppName = 'ingest' | 'risk' | 'dispatch' | 'gateway';

export interface HubStackOptions {
  /** Apps started (in parallel) once the database, topics and terminal stand-in are up. */
  apps?: HubAppName[];
  /** Extra environment for the apps, beside the database, topics, queue prefix and terminal URLs. */
  env?: Record<string, string>;
  /** The terminal/SMS gateway stand-in (default: started, with these options); false: none. */
  terminal?: Parameters<typeof startTerminalGateway>[0] | false;
}

/**
 * The real stack one e2e file runs against: a database of its own (cloned from the migrated, seeded
 * template), topics, queue prefix and consumer groups with a unique suffix, a PostgreSQL client, a Kafka
 * producer, the grid-alert queue, the terminal stand-in and the apps as built, each a process. Filled in
 * before the file's tests and taken down after them (in reverse), whatever happened.
 */
export interface HubStack {
  db: Awaited<ReturnType<typeof freshDatabase>>;
  topics: Awaited<ReturnType<typeof freshTopics>>;
  pg: Client;
  producer: Producer;
  /** The grid-alert queue under the file's prefix. */
  alerts: Queue;
  terminal: TerminalGateway;
  /** The apps' environment (what `start` uses). */
  env: Record<string, string>;
  apps: Partial<Record<HubAppName, RunningApp>>;
  /** Starts one more app (or a second process of one) on the same stack; stopped at the end. */
  start(app: HubAppName, extraEnv?: Record<string, string>): Promise<RunningApp>;
  /** http://127.0.0.1:<gateway port>/api */
  api: string;
}

export function useHubStack(o: HubStackOptions = {}): HubStack {
  const stack = { apps: {} } as HubStack;
  const started: RunningApp[] = [];
  beforeAll(async () => {
    [stack.db, stack.topics] = await Promise.all([freshDatabase(), freshTopics()]);
    if (o.terminal !== false) stack.terminal = await startTerminalGateway(o.terminal);
    stack.env = appEnv(stack.db.url, stack.topics.suffix, {
      ...(stack.terminal
        ? {
            DELIVERY_WEBHOOK_URL: `http://127.0.0.1:${stack.terminal.port}/terminal`,
            DELIVERY_SMS_URL: `http://127.0.0.1:${stack.terminal.port}/sms`,
          }
        : {}),
      ...o.env,
    });
    stack.start = async (app, extraEnv = {}) => {
      const running = await startApp(app, { ...stack.env, ...extraEnv });
      started.push(running);
      return running;
    };
    const apps = await Promise.all((o.apps ?? []).map((a) => stack.start(a)));
    (o.apps ?? []).forEach((a, i) => (stack.apps[a] = apps[i]));
    if (stack.apps.gateway) stack.api = `http://127.0.0.1:${stack.apps.gateway.port}/api`;
    stack.pg = new Client({ connectionString: stack.db.url });
    await stack.pg.connect();
    stack.producer = stack.topics.kafka.producer();
    await stack.producer.connect();
    stack.alerts = new Queue(QueueName.GridAlerts, {
      connection: redisConnectionOptions(testEnv().REDIS_URL),
      prefix: stack.topics.suffix,
    });
    // Room for startApp's start-up wait (apps start slowly on a loaded machine).
  }, 240_000);

  afterAll(async () => {
    await stack.alerts?.close();
    await stack.producer?.disconnect();
    await stack.pg?.end();
    await Promise.all(started.map((a) => a.stop()));
    await stack.terminal?.close();
    await stack.topics?.drop();
    await stack.db?.drop();
  });
  return stack;
}
