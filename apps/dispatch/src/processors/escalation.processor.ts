import { Inject } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { LOGGER } from '@hub/app-core';
import { JobName, QueueName } from '@hub/contracts';
import { GridTaskCommands } from '@hub/grid-tasks';
import { DispatchQueues } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import { DISPATCH_COUNTERS, type DispatchCounters } from '../dispatch.providers';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';

/**
 * Alerts the duty officers (值班) on duty at the escalation's centre, on each of their channels, for an
 * escalation not told when it was stored (one written before escalations were notified in the same
 * transaction; reconcile schedules these). Idempotent: a told escalation writes nothing new.
 */
@Processor(QueueName.Escalations, WORKER_OPTIONS[QueueName.Escalations])
export class EscalationProcessor extends WorkerHost {
  constructor(
    private readonly registry: JobRegistry,
    commands: GridTaskCommands,
    queues: DispatchQueues,
    @Inject(DISPATCH_COUNTERS) count: DispatchCounters,
    @Inject(LOGGER) log: Logger,
  ) {
    super();
    registry.handle(JobName.EscalationRaised, async ({ escalationId }) => {
      const deliveries = await commands.notifyEscalation.execute(escalationId);
      await queues.scheduleMany([{ taskId: '', deadline: null, revisit: null, escalations: [], deliveries }]);
      count.escalations({});
      log.info({ escalationId, deliveries: deliveries.length }, 'duty officers alerted');
      return { deliveries: deliveries.length };
    });
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }
}
