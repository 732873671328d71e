import type { AreaDivision, AreaGrid, AreaIndex } from '@hub/domain';
import type { Pool } from 'pg';

/** Code prefix a division's descendants share (GB/T 2260 + township + village digits). */
function prefixOf(d: AreaDivision): string {
  return d.code.slice(0, { city: 4, county: 6, township: 9, village: 12 }[d.level]);
}

/**
 * The city's areas in memory for routing: about 1,500 divisions and 12,000 grids, loaded at start-up
 * and on `refresh()` (after an import). Routing then costs no database round trip.
 * Raw pg: two statements at start-up, not per alert; no benchmark figure shows pg is needed (the load is
 * not timed by `npm run bench -- dispatch`, which measures routing from memory).
 */
export class StoredAreaIndex implements AreaIndex {
  private divisions = new Map<string, AreaDivision>();
  private grids = new Map<string, AreaGrid>();
  private villages: AreaDivision[] = [];
  private gridsByVillage = new Map<string, AreaGrid[]>();
  private outlined: AreaGrid[] = [];

  constructor(private readonly pool: Pool) {}

  async refresh(): Promise<{ divisions: number; grids: number }> {
    const [d, g] = await Promise.all([
      this.pool.query<AreaDivision>(
        `SELECT code, name, level::text AS level, parent_code AS "parentCode", place_names AS "placeNames" FROM division`,
      ),
      this.pool.query<AreaGrid & { outline: [number, number][] | null }>(
        `SELECT code, name, village_code AS "villageCode", place_names AS "placeNames", outline FROM grid ORDER BY code`,
      ),
    ]);
    this.divisions = new Map(d.rows.map((r) => [r.code, r]));
    this.villages = d.rows.filter((r) => r.level === 'village').sort((a, b) => a.code.localeCompare(b.code));
    this.grids = new Map();
    this.gridsByVillage = new Map();
    this.outlined = [];
    for (const row of g.rows) {
      const grid: AreaGrid = { code: row.code, name: row.name, villageCode: row.villageCode, placeNames: row.placeNames };
      if (row.outline) grid.outline = row.outline;
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
