import { type GridTask, TaskRuleViolation } from '@hub/domain';
import type { GridTaskRepository, TaskUnitOfWork } from './ports';
import { storeEffects, type TaskWork } from './task-work';

export class TaskNotFound extends TaskRuleViolation {
  constructor(taskId: string) {
    super('task_not_found', `任务 ${taskId} 不存在`);
  }
}

export interface TaskChanged {
  task: GridTask;
  work: TaskWork;
}

/**
 * One command on one task: a transaction that locks the task, lets the GridTask decide, and stores the
 * task with the effects it recorded. The command returns false when it changed nothing (a stale deadline).
 */
export async function changeTask(
  repo: GridTaskRepository,
  taskId: string,
  command: (task: GridTask, uow: TaskUnitOfWork) => boolean | void | Promise<boolean | void>,
): Promise<TaskChanged | null> {
  return repo.transaction(async (uow) => {
    const [task] = await uow.lockTasks([taskId]);
    if (!task) throw new TaskNotFound(taskId);
    if ((await command(task, uow)) === false) return null;
    const [work] = await storeEffects(uow, [{ task, effects: task.pullEffects() }], { updated: [task] });
    return { task, work };
  });
}

/** changeTask for commands that always change the task (or refuse with a TaskRuleViolation). */
export async function changeTaskOrRefuse(
  repo: GridTaskRepository,
  taskId: string,
  command: (task: GridTask, uow: TaskUnitOfWork) => void | Promise<void>,
): Promise<TaskChanged> {
  return (await changeTask(repo, taskId, command))!;
}
