import { Inject, Injectable } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { GridAlertRaisedV1 } from '@hub/contracts';
import { routeAlert } from '@hub/domain';
import { DISPATCH_DEPS, type DispatchDeps, failOnDataError, parseJob } from './dispatch-deps';

/**
 * Turns an alert into a grid task: routes it to a grid (or the township centre), opens or joins the
 * household's task, and schedules what that asks for (deadline, red escalation, deliveries). Anything
 * but a bad payload is rethrown, so BullMQ retries it with backoff; a retry is harmless (job-id keyed).
 */
@Injectable()
export class GridAlertProcessor extends WorkerHost {
  constructor(@Inject(DISPATCH_DEPS) private readonly d: DispatchDeps) {
    super();
  }

  process(job: Job): Promise<{ taskId: string; outcome: string; route: string }> {
    return failOnDataError(job, () => this.apply(job));
  }

  /** Every failure names its queue and job; a retried one says which attempt it was. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.d.log.warn(
      { queue: job?.queueName, jobId: job?.id, attempt: job?.attemptsMade, attempts: job?.opts.attempts, err: error.message.slice(0, 500) },
      'grid alert job failed',
    );
  }

  private async apply(job: Job): Promise<{ taskId: string; outcome: string; route: string }> {
    const alert = parseJob(GridAlertRaisedV1, job);
    if (alert.riskLevel === 'none') return { taskId: '', outcome: 'ignored', route: '' };
    const location = (await this.d.events.locationOf(alert.eventId)) ?? { text: '', divisionCode: alert.divisionCode };
    const route = routeAlert(location, this.d.areas);
    const { outcome, effects } = await this.d.tasks.applyAlert(
      {
        jobId: job.id!,
        assessmentId: alert.assessmentId,
        eventId: alert.eventId,
        householdKey: alert.householdKey,
        threadKey: alert.threadKey,
        divisionCode: alert.divisionCode,
        riskLevel: alert.riskLevel,
        riskScore: alert.riskScore,
        correlationId: alert.correlationId,
      },
      route,
    );
    await this.d.queues.schedule(effects);
    this.d.count.alerts({ outcome, route: route.method });
    this.d.count.stage('task', Date.parse(alert.raisedAt));
    this.d.log.info(
      { correlationId: alert.correlationId, jobId: job.id, taskId: effects.taskId, outcome, route: route.method, level: alert.riskLevel },
      'grid task updated',
    );
    return { taskId: effects.taskId, outcome, route: route.method };
  }
}
