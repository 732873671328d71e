import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Pool, PoolClient } from 'pg';
import { AREA_LEVELS } from '@hub/domain';
import { inTransaction, prismaOver } from '@hub/persistence';
import { z } from 'zod';
import { type AreaRow, type CityArea, generateSanmenxiaArea } from '@hub/simulation';

async function upsertJson(client: PoolClient, sql: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await client.query(sql, [JSON.stringify(rows.slice(i, i + 2000))]);
}

/**
 * Upserts a whole area hierarchy in one transaction; safe to run again. Raw pg: about 27,000 rows as multi-row
 * INSERT … ON CONFLICT DO UPDATE, which Prisma's client has no form for (createMany cannot update, and an
 * upsert per row would be 27,000 round trips at every `npm test` and `infra:up`).
 */
export async function upsertCityArea(pool: Pool, area: Partial<CityArea> & { divisions: AreaRow[] }): Promise<Record<string, number>> {
  return inTransaction(pool, async (client) => {
    // Parents first so the self-reference holds at every row.
    const order = { city: 0, county: 1, township: 2, village: 3 } as const;
    const divisions = [...area.divisions].sort((a, b) => order[a.level] - order[b.level]);
    await upsertJson(
      client,
      `INSERT INTO division (code, name, level, parent_code, population, place_names, centre_name)
       SELECT code, name, level::"DivisionLevel", "parentCode", population, coalesce("placeNames", '{}'), "centreName"
       FROM jsonb_to_recordset($1::jsonb) AS t(code text, name text, level text, "parentCode" text, population int, "placeNames" text[], "centreName" text)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
         population = EXCLUDED.population, place_names = EXCLUDED.place_names, centre_name = EXCLUDED.centre_name`,
      divisions,
    );
    await upsertJson(
      client,
      `INSERT INTO grid (code, name, village_code, households, population, place_names, outline)
       SELECT code, name, "villageCode", households, population, "placeNames", outline
       FROM jsonb_to_recordset($1::jsonb) AS t(code text, name text, "villageCode" text, households int, population int, "placeNames" text[], outline jsonb)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, village_code = EXCLUDED.village_code, households = EXCLUDED.households,
         population = EXCLUDED.population, place_names = EXCLUDED.place_names, outline = EXCLUDED.outline`,
      area.grids ?? [],
    );
    await upsertJson(
      client,
      `INSERT INTO grid_worker (worker_id, grid_code, name, terminal_id, active)
       SELECT "workerId", "gridCode", name, "terminalId", true
       FROM jsonb_to_recordset($1::jsonb) AS t("workerId" text, "gridCode" text, name text, "terminalId" text)
       ON CONFLICT (worker_id) DO UPDATE SET grid_code = EXCLUDED.grid_code, name = EXCLUDED.name, terminal_id = EXCLUDED.terminal_id, active = true`,
      area.workers ?? [],
    );
    await upsertJson(
      client,
      `INSERT INTO duty_officer (officer_id, division_code, name, terminal_id, channels, on_duty)
       SELECT "officerId", "divisionCode", name, "terminalId", channels, "onDuty"
       FROM jsonb_to_recordset($1::jsonb) AS t("officerId" text, "divisionCode" text, name text, "terminalId" text, channels text[], "onDuty" boolean)
       ON CONFLICT (officer_id) DO UPDATE SET division_code = EXCLUDED.division_code, name = EXCLUDED.name,
         terminal_id = EXCLUDED.terminal_id, channels = EXCLUDED.channels, on_duty = EXCLUDED.on_duty`,
      area.officers ?? [],
    );
    return {
      divisions: divisions.length,
      grids: area.grids?.length ?? 0,
      gridWorkers: area.workers?.length ?? 0,
      dutyOfficers: area.officers?.length ?? 0,
    };
  });
}

export async function seedAreas(pool: Pool): Promise<string> {
  const n = await upsertCityArea(pool, generateSanmenxiaArea());
  return `seeded 三门峡市: ${n.divisions} divisions (city, 6 counties, 70 townships, 1,379 villages/communities), ${n.grids} grids, ${n.gridWorkers} grid workers, ${n.dutyOfficers} duty officers`;
}

// CSV import of a real hierarchy. Lists inside a cell (place names, channels) are separated by `|`.
const code12 = z.string().regex(/^\d{12}$/, 'must be a 12-digit division code');
const list = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split('|')
      .map((x) => x.trim())
      .filter(Boolean),
  );
const int = z.coerce.number().int().min(0);
const CSV_SCHEMAS = {
  'divisions.csv': z.object({
    code: code12,
    name: z.string().min(1),
    level: z.enum(AREA_LEVELS),
    parent_code: z.union([code12, z.literal('')]).transform((s) => s || null),
    population: int,
    place_names: list,
    centre_name: z
      .string()
      .optional()
      .transform((s) => s || undefined),
  }),
  'grids.csv': z.object({
    code: z.string().regex(/^\d{15,18}$/, 'grid code is the village code followed by 3-6 digits'),
    name: z.string().min(1),
    village_code: code12,
    households: int,
    population: int,
    place_names: list,
    outline: z
      .string()
      .optional()
      .transform((s, ctx) => {
        if (!s) return undefined;
        try {
          return z
            .array(z.tuple([z.number(), z.number()]))
            .min(3)
            .parse(JSON.parse(s));
        } catch {
          ctx.addIssue({ code: 'custom', message: 'outline must be JSON [[lng, lat], ...] with at least 3 points' });
          return z.NEVER;
        }
      }),
  }),
  'grid_workers.csv': z.object({
    worker_id: z.string().min(1),
    grid_code: z.string().min(15),
    name: z.string().min(1),
    terminal_id: z.string().min(1),
  }),
  'duty_officers.csv': z.object({
    officer_id: z.string().min(1),
    division_code: code12,
    name: z.string().min(1),
    terminal_id: z.string().min(1),
    channels: list.pipe(z.array(z.enum(['webhook', 'sms'])).min(1, 'at least one channel: webhook|sms')),
    on_duty: z.enum(['true', 'false', '1', '0']).transform((s) => s === 'true' || s === '1'),
  }),
} as const;

export class AreaImportError extends Error {}

function readCsv<K extends keyof typeof CSV_SCHEMAS>(dir: string, file: K, problems: string[]): z.infer<(typeof CSV_SCHEMAS)[K]>[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (file === 'divisions.csv') problems.push(`${file}: missing (it is the one file the import needs)`);
    return [];
  }
  const records = parse<Record<string, string>>(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true, bom: true });
  const out: z.infer<(typeof CSV_SCHEMAS)[K]>[] = [];
  records.forEach((r, i) => {
    const parsed = CSV_SCHEMAS[file].safeParse(r);
    if (parsed.success) out.push(parsed.data as z.infer<(typeof CSV_SCHEMAS)[K]>);
    else problems.push(...parsed.error.issues.map((e) => `${file} line ${i + 2}: ${e.path.join('.') || 'row'}: ${e.message}`));
  });
  return out;
}

/**
 * Imports a real hierarchy from DIR/divisions.csv (required), grids.csv, grid_workers.csv and
 * duty_officers.csv. Every row is checked first, references included; nothing is written if any fails.
 */
export async function importAreas(pool: Pool, dir: string): Promise<string> {
  const problems: string[] = [];
  const divisions = readCsv(dir, 'divisions.csv', problems);
  const grids = readCsv(dir, 'grids.csv', problems);
  const workers = readCsv(dir, 'grid_workers.csv', problems);
  const officers = readCsv(dir, 'duty_officers.csv', problems);
  const known = new Set([
    ...divisions.map((d) => d.code),
    ...(await prismaOver(pool).division.findMany({ select: { code: true } })).map((r) => r.code),
  ]);
  for (const d of divisions)
    if (d.parent_code && !known.has(d.parent_code)) problems.push(`divisions.csv: ${d.code}: parent ${d.parent_code} is unknown`);
  const villages = new Set(divisions.filter((d) => d.level === 'village').map((d) => d.code));
  for (const g of grids)
    if (!villages.has(g.village_code) && !known.has(g.village_code))
      problems.push(`grids.csv: ${g.code}: village ${g.village_code} is unknown`);
  const gridCodes = new Set(grids.map((g) => g.code));
  for (const w of workers)
    if (!gridCodes.has(w.grid_code)) problems.push(`grid_workers.csv: ${w.worker_id}: grid ${w.grid_code} is not in grids.csv`);
  for (const o of officers)
    if (!known.has(o.division_code)) problems.push(`duty_officers.csv: ${o.officer_id}: division ${o.division_code} is unknown`);
  if (problems.length)
    throw new AreaImportError(`nothing imported; ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`);
  const n = await upsertCityArea(pool, {
    divisions: divisions.map((d) => ({
      code: d.code,
      name: d.name,
      level: d.level,
      parentCode: d.parent_code,
      population: d.population,
      placeNames: d.place_names,
      centreName: d.centre_name,
    })),
    grids: grids.map((g) => ({
      code: g.code,
      name: g.name,
      villageCode: g.village_code,
      households: g.households,
      population: g.population,
      placeNames: g.place_names,
      outline: g.outline,
    })),
    workers: workers.map((w) => ({ workerId: w.worker_id, gridCode: w.grid_code, name: w.name, terminalId: w.terminal_id })),
    officers: officers.map((o) => ({
      officerId: o.officer_id,
      divisionCode: o.division_code,
      name: o.name,
      terminalId: o.terminal_id,
      channels: o.channels,
      onDuty: o.on_duty,
    })),
  });
  return `imported ${n.divisions} divisions, ${n.grids} grids, ${n.gridWorkers} grid workers, ${n.dutyOfficers} duty officers from ${dir}`;
}
