import { Inject, Injectable } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { TaskDeadlineDueV1 } from '@hub/contracts';
import { DISPATCH_DEPS, type DispatchDeps, parseJob } from './dispatch-deps';

/** A deadline came due: escalate one level up if it still stands; schedule the next step of the chain. */
@Injectable()
export class TaskDeadlineProcessor extends WorkerHost {
  constructor(@Inject(DISPATCH_DEPS) private readonly d: DispatchDeps) {
    super();
  }

  async process(job: Job): Promise<{ escalated: boolean }> {
    const due = parseJob(TaskDeadlineDueV1, job);
    const effects = await this.d.tasks.escalateOverdue(due.taskId, due.kind, new Date(due.dueAt));
    if (!effects) return { escalated: false };
    await this.d.queues.schedule(effects);
    this.d.count.deadlinesMissed({ kind: due.kind });
    this.d.log.warn(
      { taskId: due.taskId, kind: due.kind, dueAt: due.dueAt, escalations: effects.escalations },
      'deadline missed, task escalated',
    );
    return { escalated: effects.escalations.length > 0 };
  }
}
