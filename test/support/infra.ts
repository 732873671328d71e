import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { Client, Pool } from 'pg';
import { createKafka, deleteTopicsWithSuffix, ensureTopics } from '../../libs/messaging/src';
import { kafkaUser, secretFile, testEnv } from './test-env';

const ROOT = join(__dirname, '..', '..');

/** A short unique name for topics, consumer groups, queue prefixes and databases of one test file. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** The prefix of the test databases cloned from `template` (deploy/local/test.sh drops leftovers by it). */
export function testDatabasePrefix(template: string): string {
  return `${template}_t_`;
}

/** Polls until `check` returns a truthy value; fails with `what` after the timeout. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

/**
 * A database of its own for one test file, cloned from the migrated and seeded template. Named after the
 * template (one per checkout), so the clean-up of leftovers in deploy/local/test.sh takes only this
 * checkout's: another's database, just created and not yet connected to, looks abandoned.
 */
export async function freshDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const env = testEnv();
  const name = uniqueName(testDatabasePrefix(env.TEMPLATE_DATABASE));
  const admin = new Client({ connectionString: `${env.PG_BASE_URL}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${env.TEMPLATE_DATABASE}"`);
  await admin.end();
  return {
    url: `${env.PG_BASE_URL}/${name}`,
    name,
    async drop() {
      const c = new Client({ connectionString: `${env.PG_BASE_URL}/postgres` });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A database of its own for one test file and a pool over it; close() ends the pool, then drops the
 * database. pool.end() resolves before its sockets close, so the forced drop may end one with an error
 * nobody waits for: the pool ignores it rather than fail the file as unhandled.
 */
export async function freshPool(max = 2): Promise<{ pool: Pool; url: string; close(): Promise<void> }> {
  const db = await freshDatabase();
  const pool = new Pool({ connectionString: db.url, max });
  pool.on('error', () => undefined);
  return {
    pool,
    url: db.url,
    async close() {
      await pool.end();
      await db.drop();
    },
  };
}

/** Topics of their own (declared set with a suffix), deleted afterwards. */
export async function freshTopics(): Promise<{ kafka: Kafka; suffix: string; drop(): Promise<void> }> {
  // `hub…`: the hub's Redis ACL user may touch keys with that prefix only (queues are prefixed with it).
  const suffix = uniqueName('hubt');
  const kafka = adminKafka(suffix);
  await ensureTopics(kafka, suffix);
  return { kafka, suffix, drop: () => deleteTopicsWithSuffix(kafka, suffix) };
}

/** A Kafka client as the broker's super user (creating topics, reading any of them in probes). */
export function adminKafka(suffix = ''): Kafka {
  return createKafka({
    brokers: testEnv().KAFKA_BROKERS.split(','),
    clientId: `test-${suffix}`,
    topicSuffix: suffix,
    sasl: kafkaUser('hub-admin'),
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface RunningApp {
  name: string;
  port: number;
  process: ChildProcess;
  logFile: string;
  /** SIGTERM and wait for exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
}

/** Starts one of the built apps as its own process, as production runs it, and waits for its health check. */
export async function startApp(
  app: 'ingest' | 'risk' | 'dispatch' | 'gateway',
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<RunningApp> {
  const port = await freePort();
  const portVar = { ingest: 'INGEST_HEALTH_PORT', risk: 'RISK_HEALTH_PORT', dispatch: 'DISPATCH_HEALTH_PORT', gateway: 'GATEWAY_PORT' }[
    app
  ];
  mkdirSync(join(ROOT, '.local', 'test-logs'), { recursive: true });
  const logFile = join(ROOT, '.local', 'test-logs', `${app}-${env.HUB_INSTANCE ?? 'x'}-${port}.log`);
  const log = createWriteStream(logFile);
  // Each app as in production (deploy/local/env.sh app_env): its own PostgreSQL role and Kafka user, over
  // whatever the test gave. A test's database URL names the migration role, which may do anything: an app
  // running as that role would hide a grant its own role lacks.
  const own = {
    DATABASE_URL: asRole(env.DATABASE_URL, `hub_${app}`),
    DATABASE_PASSWORD_FILE: secretFile(`pg-hub_${app}`),
    KAFKA_SASL_USERNAME: `hub-${app}`,
    KAFKA_SASL_PASSWORD_FILE: secretFile(`kafka-hub-${app}`),
  };
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist', 'apps', app, 'apps', app, 'src', 'main.js')], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'debug', ...env, ...own, [portVar]: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A generous start-up wait (not a timing check): on a loaded two-core machine an app took 37 s to answer.
  // An app that never answers is killed, so it does not outlive the test file.
  await eventually(
    `${app} health on port ${port} (log: ${logFile})`,
    async () => {
      // With the crash failpoint the app may kill itself inside its first batch, before its health answers.
      if (env.HUB_FAILPOINT_CRASH_BEFORE_COMMIT === '1' && child.signalCode === 'SIGKILL') return true;
      if (child.exitCode !== null) throw new Error(`${app} exited with ${child.exitCode}; see ${logFile}`);
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      return res.ok;
    },
    120_000,
  ).catch((e: unknown) => {
    if (child.exitCode === null) child.kill('SIGKILL');
    throw e;
  });
  return {
    name: app,
    port,
    process: child,
    logFile,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The database URL `url` as PostgreSQL role `role` (its password comes from DATABASE_PASSWORD_FILE). */
export function asRole(url: string | undefined, role: string): string {
  if (!url) throw new Error('an app under test needs DATABASE_URL');
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}

/** The environment an app under test runs with: its own database, topics, groups and queue prefix. */
export function appEnv(databaseUrl: string, suffix: string, extra: Record<string, string> = {}): Record<string, string> {
  const env = testEnv();
  // A test's private Redis has only its default user; the machine's gets the hub's ACL user.
  const redisUser: Record<string, string> =
    extra.REDIS_URL && extra.REDIS_URL !== env.REDIS_URL
      ? {}
      : { REDIS_USERNAME: 'suyuan-hub', REDIS_PASSWORD_FILE: secretFile('redis-suyuan-hub') };
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: env.REDIS_URL,
    ...redisUser,
    KAFKA_BROKERS: env.KAFKA_BROKERS,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    TOPIC_SUFFIX: suffix,
    HUB_INSTANCE: suffix,
    PERSON_HASH_KEY: env.PERSON_HASH_KEY,
    OIDC_ISSUER: env.OIDC_ISSUER,
    OUTBOX_POLL_MS: '100',
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    ...extra,
  };
}

/**
 * Crashes `app` between storing a batch and committing it: freezes the process (SIGSTOP), looks, and
 * SIGKILLs it once `stored()` exceeds `committed()` (and `inWindow` agrees); otherwise lets it run a
 * moment (SIGCONT) and looks again. Returns what it saw at the crash, or undefined if the window never came.
 */
export async function crashBetweenStoreAndCommit(
  app: RunningApp,
  stored: () => Promise<number>,
  committed: () => Promise<number>,
  inWindow: (stored: number, committed: number) => boolean,
  timeoutMs = 60_000,
): Promise<{ stored: number; committed: number } | undefined> {
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      // Started with HUB_FAILPOINT_CRASH_BEFORE_COMMIT=1, the app kills itself inside the window.
      if (app.process.exitCode !== null || app.process.signalCode !== null) {
        const [s, c] = [await stored(), await committed()];
        return s > c && inWindow(s, c) ? { stored: s, committed: c } : undefined;
      }
      app.process.kill('SIGSTOP');
      const [s, c] = [await stored(), await committed()];
      if (s > c && inWindow(s, c)) {
        await app.kill();
        return { stored: s, committed: c };
      }
      app.process.kill('SIGCONT');
      await new Promise((r) => setTimeout(r, 5));
    }
    return undefined;
  } finally {
    if (app.process.exitCode === null) app.process.kill('SIGCONT');
    await app.kill();
  }
}
