import type { DispatchRules, TransitionRequest } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { changeTaskOrRefuse, type TaskChanged } from '../../task-changes';
import type { AcceptTaskService } from '../accept-task/accept-task.service';
import type { CloseTaskService } from '../close-task/close-task.service';
import type { DispatchDepartmentsService } from '../dispatch-departments/dispatch-departments.service';
import type { GiveFeedbackService } from '../give-feedback/give-feedback.service';
import type { RejectTaskService } from '../reject-task/reject-task.service';
import type { ReturnTaskService } from '../return-task/return-task.service';
import type { StartHandlingService } from '../start-handling/start-handling.service';
import type { VerifyTaskService } from '../verify-task/verify-task.service';

export interface ClosedLoopCommands {
  accept: AcceptTaskService;
  dispatchDepartments: DispatchDepartmentsService;
  startHandling: StartHandlingService;
  giveFeedback: GiveFeedbackService;
  verify: VerifyTaskService;
  returnTask: ReturnTaskService;
  reject: RejectTaskService;
  close: CloseTaskService;
}

/**
 * The HTTP API takes a closed-loop step as `{ to, reason, ... }`; this picks the command it names. A step
 * the state machine does not know from the task's state is refused by the GridTask itself.
 */
export class StepTaskService {
  constructor(
    private readonly c: ClosedLoopCommands,
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  execute(taskId: string, req: TransitionRequest, now = new Date()): Promise<TaskChanged> {
    const { actor, reason } = req;
    switch (req.to) {
      case 'accepted':
        return this.c.accept.execute(taskId, actor, reason, now);
      case 'dispatched':
        return this.c.dispatchDepartments.execute(taskId, req.departments ?? [], actor, reason, now);
      case 'in_handling':
        return this.c.startHandling.execute(taskId, actor, reason, now);
      case 'feedback':
        return this.c.giveFeedback.execute(taskId, req.mediation, actor, reason, now);
      case 'verified':
        return this.c.verify.execute(taskId, actor, reason, now);
      case 'returned':
        return this.c.returnTask.execute(taskId, actor, reason, now);
      case 'rejected':
        return this.c.reject.execute(taskId, actor, reason, now);
      case 'closed':
        return this.c.close.execute(taskId, actor, reason, now);
      case 'reported':
        // Refused by the state machine (only an assignment brings a task back to 待受理).
        return changeTaskOrRefuse(this.repo, taskId, (t) => t.move(req, this.rules, now));
    }
  }
}
