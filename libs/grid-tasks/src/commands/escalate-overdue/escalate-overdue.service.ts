import { type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTask, TaskNotFound } from '../../task-changes';

/** A deadline came due: escalate one level up if it still stands; a stale or repeated job changes nothing. */
export class EscalateOverdueService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  async execute(taskId: string, kind: 'accept' | 'feedback', dueAt: Date, now = new Date()) {
    try {
      return await changeTask(this.repo, taskId, (t) => t.escalateOverdue(kind, dueAt, this.rules, now));
    } catch (e) {
      if (e instanceof TaskNotFound) return null;
      throw e;
    }
  }
}
