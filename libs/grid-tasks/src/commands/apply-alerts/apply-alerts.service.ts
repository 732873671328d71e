import {
  type AlertFacts,
  type AlertOutcome,
  type DispatchRules,
  GridTask,
  leastLoadedWorker,
  type RoutingDecision,
  taskToJoin,
  type WorkerLoad,
} from '@hub/domain';
import type { GridTaskRepository, TaskAlertRecord } from '../../ports';
import { storeEffects, type TaskChange, type TaskWork } from '../../task-work';

export interface RoutedAlert extends AlertFacts {
  route: RoutingDecision;
}

export interface AppliedAlert {
  jobId: string;
  taskId: string;
  outcome: AlertOutcome;
}

export interface AppliedBatch {
  alerts: AppliedAlert[];
  /** One entry per task touched (or, for an alert already applied, its task as it stands). */
  work: TaskWork[];
}

/**
 * Apply alerts (预警转任务): many alerts in one transaction. Each opens its household's task or joins the
 * open one (the GridTask decides); the batch then costs a fixed number of multi-row statements. Alerts
 * already applied (a redelivered job) change nothing and only report their task's schedule again.
 */
export class ApplyAlertsService {
  constructor(
    private readonly repo: GridTaskRepository,
    private readonly rules: DispatchRules,
  ) {}

  async apply(alerts: RoutedAlert[], now = new Date()): Promise<AppliedBatch> {
    if (!alerts.length) return { alerts: [], work: [] };
    return this.repo.transaction(async (uow) => {
      const households = [...new Set(alerts.map((a) => a.householdKey))];
      await uow.lockHouseholds(households);
      const grids = [...new Set(alerts.flatMap((a) => (a.route.gridCode ? [a.route.gridCode] : [])))];
      const {
        applied,
        open,
        appliedTasks: repeats,
        workers: loads,
      } = await uow.alertContext(
        alerts.map((a) => a.jobId),
        households,
        grids,
      );
      const fresh = alerts.filter((a) => !applied.has(a.jobId));
      const workers = new Map<string, WorkerLoad[]>();
      for (const w of loads) workers.set(w.gridCode, [...(workers.get(w.gridCode) ?? []), w]);
      const created: GridTask[] = [];
      const touched = new Map<string, GridTask>();
      const changes: TaskChange[] = [];
      const taskAlerts: TaskAlertRecord[] = [];
      const out: AppliedAlert[] = [];
      for (const a of fresh) {
        const joined = taskToJoin(a, [...open, ...created]);
        let task: GridTask;
        let outcome: AlertOutcome;
        if (joined) {
          task = joined;
          outcome = task.joinAlert(a, this.rules, now);
          if (!created.includes(task)) touched.set(task.id, task);
        } else {
          const worker = a.route.gridCode ? leastLoadedWorker(workers.get(a.route.gridCode) ?? []) : null;
          task = GridTask.open(a, a.route, worker, this.rules, now);
          if (worker) worker.open += 1;
          created.push(task);
          outcome = 'created';
        }
        changes.push({ task, effects: task.pullEffects() });
        taskAlerts.push({
          jobId: a.jobId,
          taskId: task.id,
          assessmentId: a.assessmentId,
          eventId: a.eventId,
          riskLevel: a.riskLevel,
          riskScore: a.riskScore,
          outcome,
          routeMethod: a.route.method,
          gridCode: a.route.gridCode,
          routeReason: a.route.reason,
        });
        out.push({ jobId: a.jobId, taskId: task.id, outcome });
      }
      const work = changes.length ? await storeEffects(uow, changes, { created, updated: [...touched.values()], taskAlerts }) : [];
      const byId = new Map(repeats.map((t) => [t.id, t]));
      for (const a of alerts) {
        const taskId = applied.get(a.jobId);
        if (taskId === undefined) continue;
        out.push({ jobId: a.jobId, taskId, outcome: 'already-applied' });
        const t = byId.get(taskId);
        if (t && !work.some((w) => w.taskId === taskId)) work.push({ ...t.schedule(), escalations: [], deliveries: [] });
      }
      return { alerts: out, work };
    });
  }
}
