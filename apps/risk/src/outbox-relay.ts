import type { Queue } from 'bullmq';
import type { Logger } from '@hub/observability';
import type { Outbox, PendingJob } from '@hub/persistence';

/**
 * Moves outbox rows to their BullMQ queues with the row's deterministic job id, so a row relayed twice
 * (a crash after add, before the mark) still makes one job. While Redis is down the rows wait in
 * PostgreSQL and the relay retries with a growing pause; nothing is lost and nothing is held in memory.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  private failures = 0;

  constructor(
    private readonly outbox: Outbox,
    private readonly queues: Map<string, Queue>,
    private readonly pollMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Run now instead of at the next poll (called right after alerts were stored); not while backing off. */
  nudge(): void {
    if (!this.stopped && !this.running && this.failures === 0) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => {
        this.running = undefined;
        if (!this.stopped) this.schedule(this.failures ? Math.min(10_000, 250 * 2 ** this.failures) : this.pollMs);
      });
    }, ms);
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.outbox.relayPending(200, (jobs) => this.addJobs(jobs))) > 0) {
        /* keep going while there is a backlog */
      }
      if (this.failures) this.log.info('outbox relay recovered');
      this.failures = 0;
    } catch (e) {
      this.failures++;
      if (this.failures === 1 || this.failures % 10 === 0) {
        this.log.warn({ err: (e as Error).message, failures: this.failures }, 'outbox relay failed; alerts wait in PostgreSQL');
      }
    }
  }

  private async addJobs(jobs: PendingJob[]): Promise<void> {
    const byQueue = new Map<string, PendingJob[]>();
    for (const j of jobs) byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
    for (const [name, list] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue) throw new Error(`outbox row for unknown queue ${name}`);
      await queue.addBulk(list.map((j) => ({ name: j.jobName, data: j.payload, opts: { jobId: j.jobId } })));
    }
  }
}
