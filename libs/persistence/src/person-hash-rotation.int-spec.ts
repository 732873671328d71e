import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { admitUpstreamMessage, disputeThreadOf, PersonIdentity, personHashesOf } from '@hub/domain';
import { policeIncident } from '../../../test/support/builders';
import { freshPool } from '../../../test/support/infra';
import { rotatePersonHashes } from './person-hash-rotation';

/** The re-hash job of a key rotation on PostgreSQL: after it, records admitted under the rotated key link with the stored ones. */
describe('person-hash rotation', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  const oldKey = 'rotation-test-old-key-0123456789';
  const rotationKey = 'rotation-test-new-key-9876543210';
  const message = Buffer.from(
    JSON.stringify(policeIncident({ incidentNo: 'J411202ROT1', callText: '报警人称丈夫威胁她，电话13903981234。' })),
  );
  const admit = (identity: PersonIdentity) =>
    admitUpstreamMessage('police110', message, {
      policy: { maxMessageBytes: 1 << 20, maxTextChars: 8000, futureToleranceMinutes: 10 },
      identity,
      divisions: { isKnown: () => true },
      now: new Date(),
      correlationId: 'rotation',
    });

  beforeAll(async () => {
    db = await freshPool(2);
    ({ pool } = db);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('rewraps every stored hash and what derives from them, so that new records still link', async () => {
    const before = admit(new PersonIdentity(oldKey));
    const thread = disputeThreadOf(before);
    const assessmentId = randomUUID();
    await pool.query(
      `INSERT INTO normalized_event (event_id, source, source_ref, revision, status, occurred_at, division_code, household_key, flags, payload,
         correlation_id, kafka_topic, kafka_partition, kafka_offset)
       VALUES ($1, 'police110', $2, 1, 'received', now(), '411202001001', $3, '{}', $4, 'c', 't', 0, 0)`,
      [before.eventId, before.sourceRef, before.householdKey, JSON.stringify(before)],
    );
    await pool.query(
      `INSERT INTO risk_assessment (assessment_id, event_id, source, source_ref, revision, occurred_at, household_key, person_hashes, thread_key,
         division_code, domain, family_romantic, risk_score, risk_level, factor_codes, factors, rules_version, correlation_id)
       VALUES ($1, $2, 'police110', $3, 1, now(), $4, $5, $6, '411202001001', 'marriage_family', true, 80, 'red', '{}', '{}', 't', 'c')`,
      [assessmentId, before.eventId, before.sourceRef, before.householdKey, personHashesOf(before), thread.threadKey],
    );
    await pool.query(
      `INSERT INTO dispute_thread (thread_key, basis, parties, household_key, division_code, first_seen, last_seen, last_level, max_score, last_assessment_id)
       VALUES ($1, $2, $3, $4, '411202001001', now(), now(), 'red', 80, $5)`,
      [thread.threadKey, thread.basis, thread.parties, before.householdKey, assessmentId],
    );
    await pool.query(
      `INSERT INTO grid_task (task_id, household_key, thread_key, division_code, route_method, route_reason, risk_level, risk_score, state,
         last_assessment_id, correlation_id) VALUES ($1, $2, $3, '411202001001', 'grid_code', 'r', 'red', 80, 'reported', $4, 'c')`,
      [randomUUID(), before.householdKey, thread.threadKey, assessmentId],
    );
    await pool.query(`INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ('grid-alerts', 'x', 'j1', $1)`, [
      JSON.stringify({ householdKey: before.householdKey, assessmentId }),
    ]);
    const threadId = (await pool.query<{ thread_id: string }>('SELECT thread_id FROM dispute_thread')).rows[0].thread_id;

    expect(await rotatePersonHashes(pool, rotationKey)).toEqual({ events: 1, assessments: 1, threads: 1, tasks: 1, outbox: 1 });

    // The same message admitted after the rotation, under the old key and the rotation key.
    const after = admit(new PersonIdentity(oldKey, [rotationKey]));
    const afterThread = disputeThreadOf(after);
    expect(after.householdKey).not.toBe(before.householdKey);
    expect(afterThread.threadKey).not.toBe(thread.threadKey);
    const event = (
      await pool.query<{ household_key: string; payload: typeof after }>('SELECT household_key, payload FROM normalized_event')
    ).rows[0];
    expect(event.household_key).toBe(after.householdKey);
    expect(event.payload.persons.map((p) => [p.idHash, p.phoneHash])).toEqual(after.persons.map((p) => [p.idHash, p.phoneHash]));
    expect(event.payload.mentions).toEqual(after.mentions);
    const a = (await pool.query('SELECT household_key, person_hashes, thread_key FROM risk_assessment')).rows[0];
    expect(a).toEqual({ household_key: after.householdKey, person_hashes: personHashesOf(after), thread_key: afterThread.threadKey });
    const t = (await pool.query('SELECT thread_key, parties, household_key, thread_id FROM dispute_thread')).rows[0];
    expect(t).toEqual({
      thread_key: afterThread.threadKey,
      parties: afterThread.parties,
      household_key: after.householdKey,
      thread_id: threadId,
    });
    const task = (await pool.query('SELECT household_key, thread_key FROM grid_task')).rows[0];
    expect(task).toEqual({ household_key: after.householdKey, thread_key: afterThread.threadKey });
    const out = (await pool.query<{ payload: { householdKey: string } }>('SELECT payload FROM outbox')).rows[0];
    expect(out.payload.householdKey).toBe(after.householdKey);
  });
});
