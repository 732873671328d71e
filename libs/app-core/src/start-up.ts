import { classifyFailure } from '@hub/messaging';
import type { Logger } from '@hub/observability';

export interface StartUpRetry {
  /** First wait after a failed try; doubled each time up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs a start-up step (loading the area index, connecting a producer) until its dependency answers. An
 * app started while PostgreSQL or a broker is still coming up (a restart during an outage, a node
 * rescheduled with the database) waits for it, logging each try, instead of exiting and counting as a crash;
 * /health is not served meanwhile, so the orchestrator sees it as not ready. A failure that cannot pass by
 * itself (a missing grant or table, bad credentials) still fails the start at once, with its message.
 */
export async function untilAvailable<T>(what: string, step: () => Promise<T>, log: Logger, retry: StartUpRetry = {}): Promise<T> {
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let delay = retry.firstDelayMs ?? 500;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (e) {
      if (classifyFailure(e) !== 'transient') throw e;
      log.warn({ step: what, attempt, retryInMs: delay, err: (e as Error).message }, `${what}: dependency not available yet; retrying`);
      await sleep(delay);
      delay = Math.min(delay * 2, retry.maxDelayMs ?? 10_000);
    }
  }
}
