import { Inject, Injectable } from '@nestjs/common';
import { JobName, QueueName } from '@hub/contracts';
import { HUB_CONFIG, LOGGER } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { DispatchQueues, type RedisConnection, watchRedisRecovery } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import { GridTaskReads } from '@hub/persistence';
import { CoalescedRuns } from './coalesced-runs';

/**
 * PostgreSQL is the record of every deadline, escalation and delivery; Redis only holds the jobs that
 * act on them. This machine's Redis keeps nothing on disk, so after Redis restarts (or on a schedule, in
 * case a job went missing some other way) the jobs are rebuilt from dispatch's own tables. Every job id
 * derives from a stored fact, so a run adds only the jobs whose keys Redis lacks: all of them after Redis
 * was emptied, next to none while it is healthy. Its read locks no row, so alert batches never wait for it.
 * Alert jobs lost with Redis are risk's to add again: its outbox relay replays what it relayed (dispatch
 * reads no risk table).
 */
@Injectable()
export class DispatchReconciler {
  private readonly runs = new CoalescedRuns((why) => this.run(why));
  private readonly periodMs: number;
  private readonly log: Logger;
  private watcher?: { stop(): void };

  constructor(
    private readonly tasks: GridTaskReads,
    private readonly queues: DispatchQueues,
    @Inject(HUB_CONFIG) config: HubConfig,
    @Inject(LOGGER) log: Logger,
  ) {
    this.periodMs = config.dispatch.reconcileMs;
    this.log = log.child({ component: 'reconcile' });
  }

  /** Re-adds what the stored state asks for; runs one at a time, and once more if asked during a run. */
  reconcile(why: string): Promise<Record<string, number>> {
    return this.runs.request(why);
  }

  private async run(why: string): Promise<Record<string, number>> {
    const started = Date.now();
    const p = await this.tasks.pendingWork();
    // Only what Redis does not hold is added: over a healthy Redis that is next to nothing, after Redis was
    // emptied it is every job (see DispatchQueues.addMissing).
    const { checked, missing } = await this.queues.addMissing([
      ...p.tasks,
      { taskId: '', deadline: null, revisit: null, escalations: p.escalationsWithoutDeliveries, deliveries: p.pendingDeliveries },
    ]);
    await this.queues
      .queue(QueueName.DispatchMaintenance)
      .upsertJobScheduler('reconcile', { every: this.periodMs }, { name: JobName.Reconcile, data: { schemaVersion: 1 } });
    const counts = {
      tasks: p.tasks.length,
      escalations: p.escalationsWithoutDeliveries.length,
      deliveries: p.pendingDeliveries.length,
      jobsChecked: checked,
      jobsMissing: missing,
    };
    this.log.info({ why, ...counts, ms: Date.now() - started }, 'queues reconciled with PostgreSQL');
    return counts;
  }

  /** Reconciles at start-up and whenever Redis answers again after a loss. */
  watch(connection: RedisConnection): void {
    this.watcher = watchRedisRecovery(connection, (why) => this.reconcile(why), this.log);
  }

  async stop(): Promise<void> {
    this.watcher?.stop();
    await this.runs.settled();
  }
}
