import type { Queue } from 'bullmq';
import { ALERT_JOB_RETRY, priorityOf } from '@hub/contracts';
import { RelayLoop } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import type { Outbox, PendingJob } from '@hub/persistence';

/**
 * Moves outbox rows to their BullMQ queues with the row's deterministic job id, so a row relayed twice
 * (a crash after add, before the mark) still makes one job. While Redis is down the rows wait in
 * PostgreSQL and the relay retries with a growing pause.
 */
export class OutboxRelay {
  private readonly loop: RelayLoop;

  constructor(
    outbox: Outbox,
    private readonly queues: Map<string, Queue>,
    pollMs: number,
    log: Logger,
  ) {
    this.loop = new RelayLoop('outbox relay', () => outbox.relayPending(200, (jobs) => this.addJobs(jobs)), pollMs, log);
  }

  start(): void {
    this.loop.start();
  }

  /** Run now instead of at the next poll (called right after alerts were stored). */
  nudge(): void {
    this.loop.nudge();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async addJobs(jobs: PendingJob[]): Promise<void> {
    const byQueue = new Map<string, PendingJob[]>();
    for (const j of jobs) byQueue.set(j.queue, [...(byQueue.get(j.queue) ?? []), j]);
    for (const [name, list] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue) throw new Error(`outbox row for unknown queue ${name}`);
      await queue.addBulk(
        list.map((j) => ({ name: j.jobName, data: j.payload, opts: { jobId: j.jobId, ...ALERT_JOB_RETRY, ...priorityOf(j.payload) } })),
      );
    }
  }
}
