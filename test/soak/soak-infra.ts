import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ProcSource } from './cpu-sampler';

/**
 * The soak's own infrastructure, private to one run so that its faults touch nothing else on the machine:
 * a PostgreSQL cluster (initdb/pg_ctl, data under .local/soak), a redis-server, Kafka (one broker or three
 * nodes, deploy/local/kafka.sh with a state dir of its own) on free ports, the hub's apps as child
 * processes (several instances each, restarted when they die, as a kubelet would). The terminal/SMS
 * gateway is the hub's stand-in (libs/simulation), which honours the Idempotency-Key and can refuse for a while.
 */
export const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
const PG_BIN = process.env.SOAK_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function secretFile(name: string): string {
  return join(process.env.SECRETS_DIR ?? join(ROOT, '.local', 'secrets'), name);
}

/** /proc as the CPU sampler reads it (cpu-sampler.ts): a file of a process that has gone reads as undefined. */
export const procFs: ProcSource = {
  read: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  pids: () =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number),
};

/** The pid in the first line of a pid file, or undefined when there is none (the process is not running). */
function pidFrom(file: string): number | undefined {
  const pid = Number(procFs.read(file)?.split('\n')[0]);
  return pid > 0 ? pid : undefined;
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
}

/**
 * A port range [base, base + count) with nothing listening, searched upwards in steps of 10 from a random
 * point past `from`, so that two soaks on one machine (other checkouts) rarely race for the same ports.
 */
export async function freePorts(from: number, count: number): Promise<number> {
  const start = from + 10 * Math.floor(Math.random() * 100);
  for (let base = start; base < start + 2000; base += 10) {
    let ok = true;
    for (let p = base; p < base + count && ok; p++) ok = await portFree(p);
    if (ok) return base;
  }
  throw new Error(`no ${count} free ports from ${from}`);
}

async function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeout = 180_000): Promise<string> {
  try {
    const { stdout } = await run(cmd, args, { env, cwd: ROOT, timeout, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`, { cause: e });
  }
}

/** PostgreSQL refuses to run as root: there, its tools run as the `postgres` user, who then owns the data. */
const asRoot = process.getuid?.() === 0;
function pgTool(tool: string, args: string[]): Promise<string> {
  return asRoot ? sh('runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args]) : sh(join(PG_BIN, tool), args);
}

export class PrivatePostgres {
  readonly dir: string;
  constructor(
    base: string,
    readonly port: number,
  ) {
    this.dir = join(base, 'pg');
  }
  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}`;
  }
  async init(): Promise<void> {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    if (asRoot) await sh('chown', ['postgres:postgres', this.dir]);
    await pgTool('initdb', ['-D', join(this.dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  async start(): Promise<void> {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB`;
    await pgTool('pg_ctl', ['-D', join(this.dir, 'data'), '-l', join(this.dir, 'pg.log'), '-o', opts, '-w', '-t', '120', 'start']);
  }
  /** The postmaster's pid while the cluster runs (its backends are its children). */
  postmasterPid(): number | undefined {
    return pidFrom(join(this.dir, 'data', 'postmaster.pid'));
  }
  /** Stops at once, as a crash would (no checkpoint); the next start replays the WAL. */
  async stopImmediate(): Promise<void> {
    await pgTool('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  }
  async stop(): Promise<void> {
    if (existsSync(join(this.dir, 'data', 'postmaster.pid')))
      await pgTool('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']).catch(() => undefined);
  }
}

export class PrivateRedis {
  private proc?: ChildProcess;
  readonly dir: string;
  constructor(
    base: string,
    readonly port: number,
    private readonly password: string,
  ) {
    this.dir = join(base, 'redis');
  }
  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }
  /** Starts an empty redis-server (nothing kept on disk) with the hub's ACL user, as services.sh makes it. */
  async start(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const conf = join(this.dir, 'redis.conf');
    writeFileSync(
      conf,
      [
        `port ${this.port}`,
        'bind 127.0.0.1',
        'save ""',
        'appendonly no',
        `dir ${this.dir}`,
        'maxmemory-policy noeviction',
        `user suyuan-hub on >${this.password} ~hub* resetchannels &hub* +@all -@dangerous +info +client|setname +client|getname +client|id +client|list +memory|usage`,
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    const log = createWriteStream(join(this.dir, 'redis.log'), { flags: 'a' });
    this.proc = spawn('redis-server', [conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.pipe(log);
    this.proc.stderr!.pipe(log);
    for (let i = 0; i < 100; i++) {
      if (!(await portFree(this.port))) return;
      await sleep(100);
    }
    throw new Error(`redis-server did not listen on ${this.port}`);
  }
  get pid(): number | undefined {
    return this.proc && this.proc.exitCode === null && this.proc.signalCode === null ? this.proc.pid : undefined;
  }
  /** SIGKILL: with nothing on disk it comes back empty. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
  }
}

export class PrivateKafka {
  constructor(
    private readonly base: string,
    readonly port: number,
    readonly nodes: 1 | 3,
  ) {}
  get brokers(): string {
    return Array.from({ length: this.nodes }, (_, i) => `127.0.0.1:${this.port + 2 * i}`).join(',');
  }
  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      KAFKA_STATE_DIR: join(this.base, 'kafka'),
      KAFKA_LIBS_DIR: join(ROOT, '.local', 'kafka', 'libs'),
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.port + 1),
      KAFKA_NODES: String(this.nodes),
    };
  }
  /** Node n's JVM while it runs (deploy/local/kafka.sh's pid file; the single broker keeps its file at the top). */
  nodePid(n: number): number | undefined {
    const state = this.nodes === 1 ? join(this.base, 'kafka') : join(this.base, 'kafka', 'cluster', `node-${n}`);
    return pidFrom(join(state, 'kafka.pid'));
  }
  async start(): Promise<void> {
    rmSync(join(this.base, 'kafka'), { recursive: true, force: true });
    await sh('bash', ['deploy/local/kafka.sh', 'start'], this.env(), 300_000);
  }
  killNode(n: number): Promise<string> {
    return sh('bash', ['deploy/local/kafka.sh', 'kill-node', String(n)], this.env());
  }
  startNode(n: number): Promise<string> {
    return sh('bash', ['deploy/local/kafka.sh', 'start-node', String(n)], this.env(), 300_000);
  }
  async stop(): Promise<void> {
    await sh('bash', ['deploy/local/kafka.sh', 'stop'], this.env()).catch(() => undefined);
  }
}

export type AppName = 'ingest' | 'risk' | 'dispatch' | 'gateway';
const PORT_VAR: Record<AppName, string> = {
  ingest: 'INGEST_HEALTH_PORT',
  risk: 'RISK_HEALTH_PORT',
  dispatch: 'DISPATCH_HEALTH_PORT',
  gateway: 'GATEWAY_PORT',
};

/** One instance of an app, restarted after it dies (planned kill or crash), as Kubernetes would. */
export class AppInstance {
  proc?: ChildProcess;
  crashes = 0;
  private stopping = false;
  /** Between a planned kill and its restart. */
  restarting = false;
  constructor(
    readonly app: AppName,
    readonly index: number,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
    private readonly onEvent: (line: string) => void,
  ) {}
  get id(): string {
    return `${this.app}-${this.index}`;
  }
  start(): void {
    const log = createWriteStream(join(this.logDir, `${this.id}.log`), { flags: 'a' });
    const proc = spawn(
      process.execPath,
      [
        '--enable-source-maps',
        '--disable-warning=TimeoutNegativeWarning',
        join(ROOT, 'dist', 'apps', this.app, 'apps', this.app, 'src', 'main.js'),
      ],
      {
        env: { PATH: process.env.PATH ?? '', ...this.env, [PORT_VAR[this.app]]: String(this.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    proc.stdout.pipe(log);
    proc.stderr.pipe(log);
    this.proc = proc;
    proc.once('exit', (code, signal) => {
      if (this.stopping || this.restarting) return;
      // Not asked for: a crash (e.g. a dependency gone too long). Back after 2 s, like a kubelet restart.
      this.crashes++;
      this.onEvent(`${this.id} exited by itself (code ${code}, signal ${signal}); restarting in 2 s`);
      setTimeout(() => {
        if (!this.stopping) this.start();
      }, 2_000);
    });
  }
  /** The running process's pid; undefined between a kill and the restart. */
  get pid(): number | undefined {
    const p = this.proc;
    return p && p.exitCode === null && p.signalCode === null ? p.pid : undefined;
  }
  async healthy(timeoutMs = 120_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${this.port}/health`, { signal: AbortSignal.timeout(4_000) });
        if (res.ok) return true;
      } catch {
        // not up yet
      }
      await sleep(500);
    }
    return false;
  }
  /** SIGKILL (a crash), then a restart after `downMs`. */
  async killAndRestart(downMs: number): Promise<void> {
    this.restarting = true;
    const p = this.proc;
    if (p && p.exitCode === null && p.signalCode === null) {
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGKILL');
      await exited;
    }
    await sleep(downMs);
    this.restarting = false;
    this.start();
  }
  async stop(): Promise<void> {
    this.stopping = true;
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 40_000);
    await exited;
    clearTimeout(timer);
  }
}

export { sh };
