import type { Pool } from 'pg';
import { admitUpstreamMessage, PersonIdentity } from '@hub/domain';
import { policeIncident } from '../../../test/support/builders';
import { freshPool } from '../../../test/support/infra';
import { EventStore, type StoredEventInput } from './event-store';

/** What EventStore.storeBatch reports per message, on PostgreSQL: ingest publishes only the `new` ones downstream. */
describe('EventStore.storeBatch outcomes', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  let store: EventStore;
  let offset = 0;
  const identity = new PersonIdentity('event-store-test-key-0123456789ab');
  const input = (incidentNo: string, revision: number): StoredEventInput => ({
    event: admitUpstreamMessage(
      'police110',
      Buffer.from(JSON.stringify(policeIncident({ incidentNo, revision, callText: '报警人称丈夫打她。' }))),
      {
        policy: { maxMessageBytes: 1 << 20, maxTextChars: 8000, futureToleranceMinutes: 10 },
        identity,
        divisions: { isKnown: () => true },
        now: new Date(),
        correlationId: 'event-store',
      },
    ),
    kafka: { topic: 'upstream.police110.incident.v1', partition: 0, offset: String(offset++) },
  });
  const storedCount = async () => Number((await pool.query('SELECT count(*) FROM normalized_event')).rows[0].count);

  beforeAll(async () => {
    db = await freshPool(2);
    ({ pool } = db);
    store = new EventStore(pool);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('marks only the first of two copies of one message in a batch as new', async () => {
    const copy = input('J411202ES0001', 1);
    const other = input('J411202ES0002', 1);
    expect(await store.storeBatch([copy, other, { ...copy, kafka: { ...copy.kafka, offset: String(offset++) } }])).toEqual([
      'new',
      'new',
      'duplicate',
    ]);
    expect(await storedCount()).toBe(2);
    // Redelivered in a later batch: still a duplicate.
    expect(await store.storeBatch([copy])).toEqual(['duplicate']);
  });

  it('keeps the newest revision of a record as the head: older ones in the batch are superseded, later ones stale', async () => {
    const first = input('J411202ES0003', 1);
    const second = input('J411202ES0003', 2);
    expect(await store.storeBatch([first, second])).toEqual(['superseded', 'new']);
    expect(await store.storeBatch([input('J411202ES0003', 1)])).toEqual(['stale']);
    const head = await pool.query(`SELECT revision FROM source_record_head WHERE source_ref = 'J411202ES0003'`);
    expect(head.rows).toEqual([{ revision: 2 }]);
  });
});
