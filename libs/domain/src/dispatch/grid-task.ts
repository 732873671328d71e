import { stableUuid } from '../ingestion/admission';
import { LEVEL_RANK } from '../risk/risk-rules';
import type { DeliveryPurpose, TaskBrief } from './delivery-message';
import { LEVEL_ZH } from './delivery-message';
import { AREA_LEVEL_ZH, type AreaLevel, centreCodeAt } from '../area/area-level';
import type { AlertLevel, EscalationPolicy } from './escalation-policy';
import type { RoutingDecision } from './routing';
import {
  type Actor,
  checkTransition,
  type Department,
  type MediationOutcome,
  runningDeadline,
  TASK_STATE_ZH,
  type TaskState,
  type TransitionRequest,
} from './task-lifecycle';

/**
 * The grid task (网格任务) as a domain model: every rule of how a task opens, joins later alerts, runs its
 * deadlines, escalates, is supervised, re-graded, revisited and closed lives here, with no I/O. A command
 * changes the task in memory and records the effects it asks for (events, escalations, notices); the
 * application services (libs/grid-tasks) store both in one transaction and then schedule the jobs.
 */

export type TaskEventType =
  | 'created'
  | 'transition'
  | 'alert_joined'
  | 'grade_raised'
  | 'grade_lowered'
  | 'escalated'
  | 'supervised'
  | 'revisit'
  | 'workload_flag'
  | 'reassigned';

/** What a grid worker's message may draw on about the household: dispatch's own copy (masked only). */
export interface TaskBriefData {
  address?: string;
  persons: { role: string; nameMasked: string; idMasked?: string }[];
  factorLabels: string[];
  area: { county?: string; township?: string; village?: string; grid?: string };
}

export interface GridTaskProps {
  taskId: string;
  householdKey: string;
  threadKey: string | null;
  divisionCode: string;
  centreCode: string | null;
  villageCode: string | null;
  gridCode: string | null;
  workerId: string | null;
  routeMethod: string;
  routeReason: string;
  riskLevel: AlertLevel;
  riskScore: number;
  state: TaskState;
  escalationLevel: AreaLevel;
  supervised: boolean;
  acceptDueAt: Date | null;
  feedbackDueAt: Date | null;
  acceptedAt: Date | null;
  acceptedOnTime: boolean | null;
  feedbackAt: Date | null;
  feedbackOnTime: boolean | null;
  mediation: string | null;
  nextRevisitAt: Date | null;
  revisitCount: number;
  closedAt: Date | null;
  alertCount: number;
  lastAssessmentId: string;
  correlationId: string;
  createdAt: Date;
  updatedAt: Date;
  brief: TaskBriefData;
  /** Whether a deadline of this kind ever escalated the task: once it did, the task is late for it. */
  missed: { accept: boolean; feedback: boolean };
}

/** An alert as dispatch applies it: what risk handed over, plus where routing placed it. */
export interface AlertFacts {
  jobId: string;
  assessmentId: string;
  eventId: string;
  householdKey: string;
  threadKey?: string;
  divisionCode: string;
  riskLevel: AlertLevel;
  riskScore: number;
  correlationId: string;
  brief: TaskBriefData;
}

export interface WorkerLoad {
  workerId: string;
  gridCode: string;
  /** Open tasks the worker holds now. */
  open: number;
}

export interface DispatchRules {
  policy: EscalationPolicy;
  /** Open tasks a grid worker may hold before the township centre is told. */
  workerCeiling: number;
}

export type NoticeAudience = { to: 'grid_worker'; workerId: string | null } | { to: 'duty'; centreCode: string };

export interface TaskEventRecord {
  taskId: string;
  type: TaskEventType;
  actor: Actor;
  reason: string;
  detail: Record<string, unknown>;
  fromState?: TaskState;
  toState?: TaskState;
}

export interface EscalationRecord {
  escalationId: string;
  taskId: string;
  fromLevel: AreaLevel;
  toLevel: AreaLevel;
  centreCode: string;
  reason: 'red_alert' | 'accept_overdue' | 'feedback_overdue';
  reasonText: string;
}

/** Who is told what: the deliveries are derived from it (recipients, channels, minimised messages). */
export interface Notice {
  taskId: string;
  purpose: DeliveryPurpose;
  audience: NoticeAudience;
  /** Delivery ids derive from it: the same fact never sends twice. */
  factKey: string;
  extra?: Pick<TaskBrief, 'note' | 'escalation'>;
}

export type TaskEffect =
  | { kind: 'event'; event: TaskEventRecord }
  /** Stored once (its id derives from the fact); its `escalated` event only when it is new. */
  | { kind: 'escalation'; escalation: EscalationRecord; event: TaskEventRecord }
  | { kind: 'notice'; notice: Notice };

/** A refused command, with the reason in the words of the person who asked (Chinese) and a code. */
export class TaskRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TaskRuleViolation';
  }
}

export type AlertOutcome = 'created' | 'raised' | 'joined' | 'already-applied';

/** What the queues must hold for a task, derived from its state alone (reconcile rebuilds it the same way). */
export interface TaskSchedule {
  taskId: string;
  deadline: { kind: 'accept' | 'feedback'; dueAt: Date } | null;
  revisit: { revisitNo: number; dueAt: Date } | null;
}

/** The fields of a task its schedule derives from. */
export type ScheduleFacts = Pick<GridTaskProps, 'taskId' | 'state' | 'acceptDueAt' | 'feedbackDueAt' | 'nextRevisitAt' | 'revisitCount'>;

/**
 * What the queues must hold for a task in this state: the running deadline, and the next revisit of a verified
 * task. A function of these fields alone, so that reconcile can derive it from a plain read of them.
 */
export function scheduleOf(p: ScheduleFacts): TaskSchedule {
  const kind = runningDeadline(p.state);
  const dueAt = kind === 'accept' ? p.acceptDueAt : kind === 'feedback' ? p.feedbackDueAt : null;
  return {
    taskId: p.taskId,
    deadline: kind && dueAt ? { kind, dueAt } : null,
    revisit: p.state === 'verified' && p.nextRevisitAt ? { revisitNo: p.revisitCount + 1, dueAt: p.nextRevisitAt } : null,
  };
}

const SYSTEM: Actor = { kind: 'system', id: 'dispatch' };

/** The least-loaded active worker of a grid (ties: the lowest id), or none. */
export function leastLoadedWorker(workers: readonly WorkerLoad[]): WorkerLoad | null {
  let best: WorkerLoad | null = null;
  for (const w of workers) {
    if (!best || w.open < best.open || (w.open === best.open && w.workerId < best.workerId)) best = w;
  }
  return best;
}

/**
 * The open task an alert joins, if any: one open task per household and dispute thread. A second pair of
 * the same household (a couple, and a father and his adult son) gets its own task; a record naming no
 * pair (`household:…`) joins the household's task; a task opened before threads existed takes any.
 * Among candidates the same thread wins, then the newest.
 */
export function taskToJoin(alert: Pick<AlertFacts, 'householdKey' | 'threadKey'>, open: readonly GridTask[]): GridTask | undefined {
  const thread = alert.threadKey ?? `household:${alert.householdKey}`;
  const candidates = open.filter((t) => {
    const p = t.props;
    if (p.householdKey !== alert.householdKey || p.state === 'closed') return false;
    return p.threadKey === null || p.threadKey === thread || p.threadKey.startsWith('household:') || thread.startsWith('household:');
  });
  candidates.sort(
    (a, b) =>
      Number(b.props.threadKey === thread) - Number(a.props.threadKey === thread) ||
      b.props.createdAt.getTime() - a.props.createdAt.getTime(),
  );
  return candidates[0];
}

export class GridTask {
  private pending: TaskEffect[] = [];

  private constructor(private p: GridTaskProps) {}

  static restore(props: GridTaskProps): GridTask {
    return new GridTask({ ...props, brief: props.brief, missed: { ...props.missed } });
  }

  get props(): Readonly<GridTaskProps> {
    return this.p;
  }

  get id(): string {
    return this.p.taskId;
  }

  /** The effects recorded since the last call, in order; the caller stores them with the task. */
  pullEffects(): TaskEffect[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  schedule(): TaskSchedule {
    return scheduleOf(this.p);
  }

  /** The brief a message about this task is composed from. */
  brief(): TaskBrief {
    const b = this.p.brief;
    return {
      taskId: this.p.taskId,
      riskLevel: this.p.riskLevel,
      riskScore: this.p.riskScore,
      area: b.area,
      householdAddress: b.address,
      persons: b.persons,
      factorLabels: b.factorLabels,
      acceptDueAt: this.p.acceptDueAt?.toISOString() ?? null,
      feedbackDueAt: this.p.feedbackDueAt?.toISOString() ?? null,
      alertCount: this.p.alertCount,
      supervised: this.p.supervised,
    };
  }

  // ---- alerts -------------------------------------------------------------------------------------

  /**
   * Opens the household's task for an alert: placed with the least-loaded worker of the routed grid, or
   * left for the township centre to dispatch by hand (within the same accept deadline). Red reaches the
   * county duty officer at once; a worker over the ceiling makes the township centre hear of it.
   */
  static open(alert: AlertFacts, route: RoutingDecision, worker: WorkerLoad | null, rules: DispatchRules, now: Date): GridTask {
    const t = new GridTask({
      taskId: stableUuid(`task|${alert.jobId}`),
      householdKey: alert.householdKey,
      threadKey: alert.threadKey ?? `household:${alert.householdKey}`,
      divisionCode: alert.divisionCode,
      centreCode: route.centreCode,
      villageCode: route.villageCode,
      gridCode: route.gridCode,
      workerId: worker?.workerId ?? null,
      routeMethod: route.method,
      routeReason: route.reason,
      riskLevel: alert.riskLevel,
      riskScore: alert.riskScore,
      state: 'reported',
      escalationLevel: 'village',
      supervised: false,
      acceptDueAt: rules.policy.acceptDue(alert.riskLevel, false, now),
      feedbackDueAt: null,
      acceptedAt: null,
      acceptedOnTime: null,
      feedbackAt: null,
      feedbackOnTime: null,
      mediation: null,
      nextRevisitAt: null,
      revisitCount: 0,
      closedAt: null,
      alertCount: 1,
      lastAssessmentId: alert.assessmentId,
      correlationId: alert.correlationId,
      createdAt: now,
      updatedAt: now,
      brief: alert.brief,
      missed: { accept: false, feedback: false },
    });
    t.event('created', SYSTEM, `${LEVEL_ZH[alert.riskLevel]}预警上报`, { route, assessmentId: alert.assessmentId }, { to: 'reported' });
    if (worker) {
      t.notify('task_assigned', { to: 'grid_worker', workerId: worker.workerId }, alert.jobId);
      const open = worker.open + 1;
      if (open > rules.workerCeiling) {
        const reason = `网格员 ${worker.workerId} 在办任务 ${open} 件，超过上限 ${rules.workerCeiling} 件`;
        t.event('workload_flag', SYSTEM, reason, { workerId: worker.workerId, open });
        t.notify('workload_flag', { to: 'duty', centreCode: t.centreAt('township') }, `${alert.jobId}|workload`, { note: reason });
      }
    } else {
      t.notify('manual_dispatch', { to: 'duty', centreCode: route.centreCode ?? centreCodeAt('county', alert.divisionCode) }, alert.jobId, {
        note: route.reason,
      });
    }
    t.noticeRed('red_alert', '红色预警，同步县级值班', rules);
    return t;
  }

  /**
   * A later alert of the household joins the open task. A higher grade raises the task (its running
   * deadline tightens at once, the worker gets the bundled update, red tells the county); the same or a
   * lower grade joins silently.
   */
  joinAlert(alert: AlertFacts, rules: DispatchRules, now: Date): 'raised' | 'joined' {
    const p = this.p;
    const raise = LEVEL_RANK[alert.riskLevel] > LEVEL_RANK[p.riskLevel];
    const thread = alert.threadKey ?? `household:${alert.householdKey}`;
    if (thread.startsWith('pair:') && (p.threadKey === null || p.threadKey.startsWith('household:'))) p.threadKey = thread;
    p.riskScore = Math.max(p.riskScore, alert.riskScore);
    p.alertCount += 1;
    p.updatedAt = now;
    if (!raise) {
      this.event('alert_joined', SYSTEM, '同一家庭的新预警并入本任务', { assessmentId: alert.assessmentId, level: alert.riskLevel });
      return 'joined';
    }
    const from = p.riskLevel;
    Object.assign(p, rules.policy.tightened(p, alert.riskLevel, p.supervised, now));
    p.riskLevel = alert.riskLevel;
    p.lastAssessmentId = alert.assessmentId;
    // The brief follows the alert that set the grade; the area stays where the task was placed.
    p.brief = { ...alert.brief, area: p.brief.area };
    this.event('grade_raised', SYSTEM, `新警情将等级由${LEVEL_ZH[from]}提升为${LEVEL_ZH[alert.riskLevel]}`, {
      from,
      to: alert.riskLevel,
      assessmentId: alert.assessmentId,
    });
    this.notify('task_raised', { to: 'grid_worker', workerId: p.workerId }, alert.jobId);
    this.noticeRed('red_alert', '红色预警，同步县级值班', rules);
    return 'raised';
  }

  // ---- the closed loop ----------------------------------------------------------------------------

  accept(actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'accepted', actor, reason }, rules, now);
  }

  dispatchTo(departments: Department[], actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'dispatched', actor, reason, departments }, rules, now);
  }

  startHandling(actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'in_handling', actor, reason }, rules, now);
  }

  giveFeedback(mediation: MediationOutcome | undefined, actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'feedback', actor, reason, mediation }, rules, now);
  }

  verify(actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'verified', actor, reason }, rules, now);
  }

  returnForMore(actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'returned', actor, reason }, rules, now);
  }

  reject(actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'rejected', actor, reason }, rules, now);
  }

  close(actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    this.move({ to: 'closed', actor, reason }, rules, now);
  }

  /** A step of the closed loop, validated against the state machine; named commands above call it. */
  move(req: TransitionRequest, rules: DispatchRules, now: Date): void {
    const p = this.p;
    const check = checkTransition(p.state, req);
    if (!check.ok) throw new TaskRuleViolation(check.code, check.message);
    if (req.to === 'closed' && p.state === 'verified' && req.actor.kind !== 'system' && rules.policy.revisitAfter(p.riskLevel) !== null) {
      throw new TaskRuleViolation(
        'revisit_required',
        `${LEVEL_ZH[p.riskLevel]}案件须经回访确认已化解方可结案（POST /api/tasks/${p.taskId}/revisits）`,
      );
    }
    if (req.to === 'reported' && p.state === 'rejected') {
      throw new TaskRuleViolation('assign_required', '退回的任务须通过重新指派（POST /api/tasks/:id/assign）回到待受理');
    }
    const from = p.state;
    p.state = req.to;
    p.updatedAt = now;
    // On time means before the first deadline: once a deadline escalated, the chain's later ones do not count.
    if (req.to === 'accepted') {
      p.acceptedAt = now;
      p.acceptedOnTime = (!p.acceptDueAt || now <= p.acceptDueAt) && !p.missed.accept;
      p.acceptDueAt = null;
      p.feedbackDueAt = rules.policy.feedbackDue(p.riskLevel, p.supervised, now);
    } else if (req.to === 'feedback') {
      p.feedbackAt = now;
      p.feedbackOnTime = (!p.feedbackDueAt || now <= p.feedbackDueAt) && !p.missed.feedback;
      p.feedbackDueAt = null;
      p.mediation = req.mediation ?? null;
    } else if (req.to === 'returned') {
      p.feedbackDueAt = rules.policy.feedbackDue(p.riskLevel, p.supervised, now);
    } else if (req.to === 'verified') {
      const after = rules.policy.revisitAfter(p.riskLevel);
      p.nextRevisitAt = after === null ? null : new Date(now.getTime() + after);
    } else if (req.to === 'closed') {
      p.closedAt = now;
      p.nextRevisitAt = null;
      p.acceptDueAt = null;
      p.feedbackDueAt = null;
    } else if (req.to === 'rejected') {
      p.acceptDueAt = null;
      p.feedbackDueAt = null;
    }
    const detail: Record<string, unknown> = {};
    if (req.departments) detail.departments = req.departments;
    if (req.mediation) detail.mediation = req.mediation;
    this.event('transition', req.actor, req.reason, detail, { from, to: req.to });
    if (req.to === 'rejected') {
      this.notify('manual_dispatch', { to: 'duty', centreCode: this.centreAt('township') }, `reject|${p.taskId}|${now.getTime()}`, {
        note: `网格员退回：${req.reason}`,
      });
    }
  }

  /** The township centre assigns a task to a grid: one routing could not place, or one a worker rejected. */
  assign(
    gridCode: string,
    grid: { code: string; villageCode: string; area: TaskBriefData['area'] } | undefined,
    workers: readonly WorkerLoad[],
    actor: Actor,
    reason: string,
    rules: DispatchRules,
    now: Date,
  ): void {
    const p = this.p;
    if (!(p.state === 'rejected' || (p.state === 'reported' && !p.workerId))) {
      throw new TaskRuleViolation('not_assignable', `任务当前为「${TASK_STATE_ZH[p.state]}」，只有待人工分派或已退回的任务可以指派`);
    }
    if (!grid) throw new TaskRuleViolation('unknown_grid', `网格 ${gridCode} 不存在`);
    const worker = leastLoadedWorker(workers);
    if (!worker) throw new TaskRuleViolation('grid_without_worker', `网格 ${grid.code} 没有在岗网格员`);
    const from = p.state;
    Object.assign(p, {
      state: 'reported',
      gridCode: grid.code,
      villageCode: grid.villageCode,
      workerId: worker.workerId,
      acceptDueAt: rules.policy.acceptDue(p.riskLevel, p.supervised, now),
      updatedAt: now,
    });
    p.brief = { ...p.brief, area: grid.area };
    this.event('reassigned', actor, reason, { gridCode: grid.code, workerId: worker.workerId }, { from, to: 'reported' });
    this.notify('task_assigned', { to: 'grid_worker', workerId: worker.workerId }, `assign|${p.taskId}|${now.getTime()}`);
  }

  /** 督办: a duty officer puts the task under supervision; its running deadlines shorten at once. */
  supervise(actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    const p = this.p;
    if (p.state === 'closed') throw new TaskRuleViolation('task_closed', '任务已结案，不能督办');
    if (p.supervised) throw new TaskRuleViolation('already_supervised', '任务已在督办中');
    const dues = rules.policy.tightened(p, p.riskLevel, true, now);
    Object.assign(p, dues, { supervised: true, updatedAt: now });
    this.event('supervised', actor, reason, { acceptDueAt: dues.acceptDueAt, feedbackDueAt: dues.feedbackDueAt });
  }

  /** A person changes the grade. Raising re-evaluates the chain at once; lowering needs a person and a reason. */
  regrade(level: AlertLevel, actor: Actor, reason: string, rules: DispatchRules, now: Date): void {
    const p = this.p;
    if (p.state === 'closed') throw new TaskRuleViolation('task_closed', '任务已结案，不能调整等级');
    if (level === p.riskLevel) throw new TaskRuleViolation('same_grade', `任务已是${LEVEL_ZH[level]}`);
    const raise = LEVEL_RANK[level] > LEVEL_RANK[p.riskLevel];
    if (!raise && (actor.kind === 'system' || reason.trim().length < 4)) {
      throw new TaskRuleViolation('reason_required', '降低等级须由具体人员操作并写明理由（至少 4 个字）');
    }
    const from = p.riskLevel;
    if (raise) Object.assign(p, rules.policy.tightened(p, level, p.supervised, now));
    p.riskLevel = level;
    p.updatedAt = now;
    this.event(raise ? 'grade_raised' : 'grade_lowered', actor, reason, { from, to: level });
    if (raise) this.noticeRed('red_alert', '等级提升为红色，同步县级值班', rules);
  }

  /**
   * A deadline came due. It escalates one level up only if it still stands (the task did not move on and
   * the due was not changed since the job was scheduled): a stale or repeated job changes nothing. The
   * level now answering gets a fresh deadline of the same length; at the city the chain stops.
   */
  escalateOverdue(kind: 'accept' | 'feedback', dueAt: Date, rules: DispatchRules, now: Date): boolean {
    const p = this.p;
    if (runningDeadline(p.state) !== kind) return false;
    const due = kind === 'accept' ? p.acceptDueAt : p.feedbackDueAt;
    if (!due || due.getTime() !== dueAt.getTime()) return false;
    const next = rules.policy.nextLevel(p.escalationLevel);
    const d = rules.policy.deadlines(p.riskLevel, p.supervised);
    const nextDue = next ? new Date(now.getTime() + (kind === 'accept' ? d.acceptMs : d.feedbackMs)) : null;
    const fromLevel = p.escalationLevel;
    const toLevel = next ?? p.escalationLevel;
    p.escalationLevel = toLevel;
    if (kind === 'accept') p.acceptDueAt = nextDue;
    else p.feedbackDueAt = nextDue;
    p.missed[kind] = true;
    p.updatedAt = now;
    const what = kind === 'accept' ? '受理' : '走访反馈';
    this.escalate(
      fromLevel,
      toLevel,
      `${kind}_overdue`,
      `逾期未${what}（期限 ${due.toISOString()}），升级至${AREA_LEVEL_ZH[toLevel]}值班`,
      `${kind}|${due.getTime()}`,
    );
    return true;
  }

  /**
   * A revisit (回访) of a verified case. It may re-grade the case; only a revisit that finds it settled
   * closes it, otherwise the next revisit is scheduled by the (new) grade.
   */
  recordRevisit(r: { actor: Actor; settled: boolean; level?: AlertLevel; note: string }, rules: DispatchRules, now: Date): void {
    const p = this.p;
    if (p.state !== 'verified')
      throw new TaskRuleViolation('not_in_follow_up', `任务当前为「${TASK_STATE_ZH[p.state]}」，核查后才进入回访`);
    if (r.note.trim().length < 2) throw new TaskRuleViolation('reason_required', '回访须填写情况（note）');
    const level = r.level ?? p.riskLevel;
    if (LEVEL_RANK[level] < LEVEL_RANK[p.riskLevel] && r.note.trim().length < 4) {
      throw new TaskRuleViolation('reason_required', '降低等级须写明理由（至少 4 个字）');
    }
    const after = rules.policy.revisitAfter(level);
    const from = p.riskLevel;
    p.revisitCount += 1;
    p.riskLevel = level;
    p.nextRevisitAt = r.settled || after === null ? null : new Date(now.getTime() + after);
    p.updatedAt = now;
    if (r.settled) {
      p.state = 'closed';
      p.closedAt = now;
    }
    this.event('revisit', r.actor, r.note, { settled: r.settled, revisitNo: p.revisitCount, level });
    if (level !== from) {
      const raise = LEVEL_RANK[level] > LEVEL_RANK[from];
      this.event(raise ? 'grade_raised' : 'grade_lowered', r.actor, r.note, { from, to: level, by: 'revisit' });
    }
    if (r.settled) this.event('transition', SYSTEM, '回访确认已化解，结案', {}, { from: 'verified', to: 'closed' });
  }

  /** A revisit came due: remind the grid worker, once per revisit number, if the task still waits for it. */
  remindRevisit(revisitNo: number): boolean {
    const p = this.p;
    if (p.state !== 'verified' || p.revisitCount + 1 !== revisitNo) return false;
    this.notify('revisit_due', { to: 'grid_worker', workerId: p.workerId }, `revisit|${p.taskId}|${revisitNo}`, {
      note: `第 ${revisitNo} 次回访`,
    });
    return true;
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private centreAt(level: AreaLevel): string {
    return centreCodeAt(level, this.p.villageCode ?? this.p.divisionCode);
  }

  private noticeRed(reason: 'red_alert', text: string, rules: DispatchRules): void {
    const level = rules.policy.immediateNotice(this.p.riskLevel);
    if (level) this.escalate(this.p.escalationLevel, level, reason, text, 'red_alert');
  }

  private escalate(
    fromLevel: AreaLevel,
    toLevel: AreaLevel,
    reason: EscalationRecord['reason'],
    reasonText: string,
    factKey: string,
  ): void {
    const escalationId = stableUuid(`escalation|${this.p.taskId}|${factKey}`);
    const centreCode = this.centreAt(toLevel);
    this.pending.push({
      kind: 'escalation',
      escalation: { escalationId, taskId: this.p.taskId, fromLevel, toLevel, centreCode, reason, reasonText },
      event: this.record('escalated', SYSTEM, reasonText, { escalationId, toLevel, centreCode, reason }),
    });
  }

  private record(
    type: TaskEventType,
    actor: Actor,
    reason: string,
    detail: Record<string, unknown>,
    states?: { from?: TaskState; to?: TaskState },
  ): TaskEventRecord {
    return {
      taskId: this.p.taskId,
      type,
      actor,
      reason,
      detail,
      ...(states?.from ? { fromState: states.from } : {}),
      ...(states?.to ? { toState: states.to } : {}),
    };
  }

  private event(
    type: TaskEventType,
    actor: Actor,
    reason: string,
    detail: Record<string, unknown> = {},
    states?: { from?: TaskState; to?: TaskState },
  ): void {
    this.pending.push({ kind: 'event', event: this.record(type, actor, reason, detail, states) });
  }

  private notify(purpose: DeliveryPurpose, audience: NoticeAudience, factKey: string, extra?: Notice['extra']): void {
    this.pending.push({ kind: 'notice', notice: { taskId: this.p.taskId, purpose, audience, factKey, ...(extra ? { extra } : {}) } });
  }
}

/** The notice an escalation's duty officers get, once its record exists. */
export function escalationNotice(e: Pick<EscalationRecord, 'escalationId' | 'taskId' | 'toLevel' | 'centreCode' | 'reasonText'>): Notice {
  return {
    taskId: e.taskId,
    purpose: 'escalation',
    audience: { to: 'duty', centreCode: e.centreCode },
    factKey: `escalation|${e.escalationId}`,
    extra: { escalation: { toLevel: e.toLevel, reason: e.reasonText } },
  };
}
