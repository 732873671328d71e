import { Body, Controller, Get, HttpCode, HttpException, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { type AuthenticatedRequest, Caller, Permission, type VerifiedCaller } from '@hub/access';
import { LOGGER } from '@hub/app-core';
import {
  type Action,
  decide,
  DEPARTMENTS,
  listScope,
  MEDIATION_OUTCOMES,
  seesPersonalData,
  TASK_STATES,
  transitionAction,
} from '@hub/domain';
import { TaskRuleViolation } from '@hub/domain';
import { GridTaskCommands, type TaskChanged, taskView } from '@hub/grid-tasks';
import { DispatchQueues } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import { DeliveryStore, GridTaskReads, PersonalDataReads, TaskReadModel } from '@hub/persistence';
import { z } from 'zod';
import { ApiDoc } from './api-doc';
import { FilterText, IdParam, noPermission, notFound, Page, parse, Text } from './http-support';

const Level = z.enum(['red', 'orange', 'yellow', 'blue']);
const Reason = Text(2, 1000, 'say why (reason)');
const Code12 = z.string().regex(/^\d{12}$/, 'a 12-digit division code');
// Bodies name no actor: who acts is the caller the token names.
export const TransitionBody = z.object({
  to: z.enum(TASK_STATES),
  reason: Reason,
  departments: z.array(z.enum(DEPARTMENTS)).min(1).max(DEPARTMENTS.length).optional(),
  mediation: z.enum(MEDIATION_OUTCOMES).optional(),
});
export const GradeBody = z.object({ level: Level, reason: Reason });
export const SuperviseBody = z.object({ reason: Reason });
export const AssignBody = z.object({ gridCode: z.string().regex(/^\d{15,18}$/, 'a grid code: village code + 3-6 digits'), reason: Reason });
export const RevisitBody = z.object({ settled: z.boolean(), level: Level.optional(), note: Reason });
export const TaskQuery = z.object({
  state: z.enum(TASK_STATES).optional(),
  level: Level.optional(),
  centre: Code12.optional(),
  worker: FilterText(64).optional(),
  ...Page,
});
export const CentreQuery = z.object({ centre: Code12.optional(), ...Page });
export const EscalationQuery = z.object({ centre: Code12.optional(), since: z.iso.datetime({ offset: true }).optional(), ...Page });
export const DeliveryQuery = z.object({ status: z.enum(['pending', 'sent', 'failed']).optional(), taskId: z.uuid().optional(), ...Page });

/**
 * The closed loop over HTTP, for grid workers' terminals and duty officers' desks. Every route declares
 * its permission; every task is checked against the caller's area (outside it: 404, as if absent); the
 * actor of a change is the signed-in caller. Lists carry areas, states and deadlines only; a task's
 * household (address, masked names, the record's text) goes only to its grid worker and the officers
 * above it, and each such read is written to the personal-data trail before the answer leaves.
 */
@Controller('api')
export class TasksController {
  constructor(
    private readonly commands: GridTaskCommands,
    private readonly tasks: GridTaskReads,
    private readonly deliveryStore: DeliveryStore,
    private readonly queues: DispatchQueues,
    private readonly reads: PersonalDataReads,
    private readonly queries: TaskReadModel,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.log = logger.child({ component: 'tasks' });
  }

  private readonly log: Logger;

  /**
   * The task if `caller` may do `action` on it. A role without the action is refused (403) before the
   * task is looked up; a task outside the caller's area answers 404, as one that does not exist.
   */
  private async taskFor(caller: VerifiedCaller, action: Action, id: string) {
    if (!decide(caller, action).allowed) throw noPermission(action);
    const t = await this.queries.placement(id);
    const d = t && decide(caller, action, t);
    if (!t || !d?.allowed) throw notFound('task', id);
    return { task: t, role: d.role };
  }

  /** Runs a command; a rule it refuses becomes the HTTP status for that rule (the only place statuses are chosen). */
  private async change(work: () => Promise<TaskChanged>): Promise<unknown> {
    let out: TaskChanged;
    try {
      out = await work();
    } catch (e) {
      if (e instanceof TaskRuleViolation) {
        const status = REFUSAL_STATUS[e.code] ?? 409;
        throw new HttpException({ statusCode: status, code: e.code, message: e.message }, status);
      }
      throw e;
    }
    // Committed already: if Redis is unreachable now, dispatch's reconcile schedules it from PostgreSQL.
    await this.queues
      .schedule(out.work)
      .catch((e: unknown) => this.log.warn({ err: (e as Error).message }, 'scheduling deferred to reconcile'));
    return withoutKeys(taskView(out.task));
  }

  @Get('tasks')
  @Permission('task.list')
  @ApiDoc({ summary: 'Grid tasks in the caller’s grid or area, newest first (no personal data)', query: TaskQuery })
  async list(@Caller() caller: VerifiedCaller, @Query() query: unknown) {
    return this.queries.list(parse(TaskQuery, query), listScope(caller, 'task.list'));
  }

  /** The township centre's manual-dispatch queue: tasks no grid took (routing failed, or a worker rejected them). */
  @Get('manual-dispatch')
  @Permission('manual_dispatch.list')
  @ApiDoc({ summary: 'Tasks waiting for a centre to assign them to a grid', query: CentreQuery })
  async manual(@Caller() caller: VerifiedCaller, @Query() query: unknown) {
    return this.queries.manualQueue(parse(CentreQuery, query), listScope(caller, 'manual_dispatch.list'));
  }

  /** A duty desk's view: escalations to centres in the caller's area, newest first, with the task's state now. */
  @Get('escalations')
  @Permission('escalation.list')
  @ApiDoc({ summary: 'Escalations to the centres of the caller’s area, newest first', query: EscalationQuery })
  async escalations(@Caller() caller: VerifiedCaller, @Query() query: unknown) {
    return this.queries.escalations(parse(EscalationQuery, query), listScope(caller, 'escalation.list'));
  }

  @Get('tasks/:id')
  @Permission('task.read')
  @ApiDoc({
    summary: 'One task with its events and escalations; the household only for its grid worker and the officers above',
    params: IdParam,
  })
  async one(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Req() req: AuthenticatedRequest) {
    const { id } = parse(IdParam, params);
    const { task: at, role } = await this.taskFor(caller, 'task.read', id);
    const task = taskView((await this.tasks.find(id))!);
    const personal = seesPersonalData(caller, at);
    const [events, escalations, deliveries, household] = await Promise.all([
      this.tasks.events(id),
      this.queries.escalationsOf(id),
      this.deliveryStore.list({ taskId: id, limit: 200 }),
      personal ? this.queries.household(id) : undefined,
    ]);
    if (personal) {
      await this.reads.record(readContext(caller, role, req), [
        {
          recordKind: 'task',
          recordId: id,
          fields: ['household.address', 'household.persons', 'household.text', 'events.reason'],
          taskId: id,
        },
      ]);
    }
    return {
      ...withoutKeys(task),
      // Free text written by people (reasons, notes) may name the household: only with the household.
      events: personal ? events : events.map(({ reason: _r, detail: _d, ...e }) => e),
      escalations,
      deliveries,
      ...(household ? { household } : {}),
    };
  }

  @Post('tasks/:id/transitions')
  @HttpCode(200)
  @Permission('task.work', 'task.verify', 'task.close', 'task.return')
  @ApiDoc({
    summary: 'A step of the closed loop: the worker’s (accept, reject, dispatch, handle, feedback) or an officer’s (verify, close, return)',
    params: IdParam,
    body: TransitionBody,
  })
  async transition(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Body() body: unknown) {
    const { id } = parse(IdParam, params);
    const b = parse(TransitionBody, body);
    const action = transitionAction(b.to);
    const { role } = await this.taskFor(caller, action, id);
    return this.change(() => this.commands.step.execute(id, { ...b, actor: actorOf(caller, role) }));
  }

  /** Raising re-evaluates the deadlines at once (red also alerts the county); lowering needs a person and a reason. */
  @Post('tasks/:id/grade')
  @HttpCode(200)
  @Permission('task.regrade')
  @ApiDoc({ summary: 'Raise or lower a task’s grade, with a reason (duty officers)', params: IdParam, body: GradeBody })
  async grade(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Body() body: unknown) {
    const { id } = parse(IdParam, params);
    const b = parse(GradeBody, body);
    const { role } = await this.taskFor(caller, 'task.regrade', id);
    return this.change(() => this.commands.regrade.execute(id, b.level, actorOf(caller, role), b.reason));
  }

  /** 督办: shortens the task's running deadlines; reported in the statistics. */
  @Post('tasks/:id/supervise')
  @HttpCode(200)
  @Permission('task.supervise')
  @ApiDoc({ summary: '督办: supervise a task (duty officers, centre leaders)', params: IdParam, body: SuperviseBody })
  async supervise(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Body() body: unknown) {
    const { id } = parse(IdParam, params);
    const b = parse(SuperviseBody, body);
    await this.taskFor(caller, 'task.supervise', id);
    return this.change(() => this.commands.supervise.execute(id, { kind: 'duty_officer', id: caller.subject }, b.reason));
  }

  @Post('tasks/:id/assign')
  @HttpCode(200)
  @Permission('task.assign')
  @ApiDoc({ summary: 'Assign or reassign a task to a grid of the caller’s area (duty officers)', params: IdParam, body: AssignBody })
  async assign(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Body() body: unknown) {
    const { id } = parse(IdParam, params);
    const b = parse(AssignBody, body);
    await this.taskFor(caller, 'task.assign', id);
    // The grid it goes to must be in the caller's area too: no moving a task into another county's grid.
    if (!decide(caller, 'task.assign', { gridCode: b.gridCode }).allowed) throw notFound('grid', b.gridCode);
    return this.change(() => this.commands.assign.execute(id, b.gridCode, { kind: 'duty_officer', id: caller.subject }, b.reason));
  }

  @Post('tasks/:id/revisits')
  @HttpCode(200)
  @Permission('task.revisit')
  @ApiDoc({ summary: '回访: a revisit of a verified task; settled closes it', params: IdParam, body: RevisitBody })
  async revisit(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Body() body: unknown) {
    const { id } = parse(IdParam, params);
    const b = parse(RevisitBody, body);
    const { role } = await this.taskFor(caller, 'task.revisit', id);
    return this.change(() => this.commands.recordRevisit.execute(id, { ...b, actor: actorOf(caller, role) }));
  }

  @Get('deliveries')
  @Permission('delivery.list')
  @ApiDoc({ summary: 'Messages sent for tasks of the caller’s area (operations: all), without their text', query: DeliveryQuery })
  async deliveries(@Caller() caller: VerifiedCaller, @Query() query: unknown) {
    return this.queries.deliveries(parse(DeliveryQuery, query), listScope(caller, 'delivery.list'));
  }

  private async deliveryFor(caller: VerifiedCaller, action: Action, id: string) {
    const at = await this.queries.deliveryPlacement(id);
    // A delivery without a task is placed nowhere: only a caller whose scope is everything may see it.
    const placed = at ?? { taskId: null, gridCode: null, villageCode: null, divisionCode: null, centreCode: null, workerId: null };
    if (at === undefined || !decide(caller, action, placed).allowed) throw notFound('delivery', id);
  }

  @Get('deliveries/:id/attempts')
  @Permission('delivery.list')
  @ApiDoc({ summary: 'Each attempt to send one delivery', params: IdParam })
  async attempts(@Caller() caller: VerifiedCaller, @Param() params: unknown) {
    const { id } = parse(IdParam, params);
    await this.deliveryFor(caller, 'delivery.list', id);
    return this.deliveryStore.attempts(id);
  }

  /** Sends a failed delivery again (a new round of attempts). */
  @Post('deliveries/:id/retry')
  @HttpCode(202)
  @Permission('delivery.retry')
  @ApiDoc({ summary: 'Send a failed delivery again (operations)', params: IdParam, status: 202 })
  async retry(@Caller() caller: VerifiedCaller, @Param() params: unknown) {
    const { id } = parse(IdParam, params);
    await this.deliveryFor(caller, 'delivery.retry', id);
    const ref = await this.deliveryStore.retry(id);
    if (!ref)
      throw new HttpException(
        { statusCode: 409, code: 'not_failed', message: `delivery ${id} is not failed (only failed deliveries are retried)` },
        409,
      );
    await this.queues.addDelivery(ref);
    return ref;
  }
}

/** HTTP status per refused rule: 404 for what does not exist, 422 for a request missing what it must carry, else 409. */
const REFUSAL_STATUS: Record<string, 404 | 409 | 422> = {
  task_not_found: 404,
  reason_required: 422,
  departments_required: 422,
  mediation_required: 422,
  same_grade: 422,
  unknown_grid: 422,
  grid_without_worker: 422,
};

/** The household and thread keys are keyed hashes of addresses and persons: they never leave the hub. */
function withoutKeys(task: unknown): Record<string, unknown> {
  const { householdKey: _h, threadKey: _t, ...shown } = task as Record<string, unknown>;
  return shown;
}

function actorOf(caller: VerifiedCaller, role: string): { kind: 'grid_worker' | 'duty_officer'; id: string } {
  return { kind: role === 'grid_worker' ? 'grid_worker' : 'duty_officer', id: caller.subject };
}

export function readContext(caller: VerifiedCaller, role: string, req: AuthenticatedRequest) {
  return { actor: caller.subject, role, clientId: caller.clientId, remoteAddr: req.ip, method: req.method, path: req.url.split('?')[0] };
}
