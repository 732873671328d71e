import { type EscalationRecord, GridTask, type GridTaskProps, type TaskEventRecord, type WorkerLoad } from '@hub/domain';
import type {
  DeliveryRecord,
  GridTaskRepository,
  NoticeRecipient,
  StoredEscalation,
  TaskAlertRecord,
  TaskUnitOfWork,
} from '@hub/grid-tasks';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { inTransaction } from '../transaction';

const TASK_SELECT = `SELECT t.task_id AS "taskId", t.household_key AS "householdKey", t.thread_key AS "threadKey", t.division_code AS "divisionCode",
  t.centre_code AS "centreCode", t.village_code AS "villageCode", t.grid_code AS "gridCode", t.worker_id AS "workerId",
  t.route_method AS "routeMethod", t.route_reason AS "routeReason", t.risk_level AS "riskLevel", t.risk_score AS "riskScore", t.state,
  t.escalation_level AS "escalationLevel", t.supervised, t.accept_due_at AS "acceptDueAt", t.feedback_due_at AS "feedbackDueAt",
  t.accepted_at AS "acceptedAt", t.accepted_on_time AS "acceptedOnTime", t.feedback_at AS "feedbackAt", t.feedback_on_time AS "feedbackOnTime",
  t.mediation, t.next_revisit_at AS "nextRevisitAt", t.revisit_count AS "revisitCount", t.closed_at AS "closedAt", t.alert_count AS "alertCount",
  t.last_assessment_id AS "lastAssessmentId", t.correlation_id AS "correlationId", t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.brief,
  EXISTS (SELECT 1 FROM escalation e WHERE e.task_id = t.task_id AND e.reason = 'accept_overdue') AS "acceptMissed",
  EXISTS (SELECT 1 FROM escalation e WHERE e.task_id = t.task_id AND e.reason = 'feedback_overdue') AS "feedbackMissed"
  FROM grid_task t`;

/** The task's own fields as stored; the brief may predate some of its fields, the missed deadlines come from escalations. */
type TaskRow = Omit<GridTaskProps, 'brief' | 'missed'> & {
  brief: Partial<GridTaskProps['brief']> | null;
  acceptMissed: boolean;
  feedbackMissed: boolean;
};

function toTask(r: TaskRow): GridTask {
  const { acceptMissed, feedbackMissed, brief, ...props } = r;
  return GridTask.restore({
    ...props,
    brief: { persons: [], factorLabels: [], area: {}, ...brief },
    missed: { accept: acceptMissed, feedback: feedbackMissed },
  });
}

/** The columns a task writes, as one JSON record per task for jsonb_to_recordset. */
function taskRecord(t: GridTask): Record<string, unknown> {
  const { missed: _missed, ...p } = t.props;
  return {
    task_id: p.taskId,
    household_key: p.householdKey,
    thread_key: p.threadKey,
    division_code: p.divisionCode,
    centre_code: p.centreCode,
    village_code: p.villageCode,
    grid_code: p.gridCode,
    worker_id: p.workerId,
    route_method: p.routeMethod,
    route_reason: p.routeReason,
    risk_level: p.riskLevel,
    risk_score: p.riskScore,
    state: p.state,
    escalation_level: p.escalationLevel,
    supervised: p.supervised,
    accept_due_at: p.acceptDueAt,
    feedback_due_at: p.feedbackDueAt,
    accepted_at: p.acceptedAt,
    accepted_on_time: p.acceptedOnTime,
    feedback_at: p.feedbackAt,
    feedback_on_time: p.feedbackOnTime,
    mediation: p.mediation,
    next_revisit_at: p.nextRevisitAt,
    revisit_count: p.revisitCount,
    closed_at: p.closedAt,
    alert_count: p.alertCount,
    last_assessment_id: p.lastAssessmentId,
    correlation_id: p.correlationId,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    brief: p.brief,
  };
}

const TASK_RECORD_TYPE = `task_id uuid, household_key text, thread_key text, division_code char(12), centre_code char(12), village_code char(12),
  grid_code varchar(18), worker_id text, route_method text, route_reason text, risk_level text, risk_score int, state text, escalation_level text,
  supervised boolean, accept_due_at timestamptz, feedback_due_at timestamptz, accepted_at timestamptz, accepted_on_time boolean,
  feedback_at timestamptz, feedback_on_time boolean, mediation text, next_revisit_at timestamptz, revisit_count int, closed_at timestamptz,
  alert_count int, last_assessment_id uuid, correlation_id text, created_at timestamptz, updated_at timestamptz, brief jsonb`;
const TASK_COLUMNS = TASK_RECORD_TYPE.split(',').map((c) => c.trim().split(/\s+/)[0]);

/** Counts statements, so the benchmark can print statements per alert. */
export type StatementCounter = (n: number) => void;

/**
 * Raw pg here, not Prisma: a batch of alerts is written with one multi-row statement per table
 * (jsonb_to_recordset), locks households with advisory locks and rows with FOR UPDATE, none of which
 * Prisma's client expresses; `npm run bench -- dispatch` measures this path (docs/benchmarks.md).
 */
class PgTaskUnitOfWork implements TaskUnitOfWork {
  constructor(
    private readonly c: PoolClient,
    private readonly counted: StatementCounter,
  ) {}

  private async q<R extends QueryResultRow>(sql: string, args: unknown[]): Promise<R[]> {
    this.counted(1);
    return (await this.c.query<R>(sql, args)).rows;
  }

  async lockHouseholds(keys: string[]): Promise<void> {
    // In a fixed order, so two batches sharing households cannot deadlock.
    await this.q('SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) s', [[...keys].sort()]);
  }

  async appliedAlerts(jobIds: string[]): Promise<Map<string, string>> {
    const rows = await this.q<{ job_id: string; task_id: string }>(
      'SELECT job_id, task_id FROM task_alert WHERE job_id = ANY($1::text[])',
      [jobIds],
    );
    return new Map(rows.map((r) => [r.job_id, r.task_id]));
  }

  async openTasksOf(householdKeys: string[]): Promise<GridTask[]> {
    const rows = await this.q<TaskRow>(
      `${TASK_SELECT} WHERE t.household_key = ANY($1::text[]) AND t.state <> 'closed' ORDER BY t.task_id FOR UPDATE OF t`,
      [householdKeys],
    );
    return rows.map(toTask);
  }

  async lockTasks(taskIds: string[]): Promise<GridTask[]> {
    const rows = await this.q<TaskRow>(`${TASK_SELECT} WHERE t.task_id = ANY($1::uuid[]) ORDER BY t.task_id FOR UPDATE OF t`, [taskIds]);
    return rows.map(toTask);
  }

  async workersOf(gridCodes: string[]): Promise<WorkerLoad[]> {
    const rows = await this.q<{ workerId: string; gridCode: string; open: number }>(
      `SELECT w.worker_id AS "workerId", w.grid_code AS "gridCode",
              (SELECT count(*)::int FROM grid_task t WHERE t.worker_id = w.worker_id AND t.state <> 'closed') AS open
       FROM grid_worker w WHERE w.grid_code = ANY($1::text[]) AND w.active`,
      [gridCodes],
    );
    return rows;
  }

  async insertTasks(tasks: GridTask[]): Promise<void> {
    await this.q(
      `INSERT INTO grid_task (${TASK_COLUMNS.join(', ')}) SELECT ${TASK_COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${TASK_RECORD_TYPE})`,
      [JSON.stringify(tasks.map(taskRecord))],
    );
  }

  async updateTasks(tasks: GridTask[]): Promise<void> {
    const sets = TASK_COLUMNS.filter((c) => c !== 'task_id' && c !== 'created_at')
      .map((c) => `${c} = r.${c}`)
      .join(', ');
    await this.q(
      `UPDATE grid_task t SET ${sets} FROM jsonb_to_recordset($1::jsonb) AS r(${TASK_RECORD_TYPE}) WHERE t.task_id = r.task_id`,
      [JSON.stringify(tasks.map(taskRecord))],
    );
  }

  async insertEvents(events: TaskEventRecord[]): Promise<void> {
    // WITH ORDINALITY keeps the events' order in their ids (hub.task.event.v1 is published in id order).
    await this.q(
      `INSERT INTO task_event (task_id, type, from_state, to_state, actor_kind, actor_id, reason, detail)
       SELECT (e->>'taskId')::uuid, e->>'type', e->>'fromState', e->>'toState', e->'actor'->>'kind', e->'actor'->>'id', e->>'reason',
              coalesce(e->'detail', '{}'::jsonb)
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n`,
      [JSON.stringify(events)],
    );
  }

  async insertEscalations(escalations: EscalationRecord[]): Promise<Set<string>> {
    const rows = await this.q<{ escalation_id: string }>(
      `INSERT INTO escalation (escalation_id, task_id, from_level, to_level, centre_code, reason, reason_text, notified_at)
       SELECT "escalationId", "taskId", "fromLevel", "toLevel", "centreCode", reason, "reasonText", now()
       FROM jsonb_to_recordset($1::jsonb) AS r("escalationId" uuid, "taskId" uuid, "fromLevel" text, "toLevel" text, "centreCode" char(12),
         reason text, "reasonText" text)
       ON CONFLICT (escalation_id) DO NOTHING RETURNING escalation_id`,
      [JSON.stringify(escalations)],
    );
    return new Set(rows.map((r) => r.escalation_id));
  }

  async insertTaskAlerts(rows: TaskAlertRecord[]): Promise<void> {
    await this.q(
      `INSERT INTO task_alert (job_id, task_id, assessment_id, event_id, risk_level, risk_score, outcome, route_method, grid_code, route_reason)
       SELECT "jobId", "taskId", "assessmentId", "eventId", "riskLevel", "riskScore", outcome, "routeMethod", "gridCode", "routeReason"
       FROM jsonb_to_recordset($1::jsonb) AS r("jobId" text, "taskId" uuid, "assessmentId" uuid, "eventId" uuid, "riskLevel" text, "riskScore" int,
         outcome text, "routeMethod" text, "gridCode" varchar(18), "routeReason" text)`,
      [JSON.stringify(rows)],
    );
  }

  async recipients(
    workerIds: string[],
    centreCodes: string[],
  ): Promise<{ workers: Map<string, NoticeRecipient>; duty: Map<string, NoticeRecipient[]> }> {
    const rows = await this.q<{
      kind: NoticeRecipient['kind'];
      id: string;
      terminal_id: string;
      channels: NoticeRecipient['channels'];
      centre: string;
    }>(
      `SELECT 'grid_worker' AS kind, worker_id AS id, terminal_id, ARRAY['webhook'] AS channels, NULL AS centre
         FROM grid_worker WHERE worker_id = ANY($1::text[])
       UNION ALL
       SELECT 'duty_officer', officer_id, terminal_id, channels::text[], division_code::text
         FROM duty_officer WHERE division_code = ANY($2::char(12)[]) AND on_duty
       ORDER BY 1, 2`,
      [workerIds, centreCodes],
    );
    const workers = new Map<string, NoticeRecipient>();
    const duty = new Map<string, NoticeRecipient[]>();
    for (const r of rows) {
      const rec: NoticeRecipient = { kind: r.kind, id: r.id, terminalId: r.terminal_id, channels: r.channels };
      if (r.kind === 'grid_worker') workers.set(r.id, rec);
      else duty.set(r.centre, [...(duty.get(r.centre) ?? []), rec]);
    }
    return { workers, duty };
  }

  async insertDeliveries(rows: DeliveryRecord[]): Promise<Set<string>> {
    const out = await this.q<{ delivery_id: string }>(
      `INSERT INTO delivery (delivery_id, task_id, recipient_kind, recipient_id, terminal_id, channel, purpose, message)
       SELECT "deliveryId", "taskId", "recipientKind", "recipientId", "terminalId", channel, purpose, message
       FROM jsonb_to_recordset($1::jsonb) AS r("deliveryId" uuid, "taskId" uuid, "recipientKind" text, "recipientId" text, "terminalId" text,
         channel text, purpose text, message jsonb)
       ON CONFLICT (delivery_id) DO NOTHING RETURNING delivery_id`,
      [JSON.stringify(rows)],
    );
    return new Set(out.map((r) => r.delivery_id));
  }

  async lockEscalation(escalationId: string): Promise<StoredEscalation | undefined> {
    const rows = await this.q<StoredEscalation>(
      `SELECT escalation_id AS "escalationId", task_id AS "taskId", from_level AS "fromLevel", to_level AS "toLevel", centre_code AS "centreCode",
              reason, reason_text AS "reasonText", notified_at AS "notifiedAt"
       FROM escalation WHERE escalation_id = $1 FOR UPDATE`,
      [escalationId],
    );
    return rows[0];
  }

  async markNotified(escalationId: string): Promise<void> {
    await this.q('UPDATE escalation SET notified_at = coalesce(notified_at, now()) WHERE escalation_id = $1', [escalationId]);
  }
}

/** Grid tasks in PostgreSQL: load and store, in transactions; the rules are in the GridTask. */
export class PgGridTaskRepository implements GridTaskRepository {
  constructor(
    private readonly pool: Pool,
    private readonly counted: StatementCounter = () => undefined,
  ) {}

  async transaction<T>(work: (uow: TaskUnitOfWork) => Promise<T>): Promise<T> {
    const out = await inTransaction(this.pool, (client) => work(new PgTaskUnitOfWork(client, this.counted)));
    this.counted(2); // BEGIN and COMMIT
    return out;
  }

  async find(taskId: string): Promise<GridTask | undefined> {
    const { rows } = await this.pool.query<TaskRow>(`${TASK_SELECT} WHERE t.task_id = $1`, [taskId]);
    return rows[0] ? toTask(rows[0]) : undefined;
  }
}
