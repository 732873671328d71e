import type { DivisionDirectory } from '@hub/domain';
import type { Pool } from 'pg';

/** The divisions the hub serves, loaded once at start-up (a few thousand codes) and refreshed on demand. */
// One query at start-up on ingest's pool: ingest creates no Prisma client (its writes are batched SQL).
export class StoredDivisionDirectory implements DivisionDirectory {
  private codes = new Set<string>();

  constructor(private readonly pool: Pool) {}

  async refresh(): Promise<number> {
    const { rows } = await this.pool.query<{ code: string }>('SELECT code FROM division');
    this.codes = new Set(rows.map((r) => r.code));
    return this.codes.size;
  }

  isKnown(divisionCode: string): boolean {
    return this.codes.has(divisionCode);
  }
}
