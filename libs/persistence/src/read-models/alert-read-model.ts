import type { ListScope } from '@hub/domain';
import type { PrismaClient } from '../generated/prisma/client';
import { type AlertRecord, recordOf } from './event-record';
import { alertScopeWhere } from './scope';

/**
 * An alert as duty officers see it (the list, the live board, one alert): the assessment with its area,
 * grade, score, factors and evidence, its dispute thread's opaque id and the task it went to.
 */
export interface AlertView {
  assessmentId: string;
  source: string;
  sourceRef: string;
  revision: number;
  occurredAt: Date;
  assessedAt: Date;
  divisionCode: string;
  divisionName: string | null;
  gridCode: string | null;
  domain: string;
  riskScore: number;
  riskLevel: string;
  threadId: string | null;
  factors: unknown;
  links: unknown;
  rulesVersion: string;
  taskId: string | null;
}

/** Grades the board and the default list show (blue is recorded, not alerted). */
const ALERTED = ['red', 'orange', 'yellow'];

const SHOWN = {
  assessmentId: true,
  source: true,
  sourceRef: true,
  revision: true,
  occurredAt: true,
  assessedAt: true,
  divisionCode: true,
  gridCode: true,
  domain: true,
  riskScore: true,
  riskLevel: true,
  threadKey: true,
  factors: true,
  links: true,
  rulesVersion: true,
} as const;

/**
 * The gateway's reads of alerts (query handlers: the controllers run no SQL). Prisma's client: the
 * assessments by their own columns, then the area names, thread ids and tasks of the page in one
 * query each (the schema declares no relations between these tables).
 */
export class AlertReadModel {
  constructor(private readonly prisma: PrismaClient) {}

  /** The latest family and romantic alerts within `scope`, newest first; all alerted grades unless one is asked. */
  async latest(q: { level?: string; limit: number; offset: number }, scope: ListScope): Promise<AlertView[]> {
    const inScope = alertScopeWhere(scope);
    if (!inScope) return [];
    const rows = await this.prisma.riskAssessment.findMany({
      where: { AND: [{ familyRomantic: true, riskLevel: q.level ?? { in: ALERTED } }, inScope] },
      orderBy: [{ assessedAt: 'desc' }, { assessmentId: 'asc' }],
      take: q.limit,
      skip: q.offset,
      select: SHOWN,
    });
    return this.viewsOf(rows);
  }

  /** A new alert for the live board: family or romantic and of an alerted grade, else undefined. */
  async alerted(assessmentId: string): Promise<AlertView | undefined> {
    const row = await this.prisma.riskAssessment.findFirst({
      where: { assessmentId, familyRomantic: true, riskLevel: { in: ALERTED } },
      select: SHOWN,
    });
    return row ? (await this.viewsOf([row]))[0] : undefined;
  }

  /** One family or romantic alert (any grade) with the record it came from. */
  async withRecord(assessmentId: string): Promise<(AlertView & { record: AlertRecord }) | undefined> {
    const row = await this.prisma.riskAssessment.findFirst({
      where: { assessmentId, familyRomantic: true },
      select: { ...SHOWN, eventId: true },
    });
    if (!row) return undefined;
    const { eventId, ...shown } = row;
    const [[view], event] = await Promise.all([
      this.viewsOf([shown]),
      this.prisma.normalizedEvent.findUnique({ where: { eventId }, select: { payload: true } }),
    ]);
    // The alert exists only with its event (risk stores both); without it the officer has nothing to read.
    if (!event) return undefined;
    return { ...view, record: recordOf(event.payload) };
  }

  /** The area of an upstream record (`source`, reference), assessed or only stored, for the access decision. */
  async recordArea(source: string, sourceRef: string): Promise<{ divisionCode: string } | undefined> {
    const where = { source, sourceRef };
    const select = { divisionCode: true } as const;
    return (
      (await this.prisma.riskAssessment.findFirst({ where, select })) ??
      (await this.prisma.normalizedEvent.findFirst({ where, select })) ??
      undefined
    );
  }

  private async viewsOf(
    rows: (Omit<AlertView, 'divisionName' | 'threadId' | 'taskId'> & { threadKey: string | null })[],
  ): Promise<AlertView[]> {
    if (rows.length === 0) return [];
    const codes = [...new Set(rows.map((r) => r.divisionCode))];
    const threadKeys = [...new Set(rows.flatMap((r) => (r.threadKey ? [r.threadKey] : [])))];
    const ids = rows.map((r) => r.assessmentId);
    const [divisions, threads, tasks] = await Promise.all([
      this.prisma.division.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }),
      threadKeys.length
        ? this.prisma.disputeThread.findMany({ where: { threadKey: { in: threadKeys } }, select: { threadKey: true, threadId: true } })
        : [],
      this.prisma.taskAlert.findMany({ where: { assessmentId: { in: ids } }, select: { assessmentId: true, taskId: true } }),
    ]);
    const name = new Map(divisions.map((d) => [d.code, d.name]));
    const threadId = new Map(threads.map((t) => [t.threadKey, t.threadId]));
    const taskId = new Map(tasks.map((t) => [t.assessmentId, t.taskId]));
    return rows.map(({ threadKey, ...r }) => ({
      ...r,
      divisionName: name.get(r.divisionCode) ?? null,
      threadId: (threadKey && threadId.get(threadKey)) || null,
      taskId: taskId.get(r.assessmentId) ?? null,
    }));
  }
}
