import type { ListScope } from '@hub/domain';
import type { Pool } from 'pg';
import type { PrismaClient } from '../generated/prisma/client';
import { scopeCondition } from '../scope';

/** Where a task sits, for the access decision (grid, village, division, centre, worker). */
export interface TaskPlacement {
  taskId: string;
  gridCode: string | null;
  villageCode: string | null;
  divisionCode: string;
  centreCode: string | null;
  workerId: string | null;
}

const PLACEMENT = { taskId: true, gridCode: true, villageCode: true, divisionCode: true, centreCode: true, workerId: true } as const;
const TASK_SCOPE = { grid: 't.grid_code', codes: ['t.grid_code', 't.village_code', 't.division_code'], centre: 't.centre_code' };

/**
 * The gateway's reads of tasks, escalations and deliveries (query handlers: the controllers run no SQL).
 * Single-row reads go through Prisma; the lists are scoped by composed SQL conditions (a caller's grid or
 * area prefix over several columns), which Prisma's client cannot express, so they stay SQL.
 */
export class TaskReadModel {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly pool: Pool,
  ) {}

  async placement(taskId: string): Promise<TaskPlacement | undefined> {
    return (await this.prisma.gridTask.findUnique({ where: { taskId }, select: PLACEMENT })) ?? undefined;
  }

  /** The task a delivery belongs to, for the access decision; null placement for a delivery without a task. */
  async deliveryPlacement(deliveryId: string): Promise<TaskPlacement | null | undefined> {
    const d = await this.prisma.delivery.findUnique({ where: { deliveryId }, select: { taskId: true } });
    if (!d) return undefined;
    if (!d.taskId) return null;
    return (await this.placement(d.taskId)) ?? null;
  }

  escalationsOf(taskId: string) {
    return this.prisma.escalation.findMany({
      where: { taskId },
      orderBy: { at: 'asc' },
      select: {
        escalationId: true,
        fromLevel: true,
        toLevel: true,
        centreCode: true,
        reason: true,
        reasonText: true,
        at: true,
        notifiedAt: true,
      },
    });
  }

  async list(q: { state?: string; level?: string; centre?: string; worker?: string; limit: number; offset: number }, scope: ListScope) {
    const params: unknown[] = [q.state ?? null, q.level ?? null, q.centre ?? null, q.worker ?? null, q.limit, q.offset];
    const where = scopeCondition(scope, TASK_SCOPE, params);
    const { rows } = await this.pool.query(
      `SELECT t.task_id AS "taskId", t.state, t.risk_level AS "riskLevel", t.risk_score AS "riskScore", t.escalation_level AS "escalationLevel",
              t.supervised, t.division_code AS "divisionCode", v.name AS "villageName", t.grid_code AS "gridCode", t.worker_id AS "workerId",
              t.route_method AS "routeMethod", t.accept_due_at AS "acceptDueAt", t.feedback_due_at AS "feedbackDueAt", t.alert_count AS "alertCount",
              t.created_at AS "createdAt"
       FROM grid_task t LEFT JOIN division v ON v.code = t.village_code
       WHERE ($1::text IS NULL OR t.state = $1) AND ($2::text IS NULL OR t.risk_level = $2) AND ($3::text IS NULL OR t.centre_code = $3)
         AND ($4::text IS NULL OR t.worker_id = $4) AND ${where}
       ORDER BY t.created_at DESC, t.task_id LIMIT $5 OFFSET $6`,
      params,
    );
    return rows;
  }

  /** The township centre's manual-dispatch queue: tasks no grid took (routing failed, or a worker rejected them). */
  async manualQueue(q: { centre?: string; limit: number; offset: number }, scope: ListScope) {
    const params: unknown[] = [q.centre ?? null, q.limit, q.offset];
    const where = scopeCondition(scope, TASK_SCOPE, params);
    const { rows } = await this.pool.query(
      `SELECT t.task_id AS "taskId", t.state, t.risk_level AS "riskLevel", t.division_code AS "divisionCode", t.centre_code AS "centreCode",
              t.route_reason AS "routeReason", t.accept_due_at AS "acceptDueAt", t.created_at AS "createdAt"
       FROM grid_task t WHERE ((t.state = 'reported' AND t.worker_id IS NULL) OR t.state = 'rejected') AND ($1::text IS NULL OR t.centre_code = $1)
         AND ${where}
       ORDER BY t.created_at, t.task_id LIMIT $2 OFFSET $3`,
      params,
    );
    return rows;
  }

  /** A duty desk's view: escalations to centres in the caller's area, newest first, with the task's state now. */
  async escalations(q: { centre?: string; since?: string; limit: number; offset: number }, scope: ListScope) {
    const params: unknown[] = [q.centre ?? null, q.since ?? null, q.limit, q.offset];
    const where = scopeCondition(scope, { ...TASK_SCOPE, centre: 'e.centre_code' }, params);
    const { rows } = await this.pool.query(
      `SELECT e.escalation_id AS "escalationId", e.task_id AS "taskId", e.to_level AS "toLevel", e.centre_code AS "centreCode", e.reason,
              e.reason_text AS "reasonText", e.at, e.notified_at AS "notifiedAt", t.state, t.risk_level AS "riskLevel", t.supervised,
              v.name AS "villageName"
       FROM escalation e JOIN grid_task t ON t.task_id = e.task_id LEFT JOIN division v ON v.code = t.village_code
       WHERE ($1::text IS NULL OR e.centre_code = $1) AND ($2::timestamptz IS NULL OR e.at >= $2) AND ${where}
       ORDER BY e.at DESC, e.escalation_id LIMIT $3 OFFSET $4`,
      params,
    );
    return rows;
  }

  async deliveries(q: { status?: string; taskId?: string; limit: number; offset: number }, scope: ListScope) {
    const params: unknown[] = [q.status ?? null, q.taskId ?? null, q.limit, q.offset];
    const where = scopeCondition(scope, TASK_SCOPE, params);
    const { rows } = await this.pool.query(
      `SELECT d.delivery_id AS "deliveryId", d.task_id AS "taskId", d.recipient_kind AS "recipientKind", d.recipient_id AS "recipientId",
              d.channel, d.purpose, d.status, d.attempts, d.round, d.last_error AS "lastError", d.created_at AS "createdAt", d.sent_at AS "sentAt"
       FROM delivery d LEFT JOIN grid_task t ON t.task_id = d.task_id
       WHERE ($1::text IS NULL OR d.status = $1) AND ($2::uuid IS NULL OR d.task_id = $2) AND ${where}
       ORDER BY d.created_at DESC, d.delivery_id LIMIT $3 OFFSET $4`,
      params,
    );
    return rows;
  }

  /** What the visit needs: the address, the parties' masked names and roles, the record's masked text (the gateway's own read of the source record). */
  async household(taskId: string) {
    const { rows } = await this.pool.query<{
      address: string | null;
      persons: unknown;
      text: string | null;
      source: string;
      sourceRef: string;
    }>(
      `SELECT e.payload->'location'->>'text' AS address, e.payload->'texts'->>'main' AS text, e.source, e.source_ref AS "sourceRef",
              (SELECT json_agg(json_build_object('role', p->>'role', 'name', p->>'nameMasked', 'id', p->>'idMasked', 'phone', p->>'phoneMasked'))
               FROM json_array_elements(e.payload->'persons') p) AS persons
       FROM grid_task t JOIN risk_assessment a ON a.assessment_id = t.last_assessment_id JOIN normalized_event e ON e.event_id = a.event_id
       WHERE t.task_id = $1`,
      [taskId],
    );
    return rows[0];
  }
}
