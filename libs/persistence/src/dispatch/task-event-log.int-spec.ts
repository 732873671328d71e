import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { freshPool } from '../../../../test/support/infra';
import { PersonalDataReads } from '../access-audit';
import { TaskEventLog } from './task-event-log';

/**
 * Tables read in id order while selecting `id::text`: the order must be the numeric id's, also where the
 * id gains a digit (9 → 10). A task's events are published on hub.task.event.v1 in this order.
 */
describe('id order across a change of digits', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;

  beforeAll(async () => {
    db = await freshPool(2);
    ({ pool } = db);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('gives unpublished task events in numeric id order', async () => {
    const taskId = randomUUID();
    await pool.query(
      `INSERT INTO task_event (id, task_id, type, actor_kind, actor_id, reason)
       SELECT i, $1, 'created', 'system', 'dispatch', 'r' || i FROM generate_series(8, 12) AS i`,
      [taskId],
    );
    const events = await new TaskEventLog(pool).unpublished(3);
    expect(events.map((e) => e.sequence)).toEqual(['8', '9', '10']);
  });

  it('lists personal-data reads newest first by numeric id', async () => {
    await pool.query(
      `INSERT INTO personal_data_read (id, actor, role, record_kind, record_id, fields, method, path)
       SELECT i, 'auditor-test', 'auditor', 'assessment', 'rec-' || i, '{name}', 'GET', '/x' FROM generate_series(8, 12) AS i`,
    );
    const rows = (await new PersonalDataReads(pool).list({ actor: 'auditor-test', limit: 3, offset: 0 })) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(['12', '11', '10']);
  });
});
