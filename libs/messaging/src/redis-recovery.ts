import IORedis from 'ioredis';
import type { RedisConnection } from './redis';

/**
 * Calls `recover` once when Redis first answers and again whenever it answers after the connection was
 * lost: this machine's Redis keeps nothing on disk, so a restarted Redis has forgotten every job. A
 * connection of its own watches, so this does not depend on BullMQ's internals. A failed recovery is
 * retried with a growing pause.
 */
export function watchRedisRecovery(
  connection: RedisConnection,
  recover: (why: string) => Promise<unknown>,
  log: { warn(o: object, m?: string): void },
): { stop(): void } {
  const client = new IORedis({ ...connection, maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(200 * n, 2_000) });
  let retry: NodeJS.Timeout | undefined;
  // The first `ready` is the start-up run; later ones follow a lost connection.
  let why: string | undefined = 'start-up';
  client.on('error', () => undefined);
  // A connection lost before the first answer counts as a loss too: Redis may have restarted meanwhile.
  client.on('close', () => (why = 'redis reconnected'));
  const attempt = (reason: string, n = 1): void => {
    recover(reason).catch((e: unknown) => {
      log.warn({ err: (e as Error).message, attempt: n }, `${reason}: recovery failed; trying again`);
      retry = setTimeout(() => attempt(reason, n + 1), Math.min(1_000 * n, 10_000));
    });
  };
  client.on('ready', () => {
    if (!why) return;
    const reason = why;
    why = undefined;
    attempt(reason);
  });
  return {
    stop() {
      clearTimeout(retry);
      client.disconnect();
    },
  };
}
