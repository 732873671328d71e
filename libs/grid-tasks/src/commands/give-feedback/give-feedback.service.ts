import { type Actor, type DispatchRules, type MediationOutcome } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse } from '../../task-changes';

/** 情况反馈 (feedback): the visit is reported with the outcome of mediation. */
export class GiveFeedbackService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, mediation: MediationOutcome | undefined, actor: Actor, reason: string, now = new Date()) {
    return changeTaskOrRefuse(this.repo, taskId, (t) => t.giveFeedback(mediation, actor, reason, this.rules, now));
  }
}
