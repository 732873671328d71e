import type { Queue } from 'bullmq';
import type { RedisOptions } from 'ioredis';

/**
 * The sampler's Redis connection: a command fails at once while Redis is away (no offline queue, one
 * attempt) and within two seconds when Redis does not answer, instead of waiting for it to come back.
 */
export const PROBE_REDIS_OPTIONS = {
  maxRetriesPerRequest: 1,
  lazyConnect: true,
  enableOfflineQueue: false,
  connectTimeout: 2_000,
  commandTimeout: 2_000,
} as const satisfies RedisOptions;

/**
 * Rejects when `work` has not settled within `ms`. The soak's sampler probes Kafka, PostgreSQL and Redis
 * while they are being broken: a probe that hangs on one of them must cost one missed reading, not stall
 * the sampler (and with it every recovery time). The work itself is not cancelled; its late outcome is
 * ignored (Promise.race keeps a handler on it, so a late rejection is not unhandled).
 */
export function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One call of `probe` at a time: a call while one is in flight shares it rather than starting another, so
 * readings every few seconds against a dependency that is down (each given up on by `bounded`) do not pile
 * up requests that go on retrying behind the sampler's back.
 */
export function singleFlight<T>(probe: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () =>
    (inFlight ??= probe().finally(() => {
      inFlight = undefined;
    }));
}

/**
 * The states of a job not yet handled: ready in the wait list; ready with a priority, which BullMQ 5 and 6
 * keep in the `prioritized` set instead of the wait list (every grid alert below red has one, so that red
 * goes first); and delayed, where a job waits for its retry after a failure (PostgreSQL or Redis away).
 */
export const BACKLOG_STATES = ['wait', 'prioritized', 'delayed'] as const;

/** Jobs of a queue not yet handled (BACKLOG_STATES). */
export async function queueBacklog(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts(...BACKLOG_STATES);
  return BACKLOG_STATES.reduce((n, state) => n + (counts[state] ?? 0), 0);
}
