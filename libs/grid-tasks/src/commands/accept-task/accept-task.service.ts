import { type Actor, type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 受理 (accept): the grid worker takes the task; the feedback deadline starts. */
export class AcceptTaskService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, actor: Actor, reason: string, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.accept(actor, reason, this.rules, now));
  }
}
