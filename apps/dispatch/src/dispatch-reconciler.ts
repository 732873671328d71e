import { ALERT_JOB_RETRY, JobName, priorityOf, QueueName } from '@hub/contracts';
import IORedis from 'ioredis';
import type { DispatchQueues, RedisConnection } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import type { GridTaskStore } from '@hub/persistence';

/**
 * PostgreSQL is the record of every deadline, escalation, delivery and alert; Redis only holds the
 * jobs that act on them. This machine's Redis keeps nothing on disk, so after Redis restarts (or on a
 * schedule, in case a job went missing some other way) the jobs are rebuilt from the stored state.
 * Every job id derives from a stored fact, so re-adding a job that still exists does nothing.
 */
export class DispatchReconciler {
  private running?: Promise<Record<string, number>>;

  constructor(
    private readonly tasks: GridTaskStore,
    private readonly queues: DispatchQueues,
    private readonly periodMs: number,
    private readonly log: Logger,
  ) {}

  /** Re-adds what the stored state asks for; runs one at a time. */
  reconcile(why: string): Promise<Record<string, number>> {
    this.running ??= this.run(why).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(why: string): Promise<Record<string, number>> {
    const p = await this.tasks.pendingEffects();
    const alerts = this.queues.queue(QueueName.GridAlerts);
    await Promise.all([
      ...p.tasks.map((t) => this.queues.schedule(t)),
      ...p.escalationsWithoutDeliveries.map((id) => this.queues.addEscalation(id)),
      ...p.pendingDeliveries.map((d) => this.queues.addDelivery(d)),
      alerts.addBulk(
        p.unappliedAlerts.map((a) => ({
          name: a.jobName,
          data: a.payload,
          opts: { jobId: a.jobId, ...ALERT_JOB_RETRY, ...priorityOf(a.payload) },
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
      alerts: p.unappliedAlerts.length,
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
