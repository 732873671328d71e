import IORedis from 'ioredis';

export interface RedisConnection {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
  maxRetriesPerRequest: number | null;
  enableOfflineQueue?: boolean;
}

/** BullMQ needs maxRetriesPerRequest: null on worker connections so blocking commands are not cut short. */
export function redisConnectionOptions(url: string): RedisConnection {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    db: Number(u.pathname.replace('/', '') || 0),
    username: u.username || undefined,
    password: u.password || undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

export async function pingRedis(url: string): Promise<void> {
  const client = new IORedis({ ...redisConnectionOptions(url), maxRetriesPerRequest: 1, lazyConnect: true, connectTimeout: 2_000 });
  client.on('error', () => undefined); // the failed connect or ping below is the answer
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}
