import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { eventually } from '../../../test/support/infra';
import { freePorts } from '../../../test/soak/soak-infra';
import { pingRedis, redisConnectionOptions, type RedisSettings } from './redis';

/**
 * Redis behind Sentinel, on servers of this test's own (never the machine's shared Redis): a master, a
 * replica and a Sentinel (redis-server in sentinel mode). The hub's connection options find the master
 * through the Sentinel; a BullMQ queue and worker keep working across a failover to the replica.
 */
describe('Redis connections through Sentinel', () => {
  const procs: ChildProcess[] = [];
  let dir: string;
  let master: number;
  let replica: number;
  let sentinel: number;
  let sentinelClient: IORedis;
  const name = 'hubtest';

  async function server(args: string[], port: number): Promise<void> {
    const p = spawn('redis-server', args, { stdio: 'ignore' });
    procs.push(p);
    const probe = new IORedis({ port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    await eventually(`redis on ${port}`, async () => {
      await probe.connect().catch(() => undefined);
      return (await probe.ping()) === 'PONG';
    });
    probe.disconnect();
  }

  const masterPort = async () => Number(((await sentinelClient.call('SENTINEL', 'get-master-addr-by-name', name)) as string[])[1]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-sentinel-'));
    const base = await freePorts(26_400, 3);
    [master, replica, sentinel] = [base, base + 1, base + 2];
    const common = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
    await server(['--port', String(master), ...common], master);
    await server(['--port', String(replica), ...common, '--replicaof', '127.0.0.1', String(master)], replica);
    // Sentinel rewrites its configuration file: it gets one of its own in the test's directory.
    const conf = join(dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `port ${sentinel}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${name} 127.0.0.1 ${master} 1`,
        `sentinel down-after-milliseconds ${name} 1000`,
        `sentinel failover-timeout ${name} 5000`,
        '',
      ].join('\n'),
    );
    await server([conf, '--sentinel'], sentinel);
    sentinelClient = new IORedis({ port: sentinel, maxRetriesPerRequest: 1 });
    // The Sentinel has found the replica through the master: a failover has somewhere to go.
    await eventually('sentinel sees the replica', async () => {
      const replicas = (await sentinelClient.call('SENTINEL', 'replicas', name)) as string[][];
      return replicas.length === 1 && replicas[0].includes(String(replica));
    });
  }, 60_000);

  afterAll(async () => {
    sentinelClient?.disconnect();
    for (const p of procs) p.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the master through the Sentinel, and a queue and its worker go on after a failover', async () => {
    // The URL's host and port are not used with Sentinel: a closed port shows that nothing connects there.
    const settings: RedisSettings = { url: 'redis://127.0.0.1:1/0', sentinel: { hosts: [{ host: '127.0.0.1', port: sentinel }], name } };
    await pingRedis(settings);
    const connection = redisConnectionOptions(settings);
    expect(connection).toMatchObject({ sentinels: [{ host: '127.0.0.1', port: sentinel }], name, maxRetriesPerRequest: null });

    const queue = new Queue('sentinel-probe', { connection, prefix: 'hubsentinel' });
    const done: string[] = [];
    const worker = new Worker(
      'sentinel-probe',
      async (job) => {
        done.push(job.name);
      },
      { connection, prefix: 'hubsentinel' },
    );
    worker.on('error', () => undefined);
    queue.on('error', () => undefined);
    try {
      await queue.add('before', {});
      await eventually('job before the failover done', async () => done.includes('before'));

      expect(await masterPort()).toBe(master);
      await sentinelClient.call('SENTINEL', 'FAILOVER', name);
      await eventually('the replica is the master', async () => (await masterPort()) === replica, 30_000);
      // Until the old master has been turned into a replica it still takes writes, which its resync then wipes.
      const demoted = new IORedis({ port: master, maxRetriesPerRequest: 1 });
      try {
        await eventually('the old master is a replica', async () => /role:slave/.test(await demoted.info('replication')), 30_000);
      } finally {
        demoted.disconnect();
      }

      // Written after the failover: it can only land on the new master, found again through the Sentinel.
      await eventually('job added on the new master', async () => (await queue.add('after', {})).id, 30_000);
      await eventually('job after the failover done', async () => done.includes('after'), 30_000);
      const promoted = new IORedis({ port: replica, maxRetriesPerRequest: 1 });
      try {
        expect(await promoted.info('replication')).toMatch(/role:master/);
        expect(await promoted.keys('hubsentinel:sentinel-probe:*')).not.toHaveLength(0);
      } finally {
        promoted.disconnect();
      }
    } finally {
      // Forced: a graceful close waits on the blocking connection, which after the failover sits on the
      // demoted master until BullMQ's block times out.
      await worker.close(true);
      await queue.close();
      await Promise.all([worker.disconnect(), queue.disconnect()]);
    }
  }, 90_000);
});
