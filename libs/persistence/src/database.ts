import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from './generated/prisma/client';

export { PrismaClient };
export type { Prisma } from './generated/prisma/client';

/**
 * One pg pool per process, shared by Prisma (through the driver adapter, since the native query
 * engine cannot be downloaded here) and by the batched hot paths that write raw SQL. The Prisma client
 * is made on first use, so an app that does not query through it (dispatch, ingest, risk) creates none.
 */
export interface Database {
  pool: Pool;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export function openDatabase(url: string, options: { max?: number; applicationName?: string } = {}): Database {
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'suyuan-hub',
    connectionTimeoutMillis: 5_000,
  });
  // An idle client losing its connection (PostgreSQL restarted) must not crash the process;
  // the next query gets a fresh connection and fails or succeeds on its own.
  pool.on('error', () => undefined);
  let prisma: PrismaClient | undefined;
  return {
    pool,
    get prisma() {
      prisma ??= new PrismaClient({ adapter: new PrismaPg(pool) });
      return prisma;
    },
    async close() {
      await prisma?.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

export async function pingDatabase(pool: Pool): Promise<void> {
  await pool.query('select 1');
}
