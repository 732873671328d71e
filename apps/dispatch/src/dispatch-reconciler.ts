import { Inject, Injectable } from '@nestjs/common';
import { JobName, priorityOf, QueueName } from '@hub/contracts';
import IORedis from 'ioredis';
import type { HubConfig } from '@hub/config';
import { DispatchQueues, type RedisConnection } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import { GridTaskReads, Outbox } from '@hub/persistence';
import { HUB_CONFIG, LOGGER } from './dispatch.providers';

/**
 * PostgreSQL is the record of every deadline, escalation, delivery and alert; Redis only holds the
 * jobs that act on them. This machine's Redis keeps nothing on disk, so after Redis restarts (or on a
 * schedule, in case a job went missing some other way) the jobs are rebuilt from the stored state.
 * Every job id derives from a stored fact, so re-adding a job that still exists does nothing.
 */
@Injectable()
export class DispatchReconciler {
  private running?: Promise<Record<string, number>>;
  private readonly periodMs: number;
  private readonly log: Logger;

  constructor(
    private readonly tasks: GridTaskReads,
    private readonly outbox: Outbox,
    private readonly queues: DispatchQueues,
    @Inject(HUB_CONFIG) config: HubConfig,
    @Inject(LOGGER) log: Logger,
  ) {
    this.periodMs = config.dispatch.reconcileMs;
    this.log = log.child({ component: 'reconcile' });
  }

  /** Re-adds what the stored state asks for; runs one at a time. */
  reconcile(why: string): Promise<Record<string, number>> {
    this.running ??= this.run(why).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(why: string): Promise<Record<string, number>> {
    const [p, unappliedAlerts] = await Promise.all([this.tasks.pendingWork(), this.outbox.relayedButUnapplied()]);
    const alerts = this.queues.queue(QueueName.GridAlerts);
    await Promise.all([
      this.queues.scheduleMany([
        ...p.tasks,
        { taskId: '', deadline: null, revisit: null, escalations: p.escalationsWithoutDeliveries, deliveries: p.pendingDeliveries },
      ]),
      alerts.addBulk(
        unappliedAlerts.map((a) => ({
          name: a.jobName,
          data: a.payload,
          opts: { jobId: a.jobId, ...priorityOf(a.payload) },
        })),
      ),
    ]);
    await this.queues
      .queue(QueueName.DispatchMaintenance)
      .upsertJobScheduler('reconcile', { every: this.periodMs }, { name: JobName.Reconcile, data: { schemaVersion: 1 } });
    const counts = {
      tasks: p.tasks.length,
      escalations: p.escalationsWithoutDeliveries.length,
      deliveries: p.pendingDeliveries.length,
      alerts: unappliedAlerts.length,
    };
    this.log.info({ why, ...counts }, 'queues reconciled with PostgreSQL');
    return counts;
  }

  private watcher?: IORedis;
  private retry?: NodeJS.Timeout;

  /**
   * Reconciles whenever the Redis connection comes back after a loss: a restarted Redis without
   * persistence has forgotten every delayed job. A connection of its own watches, so this does not
   * depend on BullMQ's internals.
   */
  watch(connection: RedisConnection): void {
    const client = new IORedis({ ...connection, maxRetriesPerRequest: null, retryStrategy: (n) => Math.min(200 * n, 2_000) });
    this.watcher = client;
    // The first `ready` is the start-up reconcile; later ones follow a lost connection.
    let why: string | undefined = 'start-up';
    client.on('error', () => undefined);
    client.on('close', () => (why ??= 'redis reconnected'));
    const attempt = (reason: string, n = 1): void => {
      this.reconcile(reason).catch((e: unknown) => {
        this.log.warn({ err: (e as Error).message, attempt: n }, 'reconcile failed; trying again');
        this.retry = setTimeout(() => attempt(reason, n + 1), Math.min(1_000 * n, 10_000));
      });
    };
    client.on('ready', () => {
      if (!why) return;
      const reason = why;
      why = undefined;
      attempt(reason);
    });
  }

  async stop(): Promise<void> {
    clearTimeout(this.retry);
    this.watcher?.disconnect();
    await this.running?.catch(() => undefined);
  }
}
