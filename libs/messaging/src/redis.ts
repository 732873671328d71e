import IORedis from 'ioredis';
import type { RedisSettings } from '@hub/config';

export type { RedisSettings };

export interface RedisConnection {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
  maxRetriesPerRequest: number | null;
  enableOfflineQueue?: boolean;
  /** With Sentinel: ioredis asks these for the master of `name` and follows a failover. */
  sentinels?: { host: string; port: number }[];
  name?: string;
  sentinelPassword?: string;
  /** Sentinel's switch-master message makes ioredis leave a master that turned replica and ask for the new one. */
  failoverDetector?: boolean;
  /** A command refused by a demoted master (READONLY) reconnects, to the new master, and is sent again. */
  reconnectOnError?: (err: Error) => boolean | 1 | 2;
}

/**
 * Options for every Redis and BullMQ connection of the hub. BullMQ needs maxRetriesPerRequest: null on
 * worker connections so blocking commands are not cut short. With Sentinel, ioredis finds the master
 * through the Sentinels and reconnects to the new one after a failover; the URL's database, user,
 * password and TLS still apply to the master.
 */
export function redisConnectionOptions(settings: string | RedisSettings): RedisConnection {
  const s = typeof settings === 'string' ? { url: settings } : settings;
  const u = new URL(s.url);
  const base: RedisConnection = {
    host: u.hostname,
    port: Number(u.port || 6379),
    db: Number(u.pathname.replace('/', '') || 0),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
  if (!s.sentinel) return base;
  return {
    ...base,
    sentinels: s.sentinel.hosts,
    name: s.sentinel.name,
    sentinelPassword: s.sentinel.password,
    failoverDetector: true,
    reconnectOnError: (err) => (err.message.startsWith('READONLY') ? 2 : false),
  };
}

export async function pingRedis(settings: string | RedisSettings): Promise<void> {
  // One try: with Sentinels away, ioredis would otherwise ask them again for ever and connect() never settle, leaving
  // a retrying client behind every health check.
  const client = new IORedis({
    ...redisConnectionOptions(settings),
    maxRetriesPerRequest: 1,
    lazyConnect: true,
    connectTimeout: 2_000,
    retryStrategy: () => null,
    sentinelRetryStrategy: () => null,
  });
  client.on('error', () => undefined); // the failed connect or ping below is the answer
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
