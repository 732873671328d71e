import { type Actor, type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 核查 (verify): a duty officer confirms the feedback; follow-up revisits start by grade. */
export class VerifyTaskService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, actor: Actor, reason: string, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.verify(actor, reason, this.rules, now));
  }
}
