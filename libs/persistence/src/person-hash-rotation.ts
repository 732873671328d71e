import { pairThreadKey, rewrapHash } from '@hub/domain';
import type { Pool } from 'pg';
import { prismaOver, type Prisma } from './database';

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
 * queues drained, then start them with the rotation key added (PERSON_HASH_ROTATION_KEYS).
 * Through Prisma: each table is read a batch at a time by the typed client (keyset pages) and written back
 * with one UPDATE … FROM json_to_recordset per batch, a tagged `$executeRaw` (the client updates one row per
 * statement, and this walks every stored record).
 */
export async function rotatePersonHashes(pool: Pool, rotationKey: string): Promise<Counts> {
  const wrap = (h: string) => rewrapHash(rotationKey, h);
  const household = (k: string) => (k.startsWith('hh_') ? `hh_${wrap(k.slice(3))}` : k);
  // The whole rotation is one transaction, however long it takes (the apps are stopped meanwhile).
  return prismaOver(pool).$transaction(
    async (tx) => {
      // Threads first: their parties give the new pair keys, which assessments and tasks then take.
      const threadKeys = new Map<string, string>();
      const threads = await tx.disputeThread.findMany({ select: { threadKey: true, basis: true, parties: true, householdKey: true } });
      const rewritten = threads.map((t) => {
        const parties = t.parties.map(wrap).sort(); // kept sorted, as the thread records them
        const key = t.basis === 'pair' ? pairThreadKey(parties) : `household:${household(t.householdKey)}`;
        threadKeys.set(t.threadKey, key);
        return { old_key: t.threadKey, thread_key: key, parties, household_key: household(t.householdKey) };
      });
      for (let i = 0; i < rewritten.length; i += BATCH) {
        await tx.$executeRaw`UPDATE dispute_thread t SET thread_key = u.thread_key, parties = u.parties, household_key = u.household_key
          FROM json_to_recordset(${JSON.stringify(rewritten.slice(i, i + BATCH))}::json)
            AS u(old_key text, thread_key text, parties text[], household_key text)
          WHERE t.thread_key = u.old_key`;
      }
      const thread = (k: string | null) =>
        k === null ? null : (threadKeys.get(k) ?? (k.startsWith('household:') ? `household:${household(k.slice(10))}` : k));

      const events = await inKeysetBatches(
        (after: string | undefined) =>
          tx.normalizedEvent.findMany({
            where: after === undefined ? {} : { eventId: { gt: after } },
            orderBy: { eventId: 'asc' },
            take: BATCH,
            select: { eventId: true, householdKey: true, payload: true },
          }),
        (r) => r.eventId,
        async (rows) => {
          const updates = rows.map((r) => {
            const p = r.payload as unknown as EventPayload;
            p.householdKey = household(p.householdKey);
            for (const person of p.persons ?? []) {
              if (person.idHash) person.idHash = wrap(person.idHash);
              if (person.phoneHash) person.phoneHash = wrap(person.phoneHash);
            }
            for (const m of p.mentions ?? []) m.hash = wrap(m.hash);
            return { event_id: r.eventId, household_key: household(r.householdKey), payload: p };
          });
          // `payload json`: json_to_recordset keeps each payload's text as written (the column is json, not jsonb).
          await tx.$executeRaw`UPDATE normalized_event e SET household_key = u.household_key, payload = u.payload
          FROM json_to_recordset(${JSON.stringify(updates)}::json) AS u(event_id uuid, household_key text, payload json)
          WHERE e.event_id = u.event_id`;
        },
      );

      const assessments = await inKeysetBatches(
        (after: string | undefined) =>
          tx.riskAssessment.findMany({
            where: after === undefined ? {} : { assessmentId: { gt: after } },
            orderBy: { assessmentId: 'asc' },
            take: BATCH,
            select: { assessmentId: true, householdKey: true, personHashes: true, threadKey: true },
          }),
        (r) => r.assessmentId,
        async (rows) => {
          const updates = rows.map((r) => ({
            assessment_id: r.assessmentId,
            household_key: household(r.householdKey),
            person_hashes: r.personHashes.map(wrap),
            thread_key: thread(r.threadKey),
          }));
          await tx.$executeRaw`UPDATE risk_assessment a
          SET household_key = u.household_key, person_hashes = u.person_hashes, thread_key = u.thread_key
          FROM json_to_recordset(${JSON.stringify(updates)}::json)
            AS u(assessment_id uuid, household_key text, person_hashes text[], thread_key text)
          WHERE a.assessment_id = u.assessment_id`;
        },
      );

      const tasks = await inKeysetBatches(
        (after: string | undefined) =>
          tx.gridTask.findMany({
            where: after === undefined ? {} : { taskId: { gt: after } },
            orderBy: { taskId: 'asc' },
            take: BATCH,
            select: { taskId: true, householdKey: true, threadKey: true },
          }),
        (r) => r.taskId,
        async (rows) => {
          const updates = rows.map((r) => ({
            task_id: r.taskId,
            household_key: household(r.householdKey),
            thread_key: thread(r.threadKey),
          }));
          await tx.$executeRaw`UPDATE grid_task t SET household_key = u.household_key, thread_key = u.thread_key
          FROM json_to_recordset(${JSON.stringify(updates)}::json) AS u(task_id uuid, household_key text, thread_key text)
          WHERE t.task_id = u.task_id`;
        },
      );

      // Counted as walked (every row); only rows whose payload names a household change.
      const outbox = await inKeysetBatches(
        (after: bigint | undefined) =>
          tx.outbox.findMany({
            where: after === undefined ? {} : { id: { gt: after } },
            orderBy: { id: 'asc' },
            take: BATCH,
            select: { id: true, payload: true },
          }),
        (r) => r.id,
        async (rows) => {
          const updates = rows.flatMap((r) => {
            const payload = r.payload as Prisma.JsonObject & { householdKey?: string };
            return payload.householdKey
              ? [{ id: r.id.toString(), payload: { ...payload, householdKey: household(payload.householdKey) } }]
              : [];
          });
          if (updates.length) {
            await tx.$executeRaw`UPDATE outbox o SET payload = u.payload
            FROM json_to_recordset(${JSON.stringify(updates)}::json) AS u(id bigint, payload jsonb)
            WHERE o.id = u.id`;
          }
        },
      );
      return { events, assessments, threads: threads.length, tasks, outbox };
    },
    { maxWait: 30_000, timeout: 24 * 3_600_000 },
  );
}

/**
 * Walks a table in keyset pages (`page(after)` returns the rows after the given key, in key order, at most
 * BATCH of them) and hands each page to `apply`; returns the rows walked.
 */
async function inKeysetBatches<R, K>(
  page: (after: K | undefined) => Promise<R[]>,
  keyOf: (r: R) => K,
  apply: (rows: R[]) => Promise<void>,
): Promise<number> {
  let walked = 0;
  for (let after: K | undefined; ;) {
    const rows = await page(after);
    if (rows.length === 0) return walked;
    await apply(rows);
    walked += rows.length;
    after = keyOf(rows[rows.length - 1]);
  }
}

interface EventPayload {
  householdKey: string;
  persons?: { idHash?: string; phoneHash?: string }[];
  mentions?: { hash: string }[];
}
