import type { GridTaskRepository } from '../../ports';
import { changeTask, TaskNotFound } from '../../task-changes';

/** A revisit came due: remind the grid worker, once per revisit number. */
export class RemindRevisitService {
  constructor(private readonly repo: GridTaskRepository) {}

  async execute(taskId: string, revisitNo: number) {
    try {
      return await changeTask(this.repo, taskId, (t) => t.remindRevisit(revisitNo));
    } catch (e) {
      if (e instanceof TaskNotFound) return null;
      throw e;
    }
  }
}
