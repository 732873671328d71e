import type { DivisionDirectory } from '@hub/domain';
import type { Pool } from 'pg';
import { prismaOver } from './database';

/** The divisions the hub serves, loaded once at start-up (a few thousand codes) and refreshed on demand. */
export class StoredDivisionDirectory implements DivisionDirectory {
  private codes = new Set<string>();

  constructor(private readonly pool: Pool) {}

  async refresh(): Promise<number> {
    const rows = await prismaOver(this.pool).division.findMany({ select: { code: true } });
    this.codes = new Set(rows.map((r) => r.code));
    return this.codes.size;
  }

  isKnown(divisionCode: string): boolean {
    return this.codes.has(divisionCode);
  }
}
