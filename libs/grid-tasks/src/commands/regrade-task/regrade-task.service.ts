import { type Actor, type AlertLevel, type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 调整等级 (regrade): raising tightens the chain at once; lowering needs a person and a reason. */
export class RegradeTaskService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, level: AlertLevel, actor: Actor, reason: string, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.regrade(level, actor, reason, this.rules, now));
  }
}
