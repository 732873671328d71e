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

/** A deadline came due: escalate one level up if it still stands; schedule the next step of the chain. */
@Processor(QueueName.TaskDeadlines, WORKER_OPTIONS[QueueName.TaskDeadlines])
export class TaskDeadlineProcessor extends WorkerHost {
  constructor(
    private readonly registry: JobRegistry,
    commands: GridTaskCommands,
    queues: DispatchQueues,
    @Inject(DISPATCH_COUNTERS) count: DispatchCounters,
    @Inject(LOGGER) log: Logger,
  ) {
    super();
    registry.handle(JobName.TaskDeadlineDue, async (due) => {
      const changed = await commands.escalateOverdue.execute(due.taskId, due.kind, new Date(due.dueAt));
      if (!changed) return { escalated: false };
      await queues.schedule(changed.work);
      const escalations = changed.work.notified ?? [];
      count.deadlinesMissed({ kind: due.kind });
      count.escalations({}, escalations.length);
      log.warn({ taskId: due.taskId, kind: due.kind, dueAt: due.dueAt, escalations }, 'deadline missed, task escalated');
      return { escalated: escalations.length > 0 };
    });
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }
}
