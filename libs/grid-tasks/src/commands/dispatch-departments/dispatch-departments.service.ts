import { type Actor, type Department, type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 分派 (dispatch): the departments taking part in joint handling are named. */
export class DispatchDepartmentsService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, departments: Department[], actor: Actor, reason: string, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.dispatchTo(departments, actor, reason, this.rules, now));
  }
}
