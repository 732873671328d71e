import {
  type Actor,
  type AlertLevel,
  AREA_LEVEL_ZH,
  type AreaLevel,
  checkTransition,
  type EscalationPolicy,
  LEVEL_RANK,
  LEVEL_ZH,
  type RoutingDecision,
  runningDeadline,
  stableUuid,
  TASK_STATE_ZH,
  type TaskState,
  type TransitionRequest,
} from '@hub/domain';
import type { TaskEventType } from '@hub/contracts';
import type { Pool, PoolClient } from 'pg';
import { centreCodeAt, createDeliveries, type DeliveryRef } from './delivery-store';
import { inTransaction } from '../transaction';

export interface GridTaskRow {
  taskId: string;
  householdKey: string;
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
  feedbackAt: Date | null;
  nextRevisitAt: Date | null;
  revisitCount: number;
  closedAt: Date | null;
  alertCount: number;
  mediation: string | null;
  createdAt: Date;
}

const TASK_COLUMNS = `task_id AS "taskId", household_key AS "householdKey", division_code AS "divisionCode", centre_code AS "centreCode",
  village_code AS "villageCode", grid_code AS "gridCode", worker_id AS "workerId", route_method AS "routeMethod", route_reason AS "routeReason",
  risk_level AS "riskLevel", risk_score AS "riskScore", state, escalation_level AS "escalationLevel", supervised,
  accept_due_at AS "acceptDueAt", feedback_due_at AS "feedbackDueAt", accepted_at AS "acceptedAt", feedback_at AS "feedbackAt",
  next_revisit_at AS "nextRevisitAt", revisit_count AS "revisitCount", closed_at AS "closedAt", alert_count AS "alertCount",
  mediation, created_at AS "createdAt"`;

/** What a change asks of the queues once it is committed; reconcile derives the same from stored state. */
export interface DispatchEffects {
  taskId: string;
  deadline: { kind: 'accept' | 'feedback'; dueAt: Date } | null;
  escalations: string[];
  deliveries: DeliveryRef[];
  revisit: { revisitNo: number; dueAt: Date } | null;
}

export interface AlertForTask {
  jobId: string;
  assessmentId: string;
  eventId: string;
  householdKey: string;
  threadKey?: string;
  divisionCode: string;
  riskLevel: AlertLevel;
  riskScore: number;
  correlationId: string;
}

export type AlertOutcome = 'created' | 'raised' | 'joined' | 'already-applied';

/** A refused change, with the reason in the words of the person who asked (Chinese) and a code. */
export class TaskChangeRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 404 | 409 | 422 = 409,
  ) {
    super(message);
  }
}

export interface DispatchSettings {
  policy: EscalationPolicy;
  /** Open tasks a grid worker may hold before the township centre is told. */
  workerCeiling: number;
}

function effectsOf(t: GridTaskRow): DispatchEffects {
  const kind = runningDeadline(t.state);
  const dueAt = kind === 'accept' ? t.acceptDueAt : kind === 'feedback' ? t.feedbackDueAt : null;
  return {
    taskId: t.taskId,
    deadline: kind && dueAt ? { kind, dueAt } : null,
    escalations: [],
    deliveries: [],
    revisit: t.state === 'verified' && t.nextRevisitAt ? { revisitNo: t.revisitCount + 1, dueAt: t.nextRevisitAt } : null,
  };
}

/**
 * Grid tasks and the closed loop. Every change is one transaction that writes the task, the event
 * (who, when, why), any escalation and the deliveries it causes; the caller then schedules the jobs
 * named in the returned effects. Nothing about a task lives only in Redis.
 */
export class GridTaskStore {
  constructor(
    private readonly pool: Pool,
    private readonly settings: DispatchSettings,
  ) {}

  private get policy(): EscalationPolicy {
    return this.settings.policy;
  }

  async get(taskId: string): Promise<GridTaskRow | undefined> {
    const { rows } = await this.pool.query<GridTaskRow>(`SELECT ${TASK_COLUMNS} FROM grid_task WHERE task_id = $1`, [taskId]);
    return rows[0];
  }

  private async lock(c: PoolClient, taskId: string): Promise<GridTaskRow> {
    const { rows } = await c.query<GridTaskRow>(`SELECT ${TASK_COLUMNS} FROM grid_task WHERE task_id = $1 FOR UPDATE`, [taskId]);
    if (!rows[0]) throw new TaskChangeRefused('task_not_found', `任务 ${taskId} 不存在`, 404);
    return rows[0];
  }

  /** One change of one task: a transaction holding the task's row lock from the first read. */
  private changing<T>(taskId: string, work: (c: PoolClient, t: GridTaskRow) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (c) => work(c, await this.lock(c, taskId)));
  }

  private async event(
    c: PoolClient,
    taskId: string,
    type: TaskEventType,
    actor: Actor,
    reason: string,
    detail: Record<string, unknown> = {},
    states?: { from?: string; to?: string },
  ): Promise<void> {
    await c.query(
      `INSERT INTO task_event (task_id, type, from_state, to_state, actor_kind, actor_id, reason, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [taskId, type, states?.from ?? null, states?.to ?? null, actor.kind, actor.id, reason, JSON.stringify(detail)],
    );
  }

  /** Records an escalation once (its id derives from the fact) and returns its id when it is new. */
  private async escalate(
    c: PoolClient,
    t: GridTaskRow,
    toLevel: AreaLevel,
    reason: string,
    reasonText: string,
    factKey: string,
  ): Promise<string | null> {
    const escalationId = stableUuid(`escalation|${t.taskId}|${factKey}`);
    const centre = centreCodeAt(toLevel, t.villageCode ?? t.divisionCode);
    const ins = await c.query(
      `INSERT INTO escalation (escalation_id, task_id, from_level, to_level, centre_code, reason, reason_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (escalation_id) DO NOTHING`,
      [escalationId, t.taskId, t.escalationLevel, toLevel, centre, reason, reasonText],
    );
    if (!ins.rowCount) return null;
    await this.event(c, t.taskId, 'escalated', { kind: 'system', id: 'dispatch' }, reasonText, {
      escalationId,
      toLevel,
      centreCode: centre,
      reason,
    });
    return escalationId;
  }

  /**
   * Applies an alert: opens the household's task, or joins the open one and raises its grade. Idempotent
   * on the job id. Red reaches the county duty officer at once, beside the grid worker.
   */
  async applyAlert(
    a: AlertForTask,
    route: RoutingDecision,
    now = new Date(),
  ): Promise<{ outcome: AlertOutcome; effects: DispatchEffects }> {
    return inTransaction(this.pool, async (c) => {
      // Serialises alerts of one household across workers, so two never open two tasks.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [a.householdKey]);
      const applied = await c.query<{ task_id: string }>('SELECT task_id FROM task_alert WHERE job_id = $1', [a.jobId]);
      if (applied.rows[0]) {
        const t = await this.lock(c, applied.rows[0].task_id);
        return { outcome: 'already-applied' as const, effects: effectsOf(t) };
      }
      // One open task per household and dispute thread: a second pair of the same household (a couple, and
      // a father and his adult son) gets its own task; a record naming no pair joins the household's task.
      const thread = a.threadKey ?? `household:${a.householdKey}`;
      const open = await c.query<GridTaskRow>(
        `SELECT ${TASK_COLUMNS} FROM grid_task
         WHERE household_key = $1 AND state <> 'closed'
           AND (thread_key IS NULL OR thread_key = $2 OR thread_key LIKE 'household:%' OR $2 LIKE 'household:%')
         ORDER BY (thread_key = $2) IS TRUE DESC, created_at DESC LIMIT 1 FOR UPDATE`,
        [a.householdKey, thread],
      );
      const system: Actor = { kind: 'system', id: 'dispatch' };
      let outcome: AlertOutcome;
      let task: GridTaskRow;
      const escalations: string[] = [];
      const deliveries: DeliveryRef[] = [];
      if (!open.rows[0]) {
        const taskId = stableUuid(`task|${a.jobId}`);
        const worker = route.gridCode ? await this.pickWorker(c, route.gridCode) : null;
        const acceptDue = this.policy.acceptDue(a.riskLevel, false, now);
        const ins = await c.query<GridTaskRow>(
          `INSERT INTO grid_task (task_id, household_key, division_code, centre_code, village_code, grid_code, worker_id, route_method,
             route_reason, risk_level, risk_score, state, accept_due_at, last_assessment_id, correlation_id, created_at, updated_at, thread_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'reported', $12, $13, $14, $15, $15, $16) RETURNING ${TASK_COLUMNS}`,
          [
            taskId,
            a.householdKey,
            a.divisionCode,
            route.centreCode,
            route.villageCode,
            route.gridCode,
            worker?.workerId ?? null,
            route.method,
            route.reason,
            a.riskLevel,
            a.riskScore,
            acceptDue,
            a.assessmentId,
            a.correlationId,
            now,
            thread,
          ],
        );
        task = ins.rows[0];
        outcome = 'created';
        await this.event(
          c,
          task.taskId,
          'created',
          system,
          `${LEVEL_ZH[a.riskLevel]}预警上报`,
          { route, assessmentId: a.assessmentId },
          { to: 'reported' },
        );
        if (worker) {
          deliveries.push(
            ...(await createDeliveries(c, task.taskId, 'task_assigned', { to: 'grid_worker', workerId: worker.workerId }, a.jobId)),
          );
          if (worker.open + 1 > this.settings.workerCeiling) deliveries.push(...(await this.flagWorkload(c, task, worker, a.jobId)));
        } else {
          // No grid: the township centre dispatches by hand, within the same accept deadline.
          deliveries.push(
            ...(await createDeliveries(
              c,
              task.taskId,
              'manual_dispatch',
              { to: 'duty', centreCode: route.centreCode ?? centreCodeAt('county', a.divisionCode) },
              a.jobId,
              {
                note: route.reason,
              },
            )),
          );
        }
      } else {
        const t = open.rows[0];
        const raise = LEVEL_RANK[a.riskLevel] > LEVEL_RANK[t.riskLevel];
        outcome = raise ? 'raised' : 'joined';
        const dues = raise ? this.policy.tightened(t, a.riskLevel, t.supervised, now) : t;
        const upd = await c.query<GridTaskRow>(
          `UPDATE grid_task SET risk_level = $2, risk_score = greatest(risk_score, $3), accept_due_at = $4, feedback_due_at = $5,
             alert_count = alert_count + 1, last_assessment_id = CASE WHEN $6 THEN $7::uuid ELSE last_assessment_id END, updated_at = $8,
             thread_key = CASE WHEN $9 LIKE 'pair:%' AND (thread_key IS NULL OR thread_key LIKE 'household:%') THEN $9 ELSE thread_key END
           WHERE task_id = $1 RETURNING ${TASK_COLUMNS}`,
          [
            t.taskId,
            raise ? a.riskLevel : t.riskLevel,
            a.riskScore,
            dues.acceptDueAt,
            dues.feedbackDueAt,
            raise,
            a.assessmentId,
            now,
            thread,
          ],
        );
        task = upd.rows[0];
        if (raise) {
          await this.event(c, t.taskId, 'grade_raised', system, `新警情将等级由${LEVEL_ZH[t.riskLevel]}提升为${LEVEL_ZH[a.riskLevel]}`, {
            from: t.riskLevel,
            to: a.riskLevel,
            assessmentId: a.assessmentId,
          });
          // The bundled update goes to the worker only when the grade rises; a same-grade repeat joins silently.
          deliveries.push(...(await createDeliveries(c, t.taskId, 'task_raised', { to: 'grid_worker', workerId: t.workerId }, a.jobId)));
        } else {
          await this.event(c, t.taskId, 'alert_joined', system, '同一家庭的新预警并入本任务', {
            assessmentId: a.assessmentId,
            level: a.riskLevel,
          });
        }
      }
      if (this.policy.immediateNotice(task.riskLevel) && (outcome === 'created' || outcome === 'raised')) {
        const id = await this.escalate(c, task, 'county', 'red_alert', '红色预警，同步县级值班', 'red_alert');
        if (id) escalations.push(id);
      }
      await c.query(
        `INSERT INTO task_alert (job_id, task_id, assessment_id, event_id, risk_level, risk_score, outcome, route_method, grid_code, route_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [a.jobId, task.taskId, a.assessmentId, a.eventId, a.riskLevel, a.riskScore, outcome, route.method, route.gridCode, route.reason],
      );
      return { outcome, effects: { ...effectsOf(task), escalations, deliveries } };
    });
  }

  private async pickWorker(c: PoolClient, gridCode: string): Promise<{ workerId: string; open: number } | null> {
    const { rows } = await c.query<{ worker_id: string; open: string }>(
      `SELECT w.worker_id, (SELECT count(*) FROM grid_task t WHERE t.worker_id = w.worker_id AND t.state <> 'closed') AS open
       FROM grid_worker w WHERE w.grid_code = $1 AND w.active ORDER BY 2, 1 LIMIT 1`,
      [gridCode],
    );
    return rows[0] ? { workerId: rows[0].worker_id, open: Number(rows[0].open) } : null;
  }

  private async flagWorkload(
    c: PoolClient,
    t: GridTaskRow,
    worker: { workerId: string; open: number },
    factKey: string,
  ): Promise<DeliveryRef[]> {
    const reason = `网格员 ${worker.workerId} 在办任务 ${worker.open + 1} 件，超过上限 ${this.settings.workerCeiling} 件`;
    await this.event(c, t.taskId, 'workload_flag', { kind: 'system', id: 'dispatch' }, reason, {
      workerId: worker.workerId,
      open: worker.open + 1,
    });
    return createDeliveries(
      c,
      t.taskId,
      'workload_flag',
      { to: 'duty', centreCode: centreCodeAt('township', t.villageCode ?? t.divisionCode) },
      `${factKey}|workload`,
      {
        note: reason,
      },
    );
  }

  /** A step of the closed loop by a person (or the system), validated and recorded with who, when and why. */
  async transition(taskId: string, req: TransitionRequest, now = new Date()): Promise<{ task: GridTaskRow; effects: DispatchEffects }> {
    return this.changing(taskId, async (c, t) => {
      const check = checkTransition(t.state, req);
      if (!check.ok)
        throw new TaskChangeRefused(
          check.code,
          check.message,
          check.code === 'illegal_transition' || check.code === 'actor_not_allowed' ? 409 : 422,
        );
      if (req.to === 'closed' && t.state === 'verified' && req.actor.kind !== 'system' && this.policy.revisitAfter(t.riskLevel) !== null) {
        throw new TaskChangeRefused(
          'revisit_required',
          `${LEVEL_ZH[t.riskLevel]}案件须经回访确认已化解方可结案（POST /api/tasks/${taskId}/revisits）`,
          409,
        );
      }
      if (req.to === 'reported' && t.state === 'rejected') {
        throw new TaskChangeRefused('assign_required', '退回的任务须通过重新指派（POST /api/tasks/:id/assign）回到待受理', 409);
      }
      const sets: string[] = ['state = $2', 'updated_at = $3'];
      const args: unknown[] = [taskId, req.to, now];
      const set = (col: string, v: unknown) => {
        args.push(v);
        sets.push(`${col} = $${args.length}`);
      };
      // On time means before the first deadline: once a deadline escalated, the chain's later ones do not count.
      const missed = async (reason: string) =>
        !!(await c.query('SELECT 1 FROM escalation WHERE task_id = $1 AND reason = $2 LIMIT 1', [taskId, reason])).rowCount;
      if (req.to === 'accepted') {
        set('accepted_at', now);
        set('accepted_on_time', (!t.acceptDueAt || now <= t.acceptDueAt) && !(await missed('accept_overdue')));
        set('accept_due_at', null);
        set('feedback_due_at', this.policy.feedbackDue(t.riskLevel, t.supervised, now));
      } else if (req.to === 'feedback') {
        set('feedback_at', now);
        set('feedback_on_time', (!t.feedbackDueAt || now <= t.feedbackDueAt) && !(await missed('feedback_overdue')));
        set('feedback_due_at', null);
        set('mediation', req.mediation);
      } else if (req.to === 'returned') {
        set('feedback_due_at', this.policy.feedbackDue(t.riskLevel, t.supervised, now));
      } else if (req.to === 'verified') {
        const after = this.policy.revisitAfter(t.riskLevel);
        set('next_revisit_at', after === null ? null : new Date(now.getTime() + after));
      } else if (req.to === 'closed') {
        set('closed_at', now);
        set('next_revisit_at', null);
        set('accept_due_at', null);
        set('feedback_due_at', null);
      } else if (req.to === 'rejected') {
        set('accept_due_at', null);
        set('feedback_due_at', null);
      }
      const { rows } = await c.query<GridTaskRow>(
        `UPDATE grid_task SET ${sets.join(', ')} WHERE task_id = $1 RETURNING ${TASK_COLUMNS}`,
        args,
      );
      const detail: Record<string, unknown> = {};
      if (req.departments) detail.departments = req.departments;
      if (req.mediation) detail.mediation = req.mediation;
      await this.event(c, taskId, 'transition', req.actor, req.reason, detail, { from: t.state, to: req.to });
      const deliveries =
        req.to === 'rejected'
          ? await createDeliveries(
              c,
              taskId,
              'manual_dispatch',
              { to: 'duty', centreCode: centreCodeAt('township', t.villageCode ?? t.divisionCode) },
              `reject|${taskId}|${now.getTime()}`,
              {
                note: `网格员退回：${req.reason}`,
              },
            )
          : [];
      return { task: rows[0], effects: { ...effectsOf(rows[0]), deliveries } };
    });
  }

  /**
   * A deadline job came due. It escalates only if the deadline still stands (the task did not move on
   * and the due was not changed since the job was scheduled): a stale or repeated job does nothing.
   */
  async escalateOverdue(taskId: string, kind: 'accept' | 'feedback', dueAt: Date, now = new Date()): Promise<DispatchEffects | null> {
    return inTransaction(this.pool, async (c) => {
      const t = await this.lock(c, taskId).catch(() => undefined);
      if (!t || runningDeadline(t.state) !== kind) return null;
      const due = kind === 'accept' ? t.acceptDueAt : t.feedbackDueAt;
      if (!due || due.getTime() !== dueAt.getTime()) return null;
      const next = this.policy.nextLevel(t.escalationLevel);
      const what = kind === 'accept' ? '受理' : '走访反馈';
      const column = kind === 'accept' ? 'accept_due_at' : 'feedback_due_at';
      const d = this.policy.deadlines(t.riskLevel, t.supervised);
      // The chain goes on: the level now answering gets a fresh deadline of the same length; at the city it stops.
      const nextDue = next ? new Date(now.getTime() + (kind === 'accept' ? d.acceptMs : d.feedbackMs)) : null;
      const { rows } = await c.query<GridTaskRow>(
        `UPDATE grid_task SET escalation_level = $2, ${column} = $3, updated_at = $4 WHERE task_id = $1 RETURNING ${TASK_COLUMNS}`,
        [taskId, next ?? t.escalationLevel, nextDue, now],
      );
      const toLevel = next ?? t.escalationLevel;
      const reasonText = `逾期未${what}（期限 ${due.toISOString()}），升级至${AREA_LEVEL_ZH[toLevel]}值班`;
      const id = await this.escalate(c, t, toLevel, `${kind}_overdue`, reasonText, `${kind}|${due.getTime()}`);
      return { ...effectsOf(rows[0]), escalations: id ? [id] : [] };
    });
  }

  /** Deliveries to the duty officers of an escalation's centre; idempotent. */
  async deliveriesForEscalation(escalationId: string): Promise<DeliveryRef[]> {
    return inTransaction(this.pool, async (c) => {
      const { rows } = await c.query<{ task_id: string; to_level: AreaLevel; centre_code: string; reason_text: string }>(
        'SELECT task_id, to_level, centre_code, reason_text FROM escalation WHERE escalation_id = $1',
        [escalationId],
      );
      const e = rows[0];
      if (!e) return [];
      await c.query('UPDATE escalation SET notified_at = coalesce(notified_at, now()) WHERE escalation_id = $1', [escalationId]);
      return createDeliveries(c, e.task_id, 'escalation', { to: 'duty', centreCode: e.centre_code }, `escalation|${escalationId}`, {
        escalation: { toLevel: e.to_level, reason: e.reason_text },
      });
    });
  }

  /** A person changes the grade. Raising re-evaluates the chain at once; lowering needs a written reason. */
  async changeGrade(
    taskId: string,
    level: AlertLevel,
    actor: Actor,
    reason: string,
    now = new Date(),
  ): Promise<{ task: GridTaskRow; effects: DispatchEffects }> {
    return this.changing(taskId, async (c, t) => {
      if (t.state === 'closed') throw new TaskChangeRefused('task_closed', '任务已结案，不能调整等级');
      if (level === t.riskLevel) throw new TaskChangeRefused('same_grade', `任务已是${LEVEL_ZH[level]}`, 422);
      const raise = LEVEL_RANK[level] > LEVEL_RANK[t.riskLevel];
      if (!raise && (actor.kind === 'system' || reason.trim().length < 4)) {
        throw new TaskChangeRefused('reason_required', '降低等级须由具体人员操作并写明理由（至少 4 个字）', 422);
      }
      const dues = raise ? this.policy.tightened(t, level, t.supervised, now) : t;
      const { rows } = await c.query<GridTaskRow>(
        `UPDATE grid_task SET risk_level = $2, accept_due_at = $3, feedback_due_at = $4, updated_at = $5 WHERE task_id = $1 RETURNING ${TASK_COLUMNS}`,
        [taskId, level, dues.acceptDueAt, dues.feedbackDueAt, now],
      );
      await this.event(c, taskId, raise ? 'grade_raised' : 'grade_lowered', actor, reason, { from: t.riskLevel, to: level });
      const escalations: string[] = [];
      if (raise && this.policy.immediateNotice(level)) {
        const id = await this.escalate(c, rows[0], 'county', 'red_alert', '等级提升为红色，同步县级值班', 'red_alert');
        if (id) escalations.push(id);
      }
      return { task: rows[0], effects: { ...effectsOf(rows[0]), escalations } };
    });
  }

  /** 督办: a duty officer puts the task under supervision; its running deadlines shorten at once. */
  async supervise(
    taskId: string,
    actor: Actor,
    reason: string,
    now = new Date(),
  ): Promise<{ task: GridTaskRow; effects: DispatchEffects }> {
    return this.changing(taskId, async (c, t) => {
      if (t.state === 'closed') throw new TaskChangeRefused('task_closed', '任务已结案，不能督办');
      if (t.supervised) throw new TaskChangeRefused('already_supervised', '任务已在督办中');
      const dues = this.policy.tightened(t, t.riskLevel, true, now);
      const { rows } = await c.query<GridTaskRow>(
        `UPDATE grid_task SET supervised = true, accept_due_at = $2, feedback_due_at = $3, updated_at = $4 WHERE task_id = $1 RETURNING ${TASK_COLUMNS}`,
        [taskId, dues.acceptDueAt, dues.feedbackDueAt, now],
      );
      await this.event(c, taskId, 'supervised', actor, reason, { acceptDueAt: dues.acceptDueAt, feedbackDueAt: dues.feedbackDueAt });
      return { task: rows[0], effects: effectsOf(rows[0]) };
    });
  }

  /** The township centre assigns a task to a grid: one that routing could not place, or one a worker rejected. */
  async assign(
    taskId: string,
    gridCode: string,
    actor: Actor,
    reason: string,
    now = new Date(),
  ): Promise<{ task: GridTaskRow; effects: DispatchEffects }> {
    return this.changing(taskId, async (c, t) => {
      if (!(t.state === 'rejected' || (t.state === 'reported' && !t.workerId))) {
        throw new TaskChangeRefused('not_assignable', `任务当前为「${TASK_STATE_ZH[t.state]}」，只有待人工分派或已退回的任务可以指派`);
      }
      const grid = await c.query<{ village_code: string }>('SELECT village_code FROM grid WHERE code = $1', [gridCode]);
      if (!grid.rows[0]) throw new TaskChangeRefused('unknown_grid', `网格 ${gridCode} 不存在`, 422);
      const worker = await this.pickWorker(c, gridCode);
      if (!worker) throw new TaskChangeRefused('grid_without_worker', `网格 ${gridCode} 没有在岗网格员`, 422);
      const { rows } = await c.query<GridTaskRow>(
        `UPDATE grid_task SET state = 'reported', grid_code = $2, village_code = $3, worker_id = $4, accept_due_at = $5, updated_at = $6
         WHERE task_id = $1 RETURNING ${TASK_COLUMNS}`,
        [taskId, gridCode, grid.rows[0].village_code, worker.workerId, this.policy.acceptDue(t.riskLevel, t.supervised, now), now],
      );
      await this.event(c, taskId, 'reassigned', actor, reason, { gridCode, workerId: worker.workerId }, { from: t.state, to: 'reported' });
      const deliveries = await createDeliveries(
        c,
        taskId,
        'task_assigned',
        { to: 'grid_worker', workerId: worker.workerId },
        `assign|${taskId}|${now.getTime()}`,
      );
      return { task: rows[0], effects: { ...effectsOf(rows[0]), deliveries } };
    });
  }

  /**
   * A revisit (回访) of a verified case. It may re-grade the case; only a revisit that finds it settled
   * closes it, otherwise the next revisit is scheduled by the (new) grade.
   */
  async recordRevisit(
    taskId: string,
    r: { actor: Actor; settled: boolean; level?: AlertLevel; note: string },
    now = new Date(),
  ): Promise<{ task: GridTaskRow; effects: DispatchEffects }> {
    return this.changing(taskId, async (c, t) => {
      if (t.state !== 'verified')
        throw new TaskChangeRefused('not_in_follow_up', `任务当前为「${TASK_STATE_ZH[t.state]}」，核查后才进入回访`);
      if (r.note.trim().length < 2) throw new TaskChangeRefused('reason_required', '回访须填写情况（note）', 422);
      const level = r.level ?? t.riskLevel;
      if (LEVEL_RANK[level] < LEVEL_RANK[t.riskLevel] && r.note.trim().length < 4) {
        throw new TaskChangeRefused('reason_required', '降低等级须写明理由（至少 4 个字）', 422);
      }
      const after = this.policy.revisitAfter(level);
      const nextRevisit = r.settled || after === null ? null : new Date(now.getTime() + after);
      const { rows } = await c.query<GridTaskRow>(
        `UPDATE grid_task SET revisit_count = revisit_count + 1, risk_level = $2, next_revisit_at = $3,
           state = CASE WHEN $4 THEN 'closed' ELSE state END, closed_at = CASE WHEN $4 THEN $5 ELSE closed_at END, updated_at = $5
         WHERE task_id = $1 RETURNING ${TASK_COLUMNS}`,
        [taskId, level, nextRevisit, r.settled, now],
      );
      await this.event(c, taskId, 'revisit', r.actor, r.note, { settled: r.settled, revisitNo: t.revisitCount + 1, level });
      if (level !== t.riskLevel) {
        const raise = LEVEL_RANK[level] > LEVEL_RANK[t.riskLevel];
        await this.event(c, taskId, raise ? 'grade_raised' : 'grade_lowered', r.actor, r.note, {
          from: t.riskLevel,
          to: level,
          by: 'revisit',
        });
      }
      if (r.settled) {
        await this.event(
          c,
          taskId,
          'transition',
          { kind: 'system', id: 'dispatch' },
          '回访确认已化解，结案',
          {},
          { from: 'verified', to: 'closed' },
        );
      }
      return { task: rows[0], effects: effectsOf(rows[0]) };
    });
  }

  /** A revisit came due: remind the grid worker (once per revisit number). */
  async revisitReminder(taskId: string, revisitNo: number): Promise<DeliveryRef[]> {
    return inTransaction(this.pool, async (c) => {
      const t = await this.lock(c, taskId).catch(() => undefined);
      if (!t || t.state !== 'verified' || t.revisitCount + 1 !== revisitNo) return [];
      return createDeliveries(c, taskId, 'revisit_due', { to: 'grid_worker', workerId: t.workerId }, `revisit|${taskId}|${revisitNo}`, {
        note: `第 ${revisitNo} 次回访`,
      });
    });
  }

  async events(taskId: string): Promise<unknown[]> {
    const { rows } = await this.pool.query(
      `SELECT id::text AS sequence, type, from_state AS "fromState", to_state AS "toState", actor_kind AS "actorKind", actor_id AS "actorId",
              reason, detail, at FROM task_event WHERE task_id = $1 ORDER BY id`,
      [taskId],
    );
    return rows;
  }

  /** Everything the queues should hold according to PostgreSQL, for rebuilding them after Redis lost them. */
  async pendingEffects(): Promise<{
    tasks: DispatchEffects[];
    escalationsWithoutDeliveries: string[];
    pendingDeliveries: DeliveryRef[];
    unappliedAlerts: { jobId: string; jobName: string; payload: unknown }[];
  }> {
    const [tasks, esc, del, alerts] = await Promise.all([
      this.pool.query<GridTaskRow>(
        `SELECT ${TASK_COLUMNS} FROM grid_task WHERE state <> 'closed' AND (accept_due_at IS NOT NULL OR feedback_due_at IS NOT NULL OR next_revisit_at IS NOT NULL)`,
      ),
      this.pool.query<{ escalation_id: string }>(`SELECT escalation_id FROM escalation WHERE notified_at IS NULL`),
      this.pool.query<DeliveryRef>(`SELECT delivery_id AS "deliveryId", channel, round FROM delivery WHERE status = 'pending'`),
      this.pool.query<{ jobId: string; jobName: string; payload: unknown }>(
        `SELECT o.job_id AS "jobId", o.job_name AS "jobName", o.payload FROM outbox o
         WHERE o.queue = 'grid-alerts' AND o.relayed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM task_alert a WHERE a.job_id = o.job_id)`,
      ),
    ]);
    return {
      tasks: tasks.rows.map(effectsOf),
      escalationsWithoutDeliveries: esc.rows.map((r) => r.escalation_id),
      pendingDeliveries: del.rows,
      unappliedAlerts: alerts.rows,
    };
  }
}
