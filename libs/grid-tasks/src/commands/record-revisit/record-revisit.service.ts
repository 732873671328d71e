import { type Actor, type AlertLevel, type DispatchRules } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 回访 (revisit) of a verified case; only one that finds it settled closes it. */
export class RecordRevisitService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, r: { actor: Actor; settled: boolean; level?: AlertLevel; note: string }, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.recordRevisit(r, this.rules, now));
  }
}
