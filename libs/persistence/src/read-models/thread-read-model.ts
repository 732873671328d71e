import type { PrismaClient } from '../generated/prisma/client';

/**
 * The gateway's reads of dispute threads (query handlers: the controllers run no SQL), through Prisma's
 * client. The thread key is a keyed hash of the parties: it is returned for the next read only, and the
 * caller keeps it inside the hub.
 */
export class ThreadReadModel {
  constructor(private readonly prisma: PrismaClient) {}

  /** A thread's running summary by its opaque id, with its key and area (for the access decision). */
  byId(threadId: string) {
    return this.prisma.disputeThread.findUnique({
      where: { threadId },
      select: {
        threadKey: true,
        threadId: true,
        basis: true,
        divisionCode: true,
        relation: true,
        records: true,
        firstSeen: true,
        lastSeen: true,
        lastLevel: true,
        maxScore: true,
      },
    });
  }

  /** The records assessed in a thread, oldest first, a page at a time. */
  records(threadKey: string, page: { limit: number; offset: number }) {
    return this.prisma.riskAssessment.findMany({
      where: { threadKey },
      orderBy: [{ occurredAt: 'asc' }, { sourceRef: 'asc' }, { revision: 'asc' }],
      take: page.limit,
      skip: page.offset,
      select: {
        source: true,
        sourceRef: true,
        revision: true,
        occurredAt: true,
        domain: true,
        riskScore: true,
        riskLevel: true,
        factorCodes: true,
      },
    });
  }

  /** The newest task that follows a thread (the one a read of the thread serves), if any. */
  async latestTaskOf(threadKey: string): Promise<string | undefined> {
    const t = await this.prisma.gridTask.findFirst({ where: { threadKey }, orderBy: { createdAt: 'desc' }, select: { taskId: true } });
    return t?.taskId;
  }

  /**
   * The thread of a task's household (its opaque id, null when none): the records that name only one of
   * the parties (a petition by one person, a call without ID numbers) are kept there, beside the
   * couple's thread the task follows.
   */
  async householdThreadOf(taskId: string): Promise<string | null> {
    const t = await this.prisma.gridTask.findUnique({ where: { taskId }, select: { householdKey: true } });
    if (!t) return null;
    const thread = await this.prisma.disputeThread.findUnique({
      where: { threadKey: `household:${t.householdKey}` },
      select: { threadId: true },
    });
    return thread?.threadId ?? null;
  }

  /** The thread a task follows (its opaque id, null when none), with the task's placement for the access decision. */
  async ofTask(taskId: string) {
    const t = await this.prisma.gridTask.findUnique({
      where: { taskId },
      select: { gridCode: true, villageCode: true, divisionCode: true, centreCode: true, threadKey: true },
    });
    if (!t) return undefined;
    const { threadKey, ...placement } = t;
    const thread = threadKey ? await this.prisma.disputeThread.findUnique({ where: { threadKey }, select: { threadId: true } }) : null;
    return { ...placement, threadId: thread?.threadId ?? null };
  }
}
