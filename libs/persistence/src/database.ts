import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from './generated/prisma/client';

export { PrismaClient };
export type { Prisma } from './generated/prisma/client';

/**
 * One pg pool per process, shared by Prisma (through the driver adapter, since the native query
 * engine cannot be downloaded here) and by the batched hot paths that write raw SQL (each names the
 * benchmark that keeps it on pg). The pool's one Prisma client is made when first asked for (`prismaOver`),
 * which stores do only in the methods that query through it, so a process that runs none (risk) creates none.
 */
export interface Database {
  pool: Pool;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export function openDatabase(
  url: string,
  options: {
    max?: number;
    applicationName?: string;
    onError?: (e: Error) => void;
    /**
     * Turns PostgreSQL's JIT off for this pool's sessions. The pipeline's statements are short, but a batch's
     * planner estimate (an `= ANY($1)` over a few dozen keys with a subquery per row) passes jit_above_cost, and
     * compiling took 10-30 ms for a statement that runs in 2 ms (on this machine; `npm run bench -- dispatch`
     * measured the grid workers' look-up at 202 ms a batch with JIT, docs/benchmarks.md).
     */
    noJit?: boolean;
  } = {},
): Database {
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'suyuan-hub',
    connectionTimeoutMillis: 5_000,
    ...(options.noJit ? { options: '-c jit=off' } : {}),
  });
  // A client losing its connection (PostgreSQL restarted) must not crash the process: the pool handles
  // idle clients' 'error' events only, and drops its handler while a client is checked out (a transaction,
  // the outbox relay), so every client gets one of its own for its whole life. The query in flight
  // fails on its own and is retried by its caller; the next query gets a fresh connection.
  const onError = options.onError ?? (() => undefined);
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return {
    pool,
    get prisma() {
      return prismaOver(pool);
    },
    async close() {
      await clients.get(pool)?.$disconnect();
      clients.delete(pool);
      await pool.end().catch(() => undefined);
    },
  };
}

const clients = new WeakMap<Pool, PrismaClient>();

/**
 * The Prisma client that queries through `pool` (the driver adapter: no native engine here), made on first
 * use and then the same one for every store over that pool: the stores take the pool, their hot statements
 * run on it directly and their other queries through this client, so a process has one client or none.
 */
export function prismaOver(pool: Pool): PrismaClient {
  let client = clients.get(pool);
  if (!client) {
    // Minimal: an error's message is the cause alone, not the call's source excerpt (logged on every retry).
    client = new PrismaClient({ adapter: new PrismaPg(pool), errorFormat: 'minimal' });
    clients.set(pool, client);
  }
  return client;
}

/** The health probe's check, on the pool itself: the pool's connections are what it asks about. */
export async function pingDatabase(pool: Pool): Promise<void> {
  await pool.query('select 1');
}
