import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Kafka } from 'kafkajs';
import { applyTopicAcls, createKafka, ensureTopics } from '../../libs/messaging/src';
import { freePort, uniqueName } from './infra';
import { kafkaUser, testEnv } from './test-env';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
/** The server binaries of Debian's PostgreSQL (initdb, pg_ctl are not on PATH there); the newest installed. */
const PG_BIN =
  process.env.PG_BIN ??
  join(
    '/usr/lib/postgresql',
    (existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : ['15']).sort((a, b) => Number(b) - Number(a))[0],
    'bin',
  );
const asRoot = process.getuid?.() === 0;

/**
 * Outage tests stop and start their own servers, never the machine's shared PostgreSQL or another
 * checkout's broker: a PostgreSQL cluster of their own (initdb on a free port, data under .local,
 * loaded from the migrated test template) and a Kafka broker of their own (deploy/local/kafka.sh with its
 * own state dir and ports, the same jars).
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get baseUrl(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `${this.baseUrl}/hub`;
  }

  static async create(): Promise<PrivatePostgres> {
    const dir = join(ROOT, '.local', uniqueName('outage-pg-'));
    mkdirSync(dir, { recursive: true });
    if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
    const pg = new PrivatePostgres(dir, await freePort());
    await pg.pgUser(join(PG_BIN, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await pg.start();
    const env = testEnv();
    await run('psql', [`${pg.baseUrl}/postgres`, '-qc', 'CREATE DATABASE hub']);
    // The migrated and seeded template, without owners and grants; the apps' roles are granted afterwards.
    await run('bash', [
      '-c',
      `set -o pipefail; pg_dump -Fc --no-owner --no-privileges "${env.TEMPLATE_DATABASE_URL}" | pg_restore --no-owner --no-privileges -d "${pg.url}"`,
    ]);
    await run('bash', [join(ROOT, 'deploy', 'local', 'db-roles.sh'), pg.url]);
    return pg;
  }

  private pgUser(cmd: string, args: string[]): Promise<unknown> {
    return asRoot ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);
  }

  async start(): Promise<void> {
    await this.pgUser(join(PG_BIN, 'pg_ctl'), [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'server.log'),
      '-w',
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c max_connections=200`,
      'start',
    ]);
  }

  /** As a crash would: no checkpoint, every connection cut. */
  async stopImmediately(): Promise<void> {
    await this.pgUser(join(PG_BIN, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    await this.pgUser(join(PG_BIN, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class PrivateKafka {
  private constructor(
    readonly stateDir: string,
    readonly port: number,
    private readonly controllerPort: number,
  ) {}

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  static async create(): Promise<PrivateKafka> {
    const stateDir = join(ROOT, '.local', uniqueName('outage-kafka-'));
    mkdirSync(stateDir, { recursive: true });
    const jars = join(process.env.KAFKA_STATE_DIR ?? join(ROOT, '.local', 'kafka'), 'libs');
    if (!existsSync(join(jars, '.complete'))) throw new Error(`Kafka jars missing at ${jars}: run \`npm test\` once`);
    symlinkSync(jars, join(stateDir, 'libs'));
    const k = new PrivateKafka(stateDir, await freePort(), await freePort());
    await k.start();
    return k;
  }

  private script(action: 'start' | 'stop'): Promise<unknown> {
    return run('bash', [join(ROOT, 'deploy', 'local', 'kafka.sh'), action], {
      env: {
        ...process.env,
        KAFKA_STATE_DIR: this.stateDir,
        KAFKA_PORT: String(this.port),
        KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      },
    });
  }

  start(): Promise<unknown> {
    return this.script('start');
  }

  /** SIGTERM, as an operator's restart does (kafka.sh kills after 20 s). */
  stop(): Promise<unknown> {
    return this.script('stop');
  }

  /** The broker's super user, for topics, ACLs and the test's own producing and reading. */
  admin(suffix: string): Kafka {
    return createKafka({ brokers: [this.brokers], clientId: `outage-${suffix}`, topicSuffix: suffix, sasl: kafkaUser('hub-admin') });
  }

  async prepare(suffix: string): Promise<Kafka> {
    const kafka = this.admin(suffix);
    await ensureTopics(kafka, suffix);
    await applyTopicAcls(kafka);
    return kafka;
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
