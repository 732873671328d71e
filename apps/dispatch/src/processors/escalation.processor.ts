import { Inject, Injectable } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { LOGGER } from '@hub/app-core';
import { JobName, QueueName, type TaskDeadlineDueV1 } from '@hub/contracts';
import { GridTaskCommands } from '@hub/grid-tasks';
import { DispatchQueues } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import { DISPATCH_COUNTERS, type DispatchCounters } from '../dispatch.providers';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';
import { RegistryWorker } from './registry-worker';

/**
 * Escalations, from the two queues that raise or announce them:
 * - a deadline came due: escalate one level up if it still stands; schedule the next step of the chain;
 * - an escalation not told when it was stored (one written before escalations were notified in the same
 *   transaction; reconcile schedules these): alert the duty officers (值班) on duty at its centre, on each
 *   of their channels. Idempotent: a told escalation writes nothing new.
 */
@Injectable()
export class EscalationJobs {
  constructor(
    registry: JobRegistry,
    private readonly commands: GridTaskCommands,
    private readonly queues: DispatchQueues,
    @Inject(DISPATCH_COUNTERS) private readonly count: DispatchCounters,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    registry.handle(JobName.TaskDeadlineDue, (due) => this.deadlineDue(due));
    registry.handle(JobName.EscalationRaised, ({ escalationId }) => this.notify(escalationId));
  }

  private async deadlineDue(due: TaskDeadlineDueV1): Promise<{ escalated: boolean }> {
    const changed = await this.commands.escalateOverdue.execute(due.taskId, due.kind, new Date(due.dueAt));
    if (!changed) return { escalated: false };
    await this.queues.schedule(changed.work);
    const escalations = changed.work.notified ?? [];
    this.count.deadlinesMissed({ kind: due.kind });
    this.count.escalations({}, escalations.length);
    this.log.warn({ taskId: due.taskId, kind: due.kind, dueAt: due.dueAt, escalations }, 'deadline missed, task escalated');
    return { escalated: escalations.length > 0 };
  }

  private async notify(escalationId: string): Promise<{ deliveries: number }> {
    const deliveries = await this.commands.notifyEscalation.execute(escalationId);
    await this.queues.scheduleMany([{ taskId: '', deadline: null, revisit: null, escalations: [], deliveries }]);
    this.count.escalations({});
    this.log.info({ escalationId, deliveries: deliveries.length }, 'duty officers alerted');
    return { deliveries: deliveries.length };
  }
}

@Processor(QueueName.TaskDeadlines, WORKER_OPTIONS[QueueName.TaskDeadlines])
export class TaskDeadlineProcessor extends RegistryWorker {}

@Processor(QueueName.Escalations, WORKER_OPTIONS[QueueName.Escalations])
export class EscalationProcessor extends RegistryWorker {}
