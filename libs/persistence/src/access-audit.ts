import type { Pool } from 'pg';

export interface AccessRecord {
  actor: string;
  method: string;
  path: string;
  status: number;
  /** The task, delivery or thread the call was about, when it names one. */
  subject?: string;
}

export class AccessAuditLog {
  constructor(private readonly pool: Pool) {}

  async record(r: AccessRecord): Promise<void> {
    await this.pool.query('INSERT INTO access_audit (actor, method, path, status, subject) VALUES ($1, $2, $3, $4, $5)', [
      r.actor.slice(0, 100),
      r.method,
      r.path.slice(0, 300),
      r.status,
      r.subject ?? null,
    ]);
  }
}
