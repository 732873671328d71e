import { type AreaDivision, type AreaGrid, type AreaIndex, LEVEL_PREFIX_DIGITS } from '@hub/domain';
import type { Pool } from 'pg';
import { prismaOver } from '../database';

/** Code prefix a division's descendants share (the domain's one prefix rule). */
function prefixOf(d: AreaDivision): string {
  return d.code.slice(0, LEVEL_PREFIX_DIGITS[d.level]);
}

/**
 * The city's areas in memory for routing: about 1,500 divisions and 12,000 grids, loaded at start-up
 * and on `refresh()` (after an import). Routing then costs no database round trip. Loaded through Prisma's
 * client: two queries at start-up, not per alert (dispatch has the client for its reconcile reads anyway).
 */
export class StoredAreaIndex implements AreaIndex {
  private divisions = new Map<string, AreaDivision>();
  private grids = new Map<string, AreaGrid>();
  private villages: AreaDivision[] = [];
  private gridsByVillage = new Map<string, AreaGrid[]>();
  private outlined: AreaGrid[] = [];

  constructor(private readonly pool: Pool) {}

  async refresh(): Promise<{ divisions: number; grids: number }> {
    const prisma = prismaOver(this.pool);
    const [divisions, grids] = await Promise.all([
      prisma.division.findMany({ select: { code: true, name: true, level: true, parentCode: true, placeNames: true } }),
      prisma.grid.findMany({
        select: { code: true, name: true, villageCode: true, placeNames: true, outline: true },
        orderBy: { code: 'asc' },
      }),
    ]);
    this.divisions = new Map(divisions.map((r) => [r.code, r]));
    this.villages = divisions.filter((r) => r.level === 'village').sort((a, b) => a.code.localeCompare(b.code));
    this.grids = new Map();
    this.gridsByVillage = new Map();
    this.outlined = [];
    for (const row of grids) {
      const grid: AreaGrid = { code: row.code, name: row.name, villageCode: row.villageCode, placeNames: row.placeNames };
      // The column is JSON ([[lng, lat], ...], written by the area import); Prisma types it as any JSON value.
      if (row.outline) grid.outline = row.outline as [number, number][];
      this.grids.set(grid.code, grid);
      const list = this.gridsByVillage.get(grid.villageCode) ?? [];
      list.push(grid);
      this.gridsByVillage.set(grid.villageCode, list);
      if (grid.outline) this.outlined.push(grid);
    }
    return { divisions: this.divisions.size, grids: this.grids.size };
  }

  division(code: string): AreaDivision | undefined {
    return this.divisions.get(code);
  }

  grid(code: string): AreaGrid | undefined {
    return this.grids.get(code);
  }

  villagesUnder(code: string): AreaDivision[] {
    const d = this.divisions.get(code);
    if (!d) return [];
    const prefix = prefixOf(d);
    return this.villages.filter((v) => v.code.startsWith(prefix));
  }

  gridsOf(villageCode: string): AreaGrid[] {
    return this.gridsByVillage.get(villageCode) ?? [];
  }

  gridsWithOutline(): AreaGrid[] {
    return this.outlined;
  }
}
