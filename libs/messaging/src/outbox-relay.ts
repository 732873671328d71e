import type { Queue } from 'bullmq';
import { ALERT_JOB_RETRY, priorityOf } from '@hub/contracts';
import type { RedisConnection } from './redis';
import { watchRedisRecovery } from './redis-recovery';
import { KEEP } from './dispatch-queues';
import { RelayLoop } from './relay-loop';

export interface OutboxJob {
  id: string;
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

/** The outbox as the relay sees it (libs/persistence's Outbox). */
export interface OutboxSource {
  /** Runs `relay` on up to `limit` pending rows while holding their locks; marks them relayed when it succeeds. */
  relayPending(limit: number, relay: (jobs: OutboxJob[]) => Promise<void>): Promise<number>;
  /** Rows relayed since `since`, in id order after `afterId`: their jobs may have been lost with Redis. */
  relayedSince(since: Date, afterId: string, limit: number): Promise<OutboxJob[]>;
}

/**
 * The one outbox relay: moves outbox rows to their BullMQ queues with the row's deterministic job id, so
 * a row relayed twice (a crash after add, before the mark) still makes one job. While Redis is down the
 * rows wait in PostgreSQL and the relay retries with a growing pause. When Redis comes back empty (it
 * keeps nothing on disk), the rows relayed within the replay window are added again: the consumer skips
 * what it already applied (dispatch keys alerts by job id), so nothing relayed is lost with Redis.
 */
export class OutboxRelay {
  private readonly loop: RelayLoop;
  private watcher?: { stop(): void };

  constructor(
    private readonly outbox: OutboxSource,
    private readonly queues: Map<string, Queue>,
    pollMs: number,
    private readonly log: { info(o: object | string, m?: string): void; warn(o: object, m?: string): void },
    /** How far back a Redis restart replays relayed rows. */
    private readonly replayWindowMs = 24 * 3_600_000,
  ) {
    this.loop = new RelayLoop('outbox relay', () => outbox.relayPending(200, (jobs) => this.addJobs(jobs)), pollMs, log);
  }

  start(): void {
    this.loop.start();
  }

  /** Replays the window after Redis came back from a loss (not at start-up: nothing was lost then). */
  watch(connection: RedisConnection): void {
    this.watcher = watchRedisRecovery(
      connection,
      async (why) => {
        if (why === 'start-up') return;
        const replayed = await this.replay(new Date(Date.now() - this.replayWindowMs));
        this.log.info({ why, replayed }, 'relayed outbox rows added again after Redis lost its data');
      },
      this.log,
    );
  }

  /** Run now instead of at the next poll (called right after alerts were stored). */
  nudge(): void {
    this.loop.nudge();
  }

  async stop(): Promise<void> {
    this.watcher?.stop();
    await this.loop.stop();
  }

  /** Adds again every row relayed since `since`; returns how many. */
  async replay(since: Date): Promise<number> {
    let afterId = '0';
    let n = 0;
    for (;;) {
      const rows = await this.outbox.relayedSince(since, afterId, 1_000);
      if (!rows.length) return n;
      await this.addJobs(rows);
      n += rows.length;
      afterId = rows[rows.length - 1].id;
    }
  }

  private async addJobs(jobs: OutboxJob[]): Promise<void> {
    const byQueue = new Map<string, OutboxJob[]>();
    for (const j of jobs) byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
    for (const [name, list] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue) throw new Error(`outbox row for unknown queue ${name}`);
      await queue.addBulk(
        list.map((j) => ({
          name: j.jobName,
          data: j.payload,
          opts: { jobId: j.jobId, ...ALERT_JOB_RETRY, ...KEEP, ...priorityOf(j.payload) },
        })),
      );
    }
  }
}
