import type { Pool } from 'pg';
import { type AreaRow, generateSanmenxia } from './area-seed';

/** Upserts the area hierarchy; safe to run again. */
export async function upsertAreas(pool: Pool, rows: AreaRow[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Parents first so the self-reference holds at every row.
    const order = { city: 0, county: 1, township: 2, village: 3 } as const;
    const sorted = [...rows].sort((a, b) => order[a.level] - order[b.level]);
    for (let i = 0; i < sorted.length; i += 1000) {
      await client.query(
        `INSERT INTO division (code, name, level, parent_code, population)
         SELECT code, name, level::"DivisionLevel", parent_code, population
         FROM jsonb_to_recordset($1::jsonb) AS t(code text, name text, level text, parent_code text, population int)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
           parent_code = EXCLUDED.parent_code, population = EXCLUDED.population`,
        [JSON.stringify(sorted.slice(i, i + 1000).map((r) => ({ ...r, parent_code: r.parentCode })))],
      );
    }
    await client.query('COMMIT');
    return rows.length;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

export async function seedAreas(pool: Pool): Promise<string> {
  const n = await upsertAreas(pool, generateSanmenxia());
  return `seeded ${n} divisions of 三门峡市 (city, 6 counties, 70 townships, 1,379 villages/communities)`;
}
