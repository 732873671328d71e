import { type Actor, type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 结案 (close): a verified case without follow-up, or a rejected one the centre closes. */
export class CloseTaskService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, actor: Actor, reason: string, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.close(actor, reason, this.rules, now));
  }
}
