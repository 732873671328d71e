import type { DispatchRules } from '@hub/domain';
import { ApplyAlertsService } from './commands/apply-alerts/apply-alerts.service';
import { AcceptTaskService } from './commands/accept-task/accept-task.service';
import { AssignTaskService } from './commands/assign-task/assign-task.service';
import { CloseTaskService } from './commands/close-task/close-task.service';
import { DispatchDepartmentsService } from './commands/dispatch-departments/dispatch-departments.service';
import { EscalateOverdueService } from './commands/escalate-overdue/escalate-overdue.service';
import { GiveFeedbackService } from './commands/give-feedback/give-feedback.service';
import { NotifyEscalationService } from './commands/notify-escalation/notify-escalation.service';
import { RecordRevisitService } from './commands/record-revisit/record-revisit.service';
import { RegradeTaskService } from './commands/regrade-task/regrade-task.service';
import { RejectTaskService } from './commands/reject-task/reject-task.service';
import { RemindRevisitService } from './commands/remind-revisit/remind-revisit.service';
import { ReturnTaskService } from './commands/return-task/return-task.service';
import { StartHandlingService } from './commands/start-handling/start-handling.service';
import { StepTaskService } from './commands/step-task/step-task.service';
import { SuperviseTaskService } from './commands/supervise-task/supervise-task.service';
import { VerifyTaskService } from './commands/verify-task/verify-task.service';
import type { AreaDirectory, GridTaskRepository } from './ports';

/** Every command of the grid task, built over one repository and one set of rules (Nest provides it). */
export class GridTaskCommands {
  readonly applyAlerts: ApplyAlertsService;
  readonly accept: AcceptTaskService;
  readonly dispatchDepartments: DispatchDepartmentsService;
  readonly startHandling: StartHandlingService;
  readonly giveFeedback: GiveFeedbackService;
  readonly verify: VerifyTaskService;
  readonly returnTask: ReturnTaskService;
  readonly reject: RejectTaskService;
  readonly close: CloseTaskService;
  readonly step: StepTaskService;
  readonly assign: AssignTaskService;
  readonly supervise: SuperviseTaskService;
  readonly regrade: RegradeTaskService;
  readonly escalateOverdue: EscalateOverdueService;
  readonly notifyEscalation: NotifyEscalationService;
  readonly recordRevisit: RecordRevisitService;
  readonly remindRevisit: RemindRevisitService;

  constructor(
    readonly repo: GridTaskRepository,
    readonly rules: DispatchRules,
    areas: AreaDirectory,
  ) {
    this.applyAlerts = new ApplyAlertsService(repo, rules);
    this.accept = new AcceptTaskService(repo, rules);
    this.dispatchDepartments = new DispatchDepartmentsService(repo, rules);
    this.startHandling = new StartHandlingService(repo, rules);
    this.giveFeedback = new GiveFeedbackService(repo, rules);
    this.verify = new VerifyTaskService(repo, rules);
    this.returnTask = new ReturnTaskService(repo, rules);
    this.reject = new RejectTaskService(repo, rules);
    this.close = new CloseTaskService(repo, rules);
    this.step = new StepTaskService(this, repo, rules);
    this.assign = new AssignTaskService(repo, rules, areas);
    this.supervise = new SuperviseTaskService(repo, rules);
    this.regrade = new RegradeTaskService(repo, rules);
    this.escalateOverdue = new EscalateOverdueService(repo, rules);
    this.notifyEscalation = new NotifyEscalationService(repo);
    this.recordRevisit = new RecordRevisitService(repo, rules);
    this.remindRevisit = new RemindRevisitService(repo);
  }
}
