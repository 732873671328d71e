import { Client } from 'pg';
import { freshDatabase, freshTopics } from '../support/infra';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** A database and topics of the benchmark's own, removed afterwards. */
export async function benchEnvironment() {
  const [db, topics] = await Promise.all([freshDatabase(), freshTopics()]);
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  return {
    db,
    topics,
    pg,
    async close() {
      await pg.end();
      await topics.drop();
      await db.drop();
    },
  };
}
