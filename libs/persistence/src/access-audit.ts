import type { Pool } from 'pg';
import { prismaOver } from './database';

export interface AccessRecord {
  actor: string;
  role?: string;
  method: string;
  path: string;
  status: number;
  /** The task, delivery or thread the call was about, when it names one. */
  subject?: string;
  /** When the call arrived (defaults to the time of writing). */
  at?: Date;
}

/**
 * Every API call, with the caller its token named. Append-only (rules in migration 20261130000000), written
 * with createMany: a plain INSERT, no RETURNING of a row the gateway has no need to read back.
 */
export class AccessAuditLog {
  constructor(private readonly pool: Pool) {}

  async record(r: AccessRecord): Promise<void> {
    await prismaOver(this.pool).accessAudit.createMany({
      data: {
        actor: r.actor.slice(0, 100),
        role: r.role ?? null,
        method: r.method,
        path: r.path.slice(0, 300),
        status: r.status,
        subject: r.subject?.slice(0, 100) ?? null,
        // Unset: the column's default, now() in PostgreSQL, as before.
        ...(r.at ? { at: r.at } : {}),
      },
    });
  }
}

export interface PersonalDataReadRecord {
  recordKind: 'task' | 'alert' | 'thread';
  recordId: string;
  fields: string[];
  /** The task the read served (the task itself, or the task an alert or thread belongs to). */
  taskId?: string | null;
}

export interface ReadContext {
  actor: string;
  role: string;
  clientId?: string;
  remoteAddr?: string;
  method: string;
  path: string;
}

export interface PersonalDataReadQuery {
  actor?: string;
  recordId?: string;
  taskId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** The trail of personal-data reads: one row per record read, written before the response leaves. */
export class PersonalDataReads {
  constructor(private readonly pool: Pool) {}

  async record(ctx: ReadContext, reads: PersonalDataReadRecord[]): Promise<void> {
    if (reads.length === 0) return;
    // One multi-row INSERT, as before; the rows share the request's context and default `at` (now()).
    await prismaOver(this.pool).personalDataRead.createMany({
      data: reads.map((r) => ({
        actor: ctx.actor,
        role: ctx.role,
        clientId: ctx.clientId ?? null,
        recordKind: r.recordKind,
        recordId: r.recordId,
        fields: r.fields,
        taskId: r.taskId ?? null,
        remoteAddr: ctx.remoteAddr ?? null,
        method: ctx.method,
        path: ctx.path.slice(0, 300),
      })),
    });
  }

  async list(q: PersonalDataReadQuery): Promise<unknown[]> {
    const rows = await prismaOver(this.pool).personalDataRead.findMany({
      where: {
        ...(q.actor !== undefined ? { actor: q.actor } : {}),
        ...(q.recordId !== undefined ? { recordId: q.recordId } : {}),
        ...(q.taskId !== undefined ? { taskId: q.taskId } : {}),
        ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {}),
      },
      orderBy: { id: 'desc' },
      take: q.limit,
      skip: q.offset,
      select: {
        id: true,
        at: true,
        actor: true,
        role: true,
        clientId: true,
        recordKind: true,
        recordId: true,
        fields: true,
        taskId: true,
        remoteAddr: true,
        method: true,
        path: true,
      },
    });
    // The id as text, as the API has always given it (a bigint has no JSON form).
    return rows.map((r) => ({ ...r, id: r.id.toString() }));
  }
}
