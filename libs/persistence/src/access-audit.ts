import type { Pool } from 'pg';

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

/** Every API call, with the caller its token named. Append-only (rules in migration 20261130000000). */
export class AccessAuditLog {
  constructor(private readonly pool: Pool) {}

  async record(r: AccessRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO access_audit (actor, role, method, path, status, subject, at) VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7, now()))',
      [r.actor.slice(0, 100), r.role ?? null, r.method, r.path.slice(0, 300), r.status, r.subject?.slice(0, 100) ?? null, r.at ?? null],
    );
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
    await this.pool.query(
      `INSERT INTO personal_data_read (actor, role, client_id, record_kind, record_id, fields, task_id, remote_addr, method, path)
       SELECT $1, $2, $3, r.kind, r.id, r.fields, r.task, $4, $5, $6
       FROM jsonb_to_recordset($7::jsonb) AS r(kind text, id text, fields text[], task uuid)`,
      [
        ctx.actor,
        ctx.role,
        ctx.clientId ?? null,
        ctx.remoteAddr ?? null,
        ctx.method,
        ctx.path.slice(0, 300),
        JSON.stringify(reads.map((r) => ({ kind: r.recordKind, id: r.recordId, fields: r.fields, task: r.taskId ?? null }))),
      ],
    );
  }

  async list(q: PersonalDataReadQuery): Promise<unknown[]> {
    const { rows } = await this.pool.query(
      `SELECT id::text, at, actor, role, client_id AS "clientId", record_kind AS "recordKind", record_id AS "recordId", fields,
              task_id AS "taskId", remote_addr AS "remoteAddr", method, path
       FROM personal_data_read
       WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR record_id = $2) AND ($3::uuid IS NULL OR task_id = $3)
         AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::timestamptz IS NULL OR at < $5)
       ORDER BY personal_data_read.id DESC LIMIT $6 OFFSET $7`, // the table's id: a bare `id` would sort by the selected text
      [q.actor ?? null, q.recordId ?? null, q.taskId ?? null, q.from ?? null, q.to ?? null, q.limit, q.offset],
    );
    return rows;
  }
}
