import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { FeedSource } from '@hub/contracts';
import { prismaOver } from '@hub/persistence';
import { DEFAULT_OPTIONS, generateFeeds, type GeneratorOptions, generateSanmenxia } from '@hub/simulation';

export async function villagesFrom(pool: Pool | undefined): Promise<{ code: string; name: string }[]> {
  if (pool) {
    const rows = await prismaOver(pool).division.findMany({
      where: { level: 'village' },
      orderBy: { code: 'asc' },
      select: { code: true, name: true },
    });
    if (rows.length) return rows;
  }
  return generateSanmenxia().filter((r) => r.level === 'village');
}

/** Writes <dir>/police110.jsonl, court.jsonl and petition.jsonl: one upstream message value per line. */
export function writeFeeds(dir: string, options: GeneratorOptions): Record<FeedSource, number> {
  mkdirSync(dir, { recursive: true });
  const lines: Record<FeedSource, string[]> = { police110: [], court: [], petition: [] };
  for (const m of generateFeeds(options)) lines[m.feed].push(JSON.stringify(m.value));
  for (const feed of Object.keys(lines) as FeedSource[]) {
    writeFileSync(join(dir, `${feed}.jsonl`), lines[feed].join('\n') + '\n');
  }
  return { police110: lines.police110.length, court: lines.court.length, petition: lines.petition.length };
}

export { DEFAULT_OPTIONS };
