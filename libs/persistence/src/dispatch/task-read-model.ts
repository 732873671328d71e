import type { ListScope } from '@hub/domain';
import type { PrismaClient } from '../generated/prisma/client';
import { recordOf, text, type AlertRecord } from '../read-models/event-record';
import { scopeSql, taskScopeWhere } from '../read-models/scope';

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
 * Through Prisma's client where a read is over one table's columns (the village names of a page are a
 * second query: the schema declares no relation to follow). The escalation and delivery lists are scoped
 * by the task they belong to, a join Prisma's client cannot make without a declared relation, and TypedSQL
 * cannot be generated here (it needs the native schema engine): they stay SQL, through Prisma's $queryRaw.
 */
export class TaskReadModel {
  constructor(private readonly prisma: PrismaClient) {}

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
    const inScope = taskScopeWhere(scope);
    if (!inScope) return [];
    const rows = await this.prisma.gridTask.findMany({
      where: {
        AND: [{ state: q.state, riskLevel: q.level, centreCode: q.centre, workerId: q.worker }, inScope],
      },
      orderBy: [{ createdAt: 'desc' }, { taskId: 'asc' }],
      take: q.limit,
      skip: q.offset,
      select: {
        taskId: true,
        state: true,
        riskLevel: true,
        riskScore: true,
        escalationLevel: true,
        supervised: true,
        divisionCode: true,
        villageCode: true,
        gridCode: true,
        workerId: true,
        routeMethod: true,
        acceptDueAt: true,
        feedbackDueAt: true,
        alertCount: true,
        createdAt: true,
      },
    });
    const villages = await this.villageNames(rows.map((r) => r.villageCode));
    return rows.map(({ villageCode, ...r }) => ({ ...r, villageName: (villageCode && villages.get(villageCode)) || null }));
  }

  /** The township centre's manual-dispatch queue: tasks no grid took (routing failed, or a worker rejected them). */
  async manualQueue(q: { centre?: string; limit: number; offset: number }, scope: ListScope) {
    const inScope = taskScopeWhere(scope);
    if (!inScope) return [];
    return this.prisma.gridTask.findMany({
      where: {
        AND: [{ OR: [{ state: 'reported', workerId: null }, { state: 'rejected' }] }, { centreCode: q.centre }, inScope],
      },
      orderBy: [{ createdAt: 'asc' }, { taskId: 'asc' }],
      take: q.limit,
      skip: q.offset,
      select: {
        taskId: true,
        state: true,
        riskLevel: true,
        divisionCode: true,
        centreCode: true,
        routeReason: true,
        acceptDueAt: true,
        createdAt: true,
      },
    });
  }

  /** A duty desk's view: escalations to centres in the caller's area, newest first, with the task's state now. */
  escalations(q: { centre?: string; since?: string; limit: number; offset: number }, scope: ListScope) {
    const where = scopeSql(scope, { ...TASK_SCOPE, centre: 'e.centre_code' });
    return this.prisma.$queryRaw<EscalationRow[]>`
      SELECT e.escalation_id AS "escalationId", e.task_id AS "taskId", e.to_level AS "toLevel", e.centre_code AS "centreCode", e.reason,
             e.reason_text AS "reasonText", e.at, e.notified_at AS "notifiedAt", t.state, t.risk_level AS "riskLevel", t.supervised,
             v.name AS "villageName"
      FROM escalation e JOIN grid_task t ON t.task_id = e.task_id LEFT JOIN division v ON v.code = t.village_code
      WHERE (${q.centre ?? null}::text IS NULL OR e.centre_code = ${q.centre ?? null})
        AND (${q.since ?? null}::timestamptz IS NULL OR e.at >= ${q.since ?? null}::timestamptz) AND ${where}
      ORDER BY e.at DESC, e.escalation_id LIMIT ${q.limit} OFFSET ${q.offset}`;
  }

  deliveries(q: { status?: string; taskId?: string; limit: number; offset: number }, scope: ListScope) {
    const where = scopeSql(scope, TASK_SCOPE);
    return this.prisma.$queryRaw<DeliveryRow[]>`
      SELECT d.delivery_id AS "deliveryId", d.task_id AS "taskId", d.recipient_kind AS "recipientKind", d.recipient_id AS "recipientId",
             d.channel, d.purpose, d.status, d.attempts, d.round, d.last_error AS "lastError", d.created_at AS "createdAt", d.sent_at AS "sentAt"
      FROM delivery d LEFT JOIN grid_task t ON t.task_id = d.task_id
      WHERE (${q.status ?? null}::text IS NULL OR d.status = ${q.status ?? null})
        AND (${q.taskId ?? null}::uuid IS NULL OR d.task_id = ${q.taskId ?? null}::uuid) AND ${where}
      ORDER BY d.created_at DESC, d.delivery_id LIMIT ${q.limit} OFFSET ${q.offset}`;
  }

  /** What the visit needs: the address, the parties' masked names and roles, the record's masked text (the gateway's own read of the source record). */
  async household(taskId: string): Promise<TaskHousehold | undefined> {
    const task = await this.prisma.gridTask.findUnique({ where: { taskId }, select: { lastAssessmentId: true } });
    const assessment =
      task && (await this.prisma.riskAssessment.findUnique({ where: { assessmentId: task.lastAssessmentId }, select: { eventId: true } }));
    const event =
      assessment &&
      (await this.prisma.normalizedEvent.findUnique({
        where: { eventId: assessment.eventId },
        select: { payload: true, source: true, sourceRef: true },
      }));
    if (!event) return undefined;
    const { address, persons, texts } = recordOf(event.payload);
    return {
      address,
      text: text((texts as Record<string, unknown> | null)?.main),
      source: event.source,
      sourceRef: event.sourceRef,
      persons,
    };
  }

  private async villageNames(codes: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(codes.filter((c): c is string => !!c))];
    if (wanted.length === 0) return new Map();
    const rows = await this.prisma.division.findMany({ where: { code: { in: wanted } }, select: { code: true, name: true } });
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}

export interface TaskHousehold {
  address: string | null;
  text: string | null;
  source: string;
  sourceRef: string;
  persons: AlertRecord['persons'];
}

interface EscalationRow {
  escalationId: string;
  taskId: string;
  toLevel: string;
  centreCode: string | null;
  reason: string;
  reasonText: string;
  at: Date;
  notifiedAt: Date | null;
  state: string;
  riskLevel: string;
  supervised: boolean;
  villageName: string | null;
}

interface DeliveryRow {
  deliveryId: string;
  taskId: string | null;
  recipientKind: string;
  recipientId: string;
  channel: string;
  purpose: string;
  status: string;
  attempts: number;
  round: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}
