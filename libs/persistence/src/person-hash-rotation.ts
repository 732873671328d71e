import { pairThreadKey, rewrapHash } from '@hub/domain';
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from './transaction';

const BATCH = 2000;

interface Counts {
  events: number;
  assessments: number;
  threads: number;
  tasks: number;
  outbox: number;
}

/**
 * The re-hash job of a hash-key rotation: every stored person hash h becomes rewrapHash(key, h), and
 * what is derived from hashes follows (household keys `hh_<h>`, pair thread keys from the parties),
 * in one transaction, so the hub never sees half-rotated data. Run it with the apps stopped and the
 * queues drained, then start them with the rotation key added (PERSON_HASH_ROTATION_KEYS). On pg: one
 * transaction walks every table by name (keyset pages), which Prisma's typed client cannot take as a parameter.
 */
export async function rotatePersonHashes(pool: Pool, rotationKey: string): Promise<Counts> {
  const wrap = (h: string) => rewrapHash(rotationKey, h);
  const household = (k: string) => (k.startsWith('hh_') ? `hh_${wrap(k.slice(3))}` : k);
  return inTransaction(pool, async (c) => {
    // Threads first: their parties give the new pair keys, which assessments and tasks then take.
    const threadKeys = new Map<string, string>();
    const threads = await c.query<{ thread_key: string; basis: string; parties: string[]; household_key: string }>(
      'SELECT thread_key, basis, parties, household_key FROM dispute_thread',
    );
    for (const t of threads.rows) {
      const parties = t.parties.map(wrap).sort(); // kept sorted, as the thread records them
      const key = t.basis === 'pair' ? pairThreadKey(parties) : `household:${household(t.household_key)}`;
      threadKeys.set(t.thread_key, key);
      await c.query('UPDATE dispute_thread SET thread_key = $2, parties = $3, household_key = $4 WHERE thread_key = $1', [
        t.thread_key,
        key,
        parties,
        household(t.household_key),
      ]);
    }
    const thread = (k: string | null) =>
      k === null ? null : (threadKeys.get(k) ?? (k.startsWith('household:') ? `household:${household(k.slice(10))}` : k));

    const events = await eachBatch(c, 'normalized_event', 'event_id', 'household_key, payload', async (rows) => {
      for (const r of rows as { event_id: string; household_key: string; payload: EventPayload }[]) {
        const p = r.payload;
        p.householdKey = household(p.householdKey);
        for (const person of p.persons ?? []) {
          if (person.idHash) person.idHash = wrap(person.idHash);
          if (person.phoneHash) person.phoneHash = wrap(person.phoneHash);
        }
        for (const m of p.mentions ?? []) m.hash = wrap(m.hash);
        await c.query('UPDATE normalized_event SET household_key = $2, payload = $3 WHERE event_id = $1', [
          r.event_id,
          household(r.household_key),
          JSON.stringify(p),
        ]);
      }
    });
    const assessments = await eachBatch(c, 'risk_assessment', 'assessment_id', 'household_key, person_hashes, thread_key', async (rows) => {
      for (const r of rows as { assessment_id: string; household_key: string; person_hashes: string[]; thread_key: string | null }[]) {
        await c.query('UPDATE risk_assessment SET household_key = $2, person_hashes = $3, thread_key = $4 WHERE assessment_id = $1', [
          r.assessment_id,
          household(r.household_key),
          r.person_hashes.map(wrap),
          thread(r.thread_key),
        ]);
      }
    });
    const tasks = await eachBatch(c, 'grid_task', 'task_id', 'household_key, thread_key', async (rows) => {
      for (const r of rows as { task_id: string; household_key: string; thread_key: string | null }[]) {
        await c.query('UPDATE grid_task SET household_key = $2, thread_key = $3 WHERE task_id = $1', [
          r.task_id,
          household(r.household_key),
          thread(r.thread_key),
        ]);
      }
    });
    const outbox = await eachBatch(c, 'outbox', 'id', 'payload', async (rows) => {
      for (const r of rows as { id: string; payload: { householdKey?: string } }[]) {
        if (!r.payload.householdKey) continue;
        await c.query('UPDATE outbox SET payload = $2 WHERE id = $1', [
          r.id,
          JSON.stringify({ ...r.payload, householdKey: household(r.payload.householdKey) }),
        ]);
      }
    });
    return { events, assessments, threads: threads.rows.length, tasks, outbox };
  });
}

interface EventPayload {
  householdKey: string;
  persons?: { idHash?: string; phoneHash?: string }[];
  mentions?: { hash: string }[];
}

/** Walks a table in key order, a batch at a time (keyset paging: no offset scans). */
async function eachBatch(
  c: PoolClient,
  table: string,
  key: string,
  columns: string,
  work: (rows: unknown[]) => Promise<void>,
): Promise<number> {
  let last: string | null = null;
  let n = 0;
  for (;;) {
    const { rows }: { rows: Record<string, string>[] } = await c.query<Record<string, string>>(
      `SELECT ${key}::text AS ${key}, ${columns} FROM ${table} WHERE $1::text IS NULL OR ${key}::text > $1 ORDER BY ${key}::text LIMIT ${BATCH}`,
      [last],
    );
    if (rows.length === 0) return n;
    await work(rows);
    n += rows.length;
    last = rows[rows.length - 1][key];
  }
}
