import { GridTask, type GridTaskProps, type TaskEventRecord, type WorkerLoad } from '@hub/domain';
import type {
  AlertContext,
  DeliveryRecord,
  GridTaskRepository,
  NoticeRecipient,
  Recipients,
  StoredEscalation,
  TaskChangesToStore,
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

const TASK_DATES = [
  'acceptDueAt',
  'feedbackDueAt',
  'acceptedAt',
  'feedbackAt',
  'nextRevisitAt',
  'closedAt',
  'createdAt',
  'updatedAt',
] as const;

function toTask(r: TaskRow): GridTask {
  const { acceptMissed, feedbackMissed, brief, ...props } = r;
  return GridTask.restore({
    ...props,
    brief: { persons: [], factorLabels: [], area: {}, ...brief },
    missed: { accept: acceptMissed, feedback: feedbackMissed },
  });
}

/** A task row read as JSON (json_agg): its timestamps arrive as text. */
function jsonToTask(r: TaskRow): GridTask {
  const row = { ...r } as Record<string, unknown>;
  for (const k of TASK_DATES) if (typeof row[k] === 'string') row[k] = new Date(row[k]);
  return toTask(row as TaskRow);
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

/** The active workers of some grids with their open tasks; `grids` numbers the parameter of the grid codes. */
function workersSelect(grids: number): string {
  return `SELECT w.worker_id AS "workerId", w.grid_code AS "gridCode",
    (SELECT count(*)::int FROM grid_task t WHERE t.worker_id = w.worker_id AND t.state <> 'closed') AS open
  FROM grid_worker w WHERE w.grid_code = ANY($${grids}::text[]) AND w.active`;
}

const ESCALATION_RECORD_TYPE = `"escalationId" uuid, "taskId" uuid, "fromLevel" text, "toLevel" text, "centreCode" char(12), reason text, "reasonText" text`;
const TASK_ALERT_RECORD_TYPE = `"jobId" text, "taskId" uuid, "assessmentId" uuid, "eventId" uuid, "riskLevel" text, "riskScore" int, outcome text,
  "routeMethod" text, "gridCode" varchar(18), "routeReason" text`;
const DELIVERY_RECORD_TYPE = `"deliveryId" uuid, "taskId" uuid, "recipientKind" text, "recipientId" text, "terminalId" text, channel text, purpose text,
  message jsonb`;
/** Grid workers by id and the on-duty officers of centres; `workers` and `centres` number the parameters of their ids and codes. */
function recipientsSelect(workers: number, centres: number): string {
  return `SELECT 'grid_worker' AS kind, worker_id AS id, terminal_id, ARRAY['webhook'] AS channels, NULL AS centre
    FROM grid_worker WHERE worker_id = ANY($${workers}::text[])
  UNION ALL
  SELECT 'duty_officer', officer_id, terminal_id, channels::text[], division_code::text
    FROM duty_officer WHERE division_code = ANY($${centres}::char(12)[]) AND on_duty
  ORDER BY 1, 2`;
}

interface RecipientRow {
  kind: NoticeRecipient['kind'];
  id: string;
  terminal_id: string;
  channels: NoticeRecipient['channels'];
  centre: string;
}

function recipientsFrom(rows: RecipientRow[]): Recipients {
  const workers = new Map<string, NoticeRecipient>();
  const duty = new Map<string, NoticeRecipient[]>();
  for (const r of rows) {
    const rec: NoticeRecipient = { kind: r.kind, id: r.id, terminalId: r.terminal_id, channels: r.channels };
    if (r.kind === 'grid_worker') workers.set(r.id, rec);
    else duty.set(r.centre, [...(duty.get(r.centre) ?? []), rec]);
  }
  return { workers, duty };
}

/** Counts statements and times each by name, so the benchmark can print statements per alert and where they spend. */
export type StatementCounter = (n: number, statement?: string, seconds?: number) => void;

/**
 * Raw pg here, not Prisma: a batch of alerts is six round trips (advisory locks, one read with FOR UPDATE
 * in a CTE, two writes of sibling data-modifying CTEs over jsonb_to_recordset), none of which Prisma's
 * client expresses. `npm run bench -- dispatch` measured 1,932 alerts/s on this path, ratio 0.53 to a bare
 * BullMQ worker (2026-12-01 03:16, load 5-7; 865 and 0.61 at load 19, docs/benchmarks.md); with twelve round
 * trips a batch it was 517 (0.40).
 */
class PgTaskUnitOfWork implements TaskUnitOfWork {
  constructor(
    private readonly c: PoolClient,
    private readonly counted: StatementCounter,
  ) {}

  private async q<R extends QueryResultRow>(name: string, sql: string, args: unknown[]): Promise<R[]> {
    const start = performance.now();
    const { rows } = await this.c.query<R>(sql, args);
    this.counted(1, name, (performance.now() - start) / 1000);
    return rows;
  }

  async lockHouseholds(keys: string[]): Promise<void> {
    // In a fixed order, so two batches sharing households cannot deadlock.
    await this.q('lock households', 'SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT unnest($1::text[]) AS k ORDER BY 1) s', [
      [...keys].sort(),
    ]);
  }

  async alertContext(jobIds: string[], householdKeys: string[], gridCodes: string[]): Promise<AlertContext> {
    // One round trip for what used to take four (the batch's latency is mostly round trips on a busy machine):
    // the tasks (open ones of the households, and those the already-applied jobs went to) locked in a CTE,
    // returned as JSON beside the applied jobs and the grids' workers.
    const [row] = await this.q<{
      applied: { jobId: string; taskId: string }[];
      tasks: TaskRow[];
      workers: WorkerLoad[];
    }>(
      'alert context',
      `WITH applied AS (SELECT job_id AS "jobId", task_id AS "taskId" FROM task_alert WHERE job_id = ANY($1::text[])),
       tasks AS (${TASK_SELECT}
         WHERE t.task_id IN (SELECT task_id FROM grid_task WHERE household_key = ANY($2::text[]) AND state <> 'closed'
                             UNION SELECT "taskId" FROM applied)
         ORDER BY t.task_id FOR UPDATE OF t)
       SELECT (SELECT coalesce(json_agg(a), '[]') FROM applied a) AS applied,
              (SELECT coalesce(json_agg(t), '[]') FROM tasks t) AS tasks,
              (SELECT coalesce(json_agg(w), '[]') FROM (${workersSelect(3)}) w) AS workers`,
      [jobIds, householdKeys, gridCodes],
    );
    const households = new Set(householdKeys);
    const tasks = row.tasks.map((t) => ({ open: t.state !== 'closed' && households.has(t.householdKey), task: jsonToTask(t) }));
    const appliedTo = new Set(row.applied.map((a) => a.taskId));
    return {
      applied: new Map(row.applied.map((a) => [a.jobId, a.taskId])),
      open: tasks.filter((t) => t.open).map((t) => t.task),
      appliedTasks: tasks.filter((t) => appliedTo.has(t.task.id)).map((t) => t.task),
      workers: row.workers,
    };
  }

  async lockTasks(taskIds: string[]): Promise<GridTask[]> {
    const rows = await this.q<TaskRow>(
      'lock tasks',
      `${TASK_SELECT} WHERE t.task_id = ANY($1::uuid[]) ORDER BY t.task_id FOR UPDATE OF t`,
      [taskIds],
    );
    return rows.map(toTask);
  }

  async workersOf(gridCodes: string[]): Promise<WorkerLoad[]> {
    return this.q<WorkerLoad>('workers', workersSelect(1), [gridCodes]);
  }

  async storeTasks(c: TaskChangesToStore): Promise<{ freshEscalations: Set<string>; recipients: Recipients }> {
    // One statement: new and changed tasks, their alerts, escalations (once each), and the contact details of
    // everyone who may be told. Sibling data-modifying CTEs all run, whether the main query reads them or not.
    // A part with nothing to write reads its parameter without naming its table: PostgreSQL checks privileges on
    // every table a statement names, and the gateway (which never applies alerts) may not write task_alert.
    const sets = TASK_COLUMNS.filter((col) => col !== 'task_id' && col !== 'created_at')
      .map((col) => `${col} = r.${col}`)
      .join(', ');
    const part = (rows: unknown[], write: string, nothing: string) => (rows.length ? write : nothing);
    const [row] = await this.q<{ fresh: string[]; recipients: RecipientRow[] }>(
      'store tasks',
      `WITH created AS (${part(
        c.created,
        `INSERT INTO grid_task (${TASK_COLUMNS.join(', ')})
         SELECT ${TASK_COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${TASK_RECORD_TYPE}) RETURNING 1`,
        `SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS r(${TASK_RECORD_TYPE}) WHERE false`,
      )}),
       updated AS (${part(
         c.updated,
         `UPDATE grid_task t SET ${sets} FROM jsonb_to_recordset($2::jsonb) AS r(${TASK_RECORD_TYPE}) WHERE t.task_id = r.task_id RETURNING 1`,
         `SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS r(${TASK_RECORD_TYPE}) WHERE false`,
       )}),
       alerts AS (${part(
         c.taskAlerts,
         `INSERT INTO task_alert (job_id, task_id, assessment_id, event_id, risk_level, risk_score, outcome, route_method, grid_code, route_reason)
         SELECT "jobId", "taskId", "assessmentId", "eventId", "riskLevel", "riskScore", outcome, "routeMethod", "gridCode", "routeReason"
         FROM jsonb_to_recordset($3::jsonb) AS r(${TASK_ALERT_RECORD_TYPE}) RETURNING 1`,
         `SELECT 1 FROM jsonb_to_recordset($3::jsonb) AS r(${TASK_ALERT_RECORD_TYPE}) WHERE false`,
       )}),
       escalated AS (${part(
         c.escalations,
         `INSERT INTO escalation (escalation_id, task_id, from_level, to_level, centre_code, reason, reason_text, notified_at)
         SELECT "escalationId", "taskId", "fromLevel", "toLevel", "centreCode", reason, "reasonText", now()
         FROM jsonb_to_recordset($4::jsonb) AS r(${ESCALATION_RECORD_TYPE})
         ON CONFLICT (escalation_id) DO NOTHING RETURNING escalation_id`,
         `SELECT "escalationId" AS escalation_id FROM jsonb_to_recordset($4::jsonb) AS r(${ESCALATION_RECORD_TYPE}) WHERE false`,
       )})
       SELECT ARRAY(SELECT escalation_id::text FROM escalated) AS fresh,
              (SELECT coalesce(json_agg(x), '[]') FROM (${recipientsSelect(5, 6)}) x) AS recipients`,
      [
        JSON.stringify(c.created.map(taskRecord)),
        JSON.stringify(c.updated.map(taskRecord)),
        JSON.stringify(c.taskAlerts),
        JSON.stringify(c.escalations),
        c.recipientsOf.workerIds,
        c.recipientsOf.centreCodes,
      ],
    );
    return { freshEscalations: new Set(row.fresh), recipients: recipientsFrom(row.recipients) };
  }

  async storeNotices(events: TaskEventRecord[], deliveries: DeliveryRecord[]): Promise<Set<string>> {
    // WITH ORDINALITY keeps the events' order in their ids (hub.task.event.v1 is published in id order).
    const rows = await this.q<{ delivery_id: string }>(
      'store notices',
      `WITH events AS (
         INSERT INTO task_event (task_id, type, from_state, to_state, actor_kind, actor_id, reason, detail)
         SELECT (e->>'taskId')::uuid, e->>'type', e->>'fromState', e->>'toState', e->'actor'->>'kind', e->'actor'->>'id', e->>'reason',
                coalesce(e->'detail', '{}'::jsonb)
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n RETURNING 1)
       INSERT INTO delivery (delivery_id, task_id, recipient_kind, recipient_id, terminal_id, channel, purpose, message)
       SELECT "deliveryId", "taskId", "recipientKind", "recipientId", "terminalId", channel, purpose, message
       FROM jsonb_to_recordset($2::jsonb) AS r(${DELIVERY_RECORD_TYPE})
       ON CONFLICT (delivery_id) DO NOTHING RETURNING delivery_id`,
      [JSON.stringify(events), JSON.stringify(deliveries)],
    );
    return new Set(rows.map((r) => r.delivery_id));
  }

  async recipients(workerIds: string[], centreCodes: string[]): Promise<Recipients> {
    return recipientsFrom(await this.q<RecipientRow>('recipients', recipientsSelect(1, 2), [workerIds, centreCodes]));
  }

  async lockEscalation(escalationId: string): Promise<StoredEscalation | undefined> {
    const rows = await this.q<StoredEscalation>(
      'lock escalation',
      `SELECT escalation_id AS "escalationId", task_id AS "taskId", from_level AS "fromLevel", to_level AS "toLevel", centre_code AS "centreCode",
              reason, reason_text AS "reasonText", notified_at AS "notifiedAt"
       FROM escalation WHERE escalation_id = $1 FOR UPDATE`,
      [escalationId],
    );
    return rows[0];
  }

  async markNotified(escalationId: string): Promise<void> {
    await this.q('mark notified', 'UPDATE escalation SET notified_at = coalesce(notified_at, now()) WHERE escalation_id = $1', [
      escalationId,
    ]);
  }
}

/** Grid tasks in PostgreSQL: load and store, in transactions; the rules are in the GridTask. */
export class PgGridTaskRepository implements GridTaskRepository {
  constructor(
    private readonly pool: Pool,
    private readonly counted: StatementCounter = () => undefined,
  ) {}

  async transaction<T>(work: (uow: TaskUnitOfWork) => Promise<T>): Promise<T> {
    const start = performance.now();
    let inside = 0;
    const counted: StatementCounter = (n, name, seconds = 0) => {
      inside += seconds;
      this.counted(n, name, seconds);
    };
    const out = await inTransaction(this.pool, (client) => work(new PgTaskUnitOfWork(client, counted)));
    // BEGIN and COMMIT, with the time to get a connection: the transaction's time outside its statements' round trips and the decisions.
    this.counted(2, 'begin, commit', (performance.now() - start) / 1000 - inside);
    return out;
  }

  async find(taskId: string): Promise<GridTask | undefined> {
    const { rows } = await this.pool.query<TaskRow>(`${TASK_SELECT} WHERE t.task_id = $1`, [taskId]);
    return rows[0] ? toTask(rows[0]) : undefined;
  }
}
