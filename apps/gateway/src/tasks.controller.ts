import {
  BadRequestException,
  Body,
  Controller,
  ForbiddenException,
  Get,
  Headers,
  HttpCode,
  HttpException,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ACTOR_KINDS, DEPARTMENTS, MEDIATION_OUTCOMES, TASK_STATES } from '@hub/domain';
import type { DispatchQueues, ScheduledWork } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import { type DeliveryStore, type GridTaskStore, TaskChangeRefused } from '@hub/persistence';
import type { Pool } from 'pg';
import { z } from 'zod';

export const TASKS_DEPS = Symbol('TASKS_DEPS');
export interface TasksDeps {
  pool: Pool;
  tasks: GridTaskStore;
  deliveries: DeliveryStore;
  queues: DispatchQueues;
  log: Logger;
}

const Actor = z.object({ kind: z.enum(ACTOR_KINDS).exclude(['system']), id: z.string().trim().min(1).max(64) });
const Officer = z.object({
  kind: z.literal('duty_officer', 'only a duty officer (值班) may do this'),
  id: z.string().trim().min(1).max(64),
});
const Level = z.enum(['red', 'orange', 'yellow', 'blue']);
const Reason = z.string().trim().min(2, 'say why (reason)').max(1000);
const TransitionBody = z.object({
  to: z.enum(TASK_STATES),
  actor: Actor,
  reason: Reason,
  departments: z.array(z.enum(DEPARTMENTS)).min(1).optional(),
  mediation: z.enum(MEDIATION_OUTCOMES).optional(),
});
const GradeBody = z.object({ level: Level, actor: Actor, reason: Reason });
const SuperviseBody = z.object({ actor: Officer, reason: Reason });
const AssignBody = z.object({
  gridCode: z.string().regex(/^\d{15,18}$/, 'a grid code: village code + 3-6 digits'),
  actor: Officer,
  reason: Reason,
});
const RevisitBody = z.object({ actor: Actor, settled: z.boolean(), level: Level.optional(), note: Reason });
const TaskQuery = z.object({
  state: z.enum(TASK_STATES).optional(),
  level: Level.optional(),
  centre: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  worker: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const DeliveryQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional(),
  taskId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const EscalationQuery = z.object({
  centre: z
    .string()
    .regex(/^\d{12}$/, 'centre: a 12-digit division code')
    .optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const Uuid = z.uuid('not a task or delivery id');

/**
 * A change names its actor in the body; when the front gateway authenticated the caller (`x-hub-actor`),
 * the two must agree, so nobody acts in another's name.
 */
function parseChange<S extends z.ZodType<{ actor: { kind: string; id: string } }>>(
  schema: S,
  body: unknown,
  caller: string | undefined,
): z.infer<S> {
  const b = parse(schema, body);
  if (caller !== undefined && caller !== `${b.actor.kind}:${b.actor.id}`) {
    throw new ForbiddenException({
      statusCode: 403,
      code: 'actor_mismatch',
      message: `actor ${b.actor.kind}:${b.actor.id} is not the caller ${caller}`,
    });
  }
  return b;
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new BadRequestException(r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`));
  return r.data;
}

/**
 * The closed loop over HTTP, for grid workers' terminals and duty officers' desks: every change is
 * validated by the task lifecycle, stored with who, when and why, and its deadlines scheduled. What is
 * listed here carries areas and masks only, never an address or a phone.
 */
@Controller('api')
export class TasksController {
  constructor(@Inject(TASKS_DEPS) private readonly d: TasksDeps) {}

  private async change<T extends { effects: ScheduledWork }>(work: () => Promise<T>): Promise<T> {
    let out: T;
    try {
      out = await work();
    } catch (e) {
      if (e instanceof TaskChangeRefused) throw new HttpException({ statusCode: e.status, code: e.code, message: e.message }, e.status);
      throw e;
    }
    // Committed already: if Redis is unreachable now, dispatch's reconcile schedules it from PostgreSQL.
    await this.d.queues
      .schedule(out.effects)
      .catch((e: unknown) => this.d.log.warn({ err: (e as Error).message }, 'scheduling deferred to reconcile'));
    return out;
  }

  @Get('tasks')
  async list(@Query() query: Record<string, string>) {
    const q = parse(TaskQuery, query);
    const { rows } = await this.d.pool.query(
      `SELECT t.task_id AS "taskId", t.state, t.risk_level AS "riskLevel", t.risk_score AS "riskScore", t.escalation_level AS "escalationLevel",
              t.supervised, t.division_code AS "divisionCode", v.name AS "villageName", t.grid_code AS "gridCode", t.worker_id AS "workerId",
              t.route_method AS "routeMethod", t.accept_due_at AS "acceptDueAt", t.feedback_due_at AS "feedbackDueAt", t.alert_count AS "alertCount",
              t.created_at AS "createdAt"
       FROM grid_task t LEFT JOIN division v ON v.code = t.village_code
       WHERE ($1::text IS NULL OR t.state = $1) AND ($2::text IS NULL OR t.risk_level = $2) AND ($3::text IS NULL OR t.centre_code = $3)
         AND ($4::text IS NULL OR t.worker_id = $4)
       ORDER BY t.created_at DESC LIMIT $5`,
      [q.state ?? null, q.level ?? null, q.centre ?? null, q.worker ?? null, q.limit],
    );
    return rows;
  }

  /** The township centre's manual-dispatch queue: tasks no grid took (routing failed, or a worker rejected them). */
  @Get('manual-dispatch')
  async manual(@Query('centre') centre?: string) {
    const c = parse(
      z
        .string()
        .regex(/^\d{12}$/, 'centre: a 12-digit division code')
        .optional(),
      centre,
    );
    const { rows } = await this.d.pool.query(
      `SELECT task_id AS "taskId", state, risk_level AS "riskLevel", division_code AS "divisionCode", centre_code AS "centreCode",
              route_reason AS "routeReason", accept_due_at AS "acceptDueAt", created_at AS "createdAt"
       FROM grid_task WHERE ((state = 'reported' AND worker_id IS NULL) OR state = 'rejected') AND ($1::text IS NULL OR centre_code = $1)
       ORDER BY created_at`,
      [c ?? null],
    );
    return rows;
  }

  /** A duty desk's view: escalations to its centre, newest first, with the task's state now. */
  @Get('escalations')
  async escalations(@Query() query: Record<string, string>) {
    const q = parse(EscalationQuery, query);
    const { rows } = await this.d.pool.query(
      `SELECT e.escalation_id AS "escalationId", e.task_id AS "taskId", e.to_level AS "toLevel", e.centre_code AS "centreCode", e.reason,
              e.reason_text AS "reasonText", e.at, e.notified_at AS "notifiedAt", t.state, t.risk_level AS "riskLevel", t.supervised,
              v.name AS "villageName"
       FROM escalation e JOIN grid_task t ON t.task_id = e.task_id LEFT JOIN division v ON v.code = t.village_code
       WHERE ($1::text IS NULL OR e.centre_code = $1) AND ($2::timestamptz IS NULL OR e.at >= $2)
       ORDER BY e.at DESC LIMIT $3`,
      [q.centre ?? null, q.since ?? null, q.limit],
    );
    return rows;
  }

  @Get('tasks/:id')
  async one(@Param('id') id: string) {
    const task = await this.d.tasks.get(parse(Uuid, id));
    if (!task) throw new NotFoundException(`task ${id} not found`);
    const [events, escalations, deliveries] = await Promise.all([
      this.d.tasks.events(id),
      this.d.pool.query(
        `SELECT escalation_id AS "escalationId", from_level AS "fromLevel", to_level AS "toLevel", centre_code AS "centreCode", reason,
                reason_text AS "reasonText", at, notified_at AS "notifiedAt" FROM escalation WHERE task_id = $1 ORDER BY at`,
        [id],
      ),
      this.d.deliveries.list({ taskId: id, limit: 200 }),
    ]);
    const { householdKey: _omit, ...shown } = task;
    return { ...shown, events, escalations: escalations.rows, deliveries };
  }

  @Post('tasks/:id/transitions')
  @HttpCode(200)
  async transition(@Param('id') id: string, @Body() body: unknown, @Headers('x-hub-actor') caller?: string) {
    const b = parseChange(TransitionBody, body, caller);
    return (await this.change(() => this.d.tasks.transition(parse(Uuid, id), b))).task;
  }

  /** Raising re-evaluates the deadlines at once (red also alerts the county); lowering needs a person and a reason. */
  @Post('tasks/:id/grade')
  @HttpCode(200)
  async grade(@Param('id') id: string, @Body() body: unknown, @Headers('x-hub-actor') caller?: string) {
    const b = parseChange(GradeBody, body, caller);
    return (await this.change(() => this.d.tasks.changeGrade(parse(Uuid, id), b.level, b.actor, b.reason))).task;
  }

  /** 督办: shortens the task's running deadlines; reported in the statistics. */
  @Post('tasks/:id/supervise')
  @HttpCode(200)
  async supervise(@Param('id') id: string, @Body() body: unknown, @Headers('x-hub-actor') caller?: string) {
    const b = parseChange(SuperviseBody, body, caller);
    return (await this.change(() => this.d.tasks.supervise(parse(Uuid, id), b.actor, b.reason))).task;
  }

  @Post('tasks/:id/assign')
  @HttpCode(200)
  async assign(@Param('id') id: string, @Body() body: unknown, @Headers('x-hub-actor') caller?: string) {
    const b = parseChange(AssignBody, body, caller);
    return (await this.change(() => this.d.tasks.assign(parse(Uuid, id), b.gridCode, b.actor, b.reason))).task;
  }

  @Post('tasks/:id/revisits')
  @HttpCode(200)
  async revisit(@Param('id') id: string, @Body() body: unknown, @Headers('x-hub-actor') caller?: string) {
    const b = parseChange(RevisitBody, body, caller);
    return (await this.change(() => this.d.tasks.recordRevisit(parse(Uuid, id), b))).task;
  }

  @Get('deliveries')
  async deliveries(@Query() query: Record<string, string>) {
    const q = parse(DeliveryQuery, query);
    return this.d.deliveries.list(q);
  }

  @Get('deliveries/:id/attempts')
  async attempts(@Param('id') id: string) {
    return this.d.deliveries.attempts(parse(Uuid, id));
  }

  /** Sends a failed delivery again (a new round of attempts). */
  @Post('deliveries/:id/retry')
  @HttpCode(202)
  async retry(@Param('id') id: string) {
    const ref = await this.d.deliveries.retry(parse(Uuid, id));
    if (!ref)
      throw new HttpException(
        { statusCode: 409, code: 'not_failed', message: `delivery ${id} is not failed (only failed deliveries are retried)` },
        409,
      );
    await this.d.queues.addDelivery(ref);
    return ref;
  }
}
