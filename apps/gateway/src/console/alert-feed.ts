import { QueueEvents } from 'bullmq';
import { JobName, QueueName } from '@hub/contracts';
import type { RedisConnection } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import type { AlertReadModel, AlertView } from '@hub/persistence';
import { Subject, type Observable } from 'rxjs';

const ALERT_JOB_ID = /^alert-([0-9a-f-]{36})$/;

/**
 * New alerts as they are handed to dispatch, for the duty officers' live board. The risk engine's
 * outbox relay adds one job per alert to the grid-alerts queue (job id `alert-<assessmentId>`); this
 * follows that queue's event stream in Redis and loads each new alert once (AlertReadModel). Who may
 * see which alert is decided per subscriber, not here. A job added again (reconcile after Redis lost
 * its data) comes through again: the board keys alerts by assessment id. An alert is loaded only while a
 * board is open on this instance: every gateway instance follows the whole queue, and would otherwise
 * query the database once per alert of the city for nobody.
 */
export class AlertFeed {
  private readonly events: QueueEvents;
  private readonly alerts = new Subject<AlertView>();
  /** Waits of read() not settled yet: close() rejects them rather than leaving their listeners behind. */
  private readonly pendingReads = new Set<() => void>();

  constructor(
    connection: RedisConnection,
    prefix: string,
    private readonly reads: Pick<AlertReadModel, 'alerted'>,
    private readonly log: Logger,
  ) {
    // Reads the stream from now on ('$'): the board loads what came before through GET /api/alerts.
    this.events = new QueueEvents(QueueName.GridAlerts, { connection: { ...connection, maxRetriesPerRequest: null }, prefix });
    this.events.on('added', ({ jobId, name }) => {
      const id = ALERT_JOB_ID.exec(jobId)?.[1];
      if (name === (JobName.GridAlertRaised as string) && id && this.alerts.observed) void this.load(id);
    });
    this.events.on('error', (e) => this.log.warn({ err: e.message }, 'alert feed: queue events unavailable, retrying'));
  }

  private async load(assessmentId: string): Promise<void> {
    try {
      const alert = await this.reads.alerted(assessmentId);
      if (alert) this.alerts.next(alert);
    } catch (e) {
      this.log.warn({ err: (e as Error).message, assessmentId }, 'alert feed: could not load a new alert');
    }
  }

  /**
   * Resolves once this feed has read the queue's 'added' event of the job given. The events are read in order, so
   * every job added before it has been read too (and, with no board open then, not loaded). Call it before the job
   * is added: an event read before the call is not seen again. Rejects, saying what it waited for, if the event has
   * not come within `timeoutMs`, if the job was a duplicate (no 'added' event follows) or if the feed closes first.
   */
  read(jobId: string, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const settle = (error?: string) => {
        clearTimeout(timer);
        this.events.off('added', added);
        this.events.off('duplicated', duplicated);
        this.pendingReads.delete(cancel);
        if (error) reject(new Error(`alert feed: ${error} (job ${jobId})`));
        else resolve();
      };
      const added = (e: { jobId: string }) => e.jobId === jobId && settle();
      const duplicated = (e: { jobId: string }) => e.jobId === jobId && settle('the job was a duplicate: no added event follows');
      const cancel = () => settle('closed before the added event was read');
      const timer = setTimeout(() => settle(`no added event read within ${timeoutMs} ms`), timeoutMs);
      this.events.on('added', added);
      this.events.on('duplicated', duplicated);
      this.pendingReads.add(cancel);
    });
  }

  get stream(): Observable<AlertView> {
    return this.alerts.asObservable();
  }

  /** Resolves once the feed listens to the queue's events (tests wait for it before publishing). */
  ready(): Promise<void> {
    return this.events.waitUntilReady().then(() => undefined);
  }

  async close(): Promise<void> {
    for (const cancel of [...this.pendingReads]) cancel();
    this.alerts.complete();
    await this.events.close();
  }
}
