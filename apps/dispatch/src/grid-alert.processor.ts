import { Inject } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { GridAlertRaisedV1, QueueName } from '@hub/contracts';
import { LEVEL_RANK, stableUuid } from '@hub/domain';
import type { Logger } from '@hub/observability';
import { GridTaskStore } from '@hub/persistence';

export const DISPATCH_LOG = Symbol('DISPATCH_LOG');

/**
 * Turns alerts into grid tasks. A payload that does not parse can never succeed: it fails at once
 * (UnrecoverableError) and stays in the failed set for operators. Anything else is rethrown, so
 * BullMQ retries it with backoff.
 */
@Processor(QueueName.GridAlerts, { concurrency: 4 })
export class GridAlertProcessor extends WorkerHost {
  constructor(
    private readonly tasks: GridTaskStore,
    @Inject(DISPATCH_LOG) private readonly log: Logger,
  ) {
    super();
  }

  async process(job: Job): Promise<{ taskId: string; outcome: string }> {
    const parsed = GridAlertRaisedV1.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(
        `invalid ${job.name} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    const alert = parsed.data;
    const outcome = await this.tasks.applyAlert({
      taskId: stableUuid(`task|${job.id}`),
      jobId: job.id!,
      householdKey: alert.householdKey,
      divisionCode: alert.divisionCode,
      gridCode: alert.gridCode,
      riskLevel: alert.riskLevel,
      levelRank: LEVEL_RANK[alert.riskLevel],
      correlationId: alert.correlationId,
    });
    this.log.info(
      { correlationId: alert.correlationId, jobId: job.id, taskId: outcome.taskId, outcome: outcome.kind, level: outcome.riskLevel },
      'grid task updated',
    );
    return { taskId: outcome.taskId, outcome: outcome.kind };
  }
}
