import { type Actor, type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 退回 (reject): not the grid worker's case; the township centre is told to reassign it. */
export class RejectTaskService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, actor: Actor, reason: string, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.reject(actor, reason, this.rules, now));
  }
}
