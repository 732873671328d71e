import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { loadHubConfig } from '@hub/config';
import { redisConnectionOptions } from '@hub/messaging';
import { eventually } from '../support/infra';
import { freePorts } from '../soak/soak-infra';
import { k8sRoot, readYamlObjects } from './kustomize';

type Plain = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The Redis settings of deploy/k8s/operators/redis.yaml on real servers of this test's own (redis-server 7.0,
 * the version of the operator's image; never the machine's shared Redis), configured the way the operator's
 * image configures them: requirepass and masterauth from the default user's Secret, the ACL file of
 * hub-redis-acl as deploy/k8s/dev-secrets.sh writes it, persistence on, the ConfigMap's redis-additional.conf
 * included last; a replica, and a Sentinel with its own password and the default user's auth-pass. The hub
 * then connects as base/config.yaml says (through the Sentinel, as its ACL user) and runs a BullMQ queue.
 */
describe('Redis as the Redis operator runs it (deploy/k8s/operators/redis.yaml)', () => {
  const procs: ChildProcess[] = [];
  const clients: IORedis[] = [];
  let dir: string;
  let master: number;
  let replica: number;
  let sentinel: number;
  const secret = (name: string) => readFileSync(join(dir, 'secrets', name), 'utf8');
  const objects = readYamlObjects(k8sRoot('operators', 'redis.yaml'));
  const spec = (kind: string) => objects.find((o) => o.kind === kind)!.spec as Plain;
  const group = spec('RedisSentinel').redisSentinelConfig.masterGroupName as string;
  const hubConfigMap = readYamlObjects(k8sRoot('base', 'config.yaml'))[0] as unknown as { data: Record<string, string> };

  function client(port: number, options: { username?: string; password?: string } = {}): IORedis {
    const c = new IORedis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, lazyConnect: true, ...options });
    c.on('error', () => undefined);
    clients.push(c);
    return c;
  }

  async function start(conf: string, args: string[], port: number, password: string): Promise<void> {
    writeFileSync(join(dir, `${port}.conf`), conf);
    const p = spawn('redis-server', [join(dir, `${port}.conf`), ...args], { stdio: 'ignore' });
    procs.push(p);
    const probe = client(port, { password });
    await eventually(`redis on ${port}`, async () => {
      await probe.connect().catch(() => undefined);
      return (await probe.ping().catch(() => undefined)) === 'PONG';
    });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-redis-operator-'));
    execFileSync('bash', [join(__dirname, '..', '..', 'deploy', 'k8s', 'dev-secrets.sh')], {
      env: { ...process.env, SECRETS_DIR: join(dir, 'local'), K8S_SECRETS_OUT: join(dir, 'secrets') },
      stdio: 'ignore',
    });
    const additional = objects.find(
      (o) => o.kind === 'ConfigMap' && o.metadata.name === spec('RedisReplication').redisConfig.additionalRedisConfig,
    )!;
    writeFileSync(join(dir, 'redis-additional.conf'), (additional.data as Record<string, string>)['redis-additional.conf']);
    const base = await freePorts(26_600, 3);
    [master, replica, sentinel] = [base, base + 1, base + 2];
    const admin = secret('redis-admin-password');
    // What the image's entrypoint writes for a RedisReplication pod with a password, an ACL file and storage.
    const redisConf = (port: number) => {
      mkdirSync(join(dir, String(port)));
      return [
        'bind 127.0.0.1',
        `port ${port}`,
        `masterauth ${admin}`,
        `requirepass ${admin}`,
        'protected-mode yes',
        `aclfile ${join(dir, 'secrets', 'redis-users.acl')}`,
        'save 900 1',
        'appendonly yes',
        `dir ${join(dir, String(port))}`,
        `include ${join(dir, 'redis-additional.conf')}`,
        '',
      ].join('\n');
    };
    await start(redisConf(master), [], master, admin);
    await start(redisConf(replica), ['--replicaof', '127.0.0.1', String(master)], replica, admin);
    // One Sentinel (quorum 1) as the RedisSentinel's: its own password, the default user's for the Redis pods.
    const s = spec('RedisSentinel').redisSentinelConfig;
    const sentinelConf = [
      'bind 127.0.0.1',
      `port ${sentinel}`,
      `dir ${dir}`,
      `requirepass ${secret('redis-sentinel-password')}`,
      `sentinel monitor ${group} 127.0.0.1 ${master} 1`,
      `sentinel down-after-milliseconds ${group} ${s.downAfterMilliseconds}`,
      `sentinel failover-timeout ${group} ${s.failoverTimeout}`,
      `sentinel auth-pass ${group} ${admin}`,
      '',
    ].join('\n');
    await start(sentinelConf, ['--sentinel'], sentinel, secret('redis-sentinel-password'));
  }, 60_000);

  afterAll(async () => {
    // Closed before the servers go, so no client is left waiting for an answer.
    const ready = clients.filter((c) => c.status === 'ready');
    for (const c of clients) if (c.status !== 'ready') c.disconnect();
    await Promise.all(ready.map((c) => c.quit().catch(() => 'closed')));
    for (const p of procs) p.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies noeviction, AOF every second and maxmemory, and lets the replica and the Sentinel in with the default user', async () => {
    const admin = client(master, { password: secret('redis-admin-password') });
    const get = async (name: string) => ((await admin.config('GET', name)) as string[])[1];
    expect(await get('maxmemory-policy')).toBe('noeviction');
    expect(await get('appendonly')).toBe('yes');
    expect(await get('appendfsync')).toBe('everysec');
    const mb = /^maxmemory (\d+)mb$/m.exec(readFileSync(join(dir, 'redis-additional.conf'), 'utf8'))![1];
    expect(Number(await get('maxmemory'))).toBe(Number(mb) * 1024 * 1024);
    // requirepass is ignored once an ACL file is read (an ACL file without the default user leaves it open,
    // without a password): the file's default user carries the password, and a client without it is refused.
    expect(((await admin.call('ACL', 'LIST')) as string[]).map((u) => u.split(' ')[1]).sort()).toEqual(['default', 'suyuan-hub']);
    await expect(client(master).ping()).rejects.toThrow(/NOAUTH/);
    const replicaClient = client(replica, { password: secret('redis-admin-password') });
    await eventually('the replica follows the master', async () =>
      (await replicaClient.info('replication')).includes('master_link_status:up'),
    );
    const sentinelClient = client(sentinel, { password: secret('redis-sentinel-password') });
    await eventually('the Sentinel sees the replica', async () => {
      const replicas = (await sentinelClient.call('SENTINEL', 'replicas', group)) as string[][];
      return replicas.length === 1 && replicas[0].includes(String(replica));
    });
    const flags = (await sentinelClient.call('SENTINEL', 'master', group)) as string[];
    expect(flags[flags.indexOf('flags') + 1]).toBe('master');
    // Without its password the Sentinel answers nothing.
    await expect(client(sentinel).ping()).rejects.toThrow(/NOAUTH/);
  });

  it("connects the hub through the Sentinel with base/config.yaml's settings, runs a BullMQ queue, and keeps its user to hub* keys", async () => {
    const data = hubConfigMap.data;
    const files: Record<string, string> = {
      PERSON_HASH_KEY_FILE: 'person-hash-key',
      DATABASE_PASSWORD_FILE: 'pg-hub_dispatch',
      KAFKA_SASL_PASSWORD_FILE: 'kafka-hub-dispatch',
      REDIS_PASSWORD_FILE: 'redis-password',
      REDIS_SENTINEL_PASSWORD_FILE: 'redis-sentinel-password',
    };
    // The cluster's Service names do not resolve here: the Sentinel is this test's. REDIS_URL keeps its
    // hub-redis-master host, which nothing may connect to when Sentinels are given.
    const config = loadHubConfig({
      ...data,
      KAFKA_SASL_USERNAME: 'hub-dispatch',
      REDIS_SENTINELS: `127.0.0.1:${sentinel}`,
      ...Object.fromEntries(Object.entries(files).map(([k, f]) => [k, join(dir, 'secrets', f)])),
    });
    expect(config.redis.sentinel).toEqual({ hosts: [{ host: '127.0.0.1', port: sentinel }], name: group, password: expect.any(String) });
    const connection = redisConnectionOptions(config.redis);
    expect(connection).toMatchObject({ host: 'hub-redis-master', username: data.REDIS_USERNAME });
    const queue = new Queue('k8s-settings', { connection, prefix: data.HUB_INSTANCE });
    const done: string[] = [];
    const worker = new Worker(
      'k8s-settings',
      async (job) => {
        done.push(job.id!);
      },
      { connection, prefix: data.HUB_INSTANCE },
    );
    try {
      await queue.add('ping', { n: 1 }, { jobId: 'one' });
      await eventually('the worker ran the job', async () => done.includes('one'));
    } finally {
      await worker.close();
      await queue.close();
    }
    const hub = client(master, { username: data.REDIS_USERNAME, password: secret('redis-password') });
    expect(await hub.set(`${data.HUB_INSTANCE}:k8s-settings:probe`, '1')).toBe('OK');
    await expect(hub.set('other:key', '1')).rejects.toThrow(/NOPERM/);
    await expect(hub.config('GET', 'maxmemory')).rejects.toThrow(/NOPERM/);
    await expect(hub.flushall()).rejects.toThrow(/NOPERM/);
  });
});
