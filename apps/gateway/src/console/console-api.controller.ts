import { BadRequestException, Controller, Get, HttpCode, type MessageEvent, Param, Post, Query, Req, Res, Sse } from '@nestjs/common';
import { type AuthenticatedRequest, Caller, Permission, type VerifiedCaller } from '@hub/access';
import { ACTIONS, type Action, areaFigures, areaLevelOf, decide, figureTable, isAreaCode, toCsv } from '@hub/domain';
import { MetricsRegistry } from '@hub/observability';
import { AlertReadModel, AreaReadModel, DispatchStatistics, PersonalDataReads, ThreadReadModel } from '@hub/persistence';
import type { Histogram } from 'prom-client';
import { concatMap, filter, interval, map, merge, type Observable, of, takeUntil, timer } from 'rxjs';
import { z } from 'zod';
import { ApiDoc } from '../api-doc';
import { IdParam, notFound, parse } from '../http-support';
import { StatsQuery } from '../operations.controller';
import { readContext } from '../tasks.controller';
import { AlertFeed } from './alert-feed';
import { BOARD_COOKIE, BOARD_ROUTE } from './ops-board';
import { xlsxOf } from './stats-export';

export const AlertParams = z.object({ id: z.uuid('an alert (assessment) id') });
export const AreaParams = z.object({ code: z.string().regex(/^\d{12}$/, 'a 12-digit division code') });
export const ExportQuery = StatsQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** How long the live board's connection idles between two messages, so that proxies keep it open. */
const KEEPALIVE_MS = 15_000;
const DAY = 86_400_000;

interface Download {
  setHeader(name: string, value: string): void;
  send(body: Buffer | string): void;
}

/**
 * What the console needs beyond the closed loop's routes: who the signed-in caller is, the live
 * alert board (server-sent events), one alert with its record's text for the evidence, the areas
 * under a centre (drill-down, assignment to a grid), the statistics with their breakdown one level
 * down, and their export. Every route is scoped to the caller's area like the rest of the API.
 */
@Controller('api')
export class ConsoleApiController {
  /** The live board's latency: the assessment stored → the alert handed to a subscriber's stream. */
  private readonly pushed: Histogram;

  constructor(
    private readonly feed: AlertFeed,
    private readonly reads: PersonalDataReads,
    private readonly statistics: DispatchStatistics,
    private readonly alertReads: AlertReadModel,
    private readonly threadReads: ThreadReadModel,
    private readonly areas: AreaReadModel,
    metrics: MetricsRegistry,
  ) {
    this.pushed = metrics.histogram(
      'hub_board_push_seconds',
      'Time from an alert’s assessment stored to its push on a live board (server-sent event), per subscriber, by level',
      ['level'],
    );
  }

  @Get('me')
  @Permission(...(ACTIONS as unknown as [Action, ...Action[]]))
  @ApiDoc({ summary: 'The signed-in caller: hub id, roles, area and the actions the roles grant' })
  async me(@Caller() caller: VerifiedCaller) {
    const area = caller.area ? await this.areas.nameOf(caller.area) : undefined;
    return {
      subject: caller.subject,
      roles: caller.roles,
      area: caller.area ?? null,
      areaName: area ?? null,
      actions: ACTIONS.filter((a) => decide(caller, a).allowed),
    };
  }

  /**
   * The live board: each new alert of the caller's area as it is handed to dispatch, as a server-sent
   * event `alert`, written to the personal-data trail like any other read. The stream ends when the
   * caller's token expires; the console reconnects with a fresh one.
   */
  @Sse('alerts/stream')
  @Permission('alert.list')
  @ApiDoc({
    summary: 'New alerts of the caller’s area as server-sent events (event `alert`; each one audited); ends when the token expires',
  })
  stream(@Caller() caller: VerifiedCaller, @Req() req: AuthenticatedRequest): Observable<MessageEvent> {
    const role = decide(caller, 'alert.list');
    const context = readContext(caller, role.allowed ? role.role : 'unknown', req);
    const alerts = this.feed.stream.pipe(
      filter((a) => decide(caller, 'alert.list', { divisionCode: a.divisionCode, gridCode: a.gridCode }).allowed),
      concatMap(async (a): Promise<MessageEvent> => {
        await this.reads.record(context, [
          { recordKind: 'alert', recordId: a.assessmentId, fields: ['factors.evidence'], taskId: a.taskId },
        ]);
        // Nest writes the event to the caller's connection as it is emitted, right after this.
        this.pushed.observe({ level: a.riskLevel }, Math.max(0, Date.now() - a.assessedAt.getTime()) / 1000);
        return { id: a.assessmentId, type: 'alert', data: a };
      }),
    );
    const keepalive = interval(KEEPALIVE_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: { at: new Date().toISOString() } })));
    const lifetime = caller.expiresAt ? caller.expiresAt.getTime() - Date.now() : 5 * 60_000;
    return merge(of<MessageEvent>({ type: 'ready', data: { area: caller.area ?? null } }), alerts, keepalive).pipe(
      takeUntil(timer(Math.max(1_000, lifetime))),
    );
  }

  /** One alert with the record it came from: the masked text the evidence points into, the place and the parties. */
  @Get('alerts/:id')
  @Permission('alert.list')
  @ApiDoc({ summary: 'One alert of the caller’s area with its record’s (masked) text, address and parties (audited)', params: AlertParams })
  async alert(@Caller() caller: VerifiedCaller, @Param() params: unknown, @Req() req: AuthenticatedRequest) {
    const { id } = parse(AlertParams, params);
    const alert = await this.alertReads.withRecord(id);
    const d = alert && decide(caller, 'alert.list', { divisionCode: alert.divisionCode, gridCode: alert.gridCode });
    if (!alert || !d?.allowed) throw notFound('alert', id);
    await this.reads.record(readContext(caller, d.role, req), [
      {
        recordKind: 'alert',
        recordId: id,
        fields: ['record.texts', 'record.address', 'record.persons', 'factors.evidence'],
        taskId: alert.taskId,
      },
    ]);
    return alert;
  }

  /**
   * The opaque ids of the dispute thread a task follows and, when that is the couple's, of the
   * household's own thread (records naming one party only, such as a petition): together the
   * household's records across the three feeds (each: GET /api/threads/:id).
   */
  @Get('tasks/:id/thread')
  @Permission('thread.read')
  @ApiDoc({
    summary: 'The dispute thread a task of the caller’s area follows and its household’s own thread (opaque ids)',
    params: IdParam,
  })
  async taskThread(@Caller() caller: VerifiedCaller, @Param() params: unknown) {
    const { id } = parse(IdParam, params);
    const [task, household] = await Promise.all([this.threadReads.ofTask(id), this.threadReads.householdThreadOf(id)]);
    if (!task || !decide(caller, 'thread.read', task).allowed) throw notFound('task', id);
    return { threadId: task.threadId, householdThreadId: household === task.threadId ? null : household };
  }

  /** An area of the caller's and what lies one level under it: divisions, or a village's grids. */
  @Get('areas/:code')
  @Permission('stats.read', 'task.assign')
  @ApiDoc({ summary: 'A division of the caller’s area and its children (divisions, or the grids of a village)', params: AreaParams })
  async area(@Caller() caller: VerifiedCaller, @Param() params: unknown) {
    const { code } = parse(AreaParams, params);
    const allowed = (['stats.read', 'task.assign'] as const).some((a) => decide(caller, a, { divisionCode: code }).allowed);
    const area = await this.areas.withChildren(code);
    if (!area || !allowed) throw notFound('area', code);
    return area;
  }

  private async breakdownOf(caller: VerifiedCaller, query: unknown) {
    const q = parse(StatsQuery, query);
    const areaCode = q.area ?? (caller.area && isAreaCode(caller.area) && caller.area.length === 12 ? caller.area : '');
    if (!isAreaCode(areaCode) || !decide(caller, 'stats.read', { divisionCode: areaCode }).allowed)
      throw notFound('area', areaCode || '(none)');
    const to = q.to ? new Date(q.to) : new Date();
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY);
    if (from >= to) throw new BadRequestException(['from: must be before to']);
    const area = await this.statistics.forArea({ areaCode, from, to });
    const children = areaLevelOf(areaCode) === 'village' ? [] : await this.statistics.childrenOf(areaCode);
    const parts = [];
    // One after the other: a county has a dozen townships, each nine queries; the pool serves others meanwhile.
    for (const code of children) parts.push(areaFigures(await this.statistics.forArea({ areaCode: code, from, to })));
    return { period: area.period, area: areaFigures(area), parts };
  }

  @Get('stats/breakdown')
  @Permission('stats.read')
  @ApiDoc({ summary: 'The figures of an area of the caller’s and of each area one level down (drill-down)', query: StatsQuery })
  breakdown(@Caller() caller: VerifiedCaller, @Query() query: unknown) {
    return this.breakdownOf(caller, query);
  }

  @Get('stats/export')
  @Permission('stats.read')
  @ApiDoc({ summary: 'The figures of an area and its parts as CSV (UTF-8) or Excel', query: ExportQuery })
  async export(@Caller() caller: VerifiedCaller, @Query() query: unknown, @Res() res: Download) {
    const { format } = parse(ExportQuery, query);
    const b = await this.breakdownOf(caller, query);
    const rows = figureTable(b.area, b.parts);
    const name = `stats-${b.area.code}-${b.period.from.slice(0, 10)}-${b.period.to.slice(0, 10)}.${format}`;
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.send(toCsv(rows));
    } else {
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.send(await xlsxOf(`${b.area.name} ${b.period.from.slice(0, 10)} 至 ${b.period.to.slice(0, 10)}`, rows));
    }
  }
}

/** Operations open Bull Board from the console: the token goes into a cookie the board's pages send back. */
@Controller('api/ops')
export class OpsSessionController {
  @Post('board-session')
  @HttpCode(204)
  @Permission('queue.read')
  @ApiDoc({
    summary: 'A cookie that lets the caller’s browser open Bull Board (/ops/queues) until the token expires (operations)',
    status: 204,
  })
  boardSession(@Caller() caller: VerifiedCaller, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Download) {
    const token = String(req.headers.authorization).slice('Bearer '.length);
    const seconds = Math.max(0, Math.floor(((caller.expiresAt?.getTime() ?? Date.now()) - Date.now()) / 1000));
    res.setHeader('set-cookie', `${BOARD_COOKIE}=${token}; Path=${BOARD_ROUTE}; Max-Age=${seconds}; HttpOnly; SameSite=Strict`);
  }
}
