import type { Actor, DispatchRules } from '@hub/domain';
import type { AreaDirectory, GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 指派 (assign): the township centre places a task routing could not place, or one a worker rejected. */
export class AssignTaskService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
    private readonly areas: AreaDirectory,
  ) {}

  execute(taskId: string, gridCode: string, actor: Actor, reason: string, now = new Date()) {
    const grid = this.areas.placeGrid(gridCode);
    return changeTaskOrRefuse(this.repo, taskId, async (t, uow) => {
      const workers = grid ? await uow.workersOf([grid.code]) : [];
      t.assign(gridCode, grid, workers, actor, reason, this.rules, now);
    });
  }
}
