import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { HUB_CONFIG, LOGGER } from '@hub/app-core';
import { type GridAlertRaisedV1, JobName, QueueName } from '@hub/contracts';
import { routeAlert } from '@hub/domain';
import { type AppliedAlert, areaDirectoryOf, GridTaskCommands, type RoutedAlert } from '@hub/grid-tasks';
import { DispatchQueues } from '@hub/messaging';
import type { HubConfig } from '@hub/config';
import type { Logger } from '@hub/observability';
import { StoredAreaIndex } from '@hub/persistence';
import { alertMayBeAtFault, Batcher } from '../alert-batcher';
import { DISPATCH_COUNTERS, type DispatchCounters } from '../dispatch.providers';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';
import { RegistryWorker } from './registry-worker';

/**
 * Turns alerts into grid tasks: routes each to a grid (or the township centre) from the location the job
 * carries, then applies the alerts in hand together (one transaction, a few multi-row statements) and
 * schedules what they ask for with one addBulk per queue. Anything but a bad payload is rethrown, so
 * BullMQ retries it with backoff; a retry is harmless (job-id keyed). Red jobs carry no priority, the
 * others a lower one, so under a backlog red is taken first.
 */
@Processor(QueueName.GridAlerts, WORKER_OPTIONS[QueueName.GridAlerts])
export class GridAlertProcessor extends RegistryWorker {
  private readonly batcher: Batcher<RoutedAlert, AppliedAlert>;
  private readonly places: ReturnType<typeof areaDirectoryOf>;

  constructor(
    registry: JobRegistry,
    private readonly commands: GridTaskCommands,
    private readonly areas: StoredAreaIndex,
    private readonly queues: DispatchQueues,
    @Inject(DISPATCH_COUNTERS) private readonly count: DispatchCounters,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(HUB_CONFIG) config: HubConfig,
  ) {
    super(registry);
    this.places = areaDirectoryOf(areas);
    // The jobs in hand are split into batches: as many transactions at once as it takes to hold them all.
    const { alertBatch, alertConcurrency } = config.dispatch;
    this.batcher = new Batcher((alerts) => this.applyBatch(alerts), {
      maxBatch: alertBatch,
      parallel: Math.max(1, Math.ceil(alertConcurrency / alertBatch)),
      waited: (ms) => this.count.alertSeconds({ stage: 'waiting' }, ms / 1000),
      itemMayBeAtFault: alertMayBeAtFault,
      failed: (e, size, split) => {
        this.count.alertBatchesFailed({ split: String(split) });
        this.log.warn(
          { size, split, err: e instanceof Error ? e.message.slice(0, 300) : String(e) },
          split ? 'alert batch failed; its alerts tried one by one' : 'alert batch failed; its jobs retry with backoff',
        );
      },
    });
    registry.handle(JobName.GridAlertRaised, (alert, job) => this.onAlert(alert, job));
  }

  private async onAlert(alert: GridAlertRaisedV1, job: Job): Promise<{ taskId: string; outcome: string; route: string }> {
    if (alert.riskLevel === 'none') return { taskId: '', outcome: 'ignored', route: '' };
    const location = alert.location ?? {
      text: '',
      divisionCode: alert.divisionCode,
      ...(alert.gridCode ? { gridCode: alert.gridCode } : {}),
    };
    const route = routeAlert(location, this.areas);
    const applied = await this.batcher.submit({
      jobId: job.id!,
      assessmentId: alert.assessmentId,
      eventId: alert.eventId,
      householdKey: alert.householdKey,
      threadKey: alert.threadKey,
      divisionCode: alert.divisionCode,
      riskLevel: alert.riskLevel,
      riskScore: alert.riskScore,
      correlationId: alert.correlationId,
      route,
      brief: {
        ...(location.text ? { address: location.text } : {}),
        persons: alert.brief?.persons ?? [],
        factorLabels: alert.brief?.factorLabels ?? [],
        area: this.places.areaNames(alert.divisionCode, route.villageCode, route.gridCode),
      },
    });
    this.count.alerts({ outcome: applied.outcome, route: route.method });
    this.count.stage('task', Date.parse(alert.raisedAt));
    this.log.info(
      {
        correlationId: alert.correlationId,
        jobId: job.id,
        taskId: applied.taskId,
        outcome: applied.outcome,
        route: route.method,
        level: alert.riskLevel,
      },
      'grid task updated',
    );
    return { taskId: applied.taskId, outcome: applied.outcome, route: route.method };
  }

  private async applyBatch(alerts: RoutedAlert[]): Promise<AppliedAlert[]> {
    let mark = performance.now();
    const lap = (stage: string) => {
      const now = performance.now();
      this.count.alertSeconds({ stage }, (now - mark) / 1000);
      mark = now;
    };
    const { alerts: applied, work } = await this.commands.applyAlerts.apply(alerts);
    lap('database');
    this.count.alertBatches({});
    this.count.escalations(
      {},
      work.reduce((n, w) => n + (w.notified?.length ?? 0), 0),
    );
    this.count.redisRoundTrips({}, await this.queues.scheduleMany(work));
    lap('scheduling');
    const byJob = new Map(applied.map((a) => [a.jobId, a]));
    return alerts.map((a) => byJob.get(a.jobId)!);
  }
}
