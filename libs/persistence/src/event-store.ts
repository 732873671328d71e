import type { NormalizedEventV1 } from '@hub/contracts';
import type { Pool } from 'pg';

export interface StoredEventInput {
  event: NormalizedEventV1;
  kafka: { topic: string; partition: number; offset: string };
}

/**
 * new: first time this revision is stored and it is the newest of its record.
 * duplicate: this revision was stored before (redelivery or a resend); still the newest.
 * stale: an older revision than one already stored; kept for history, never replaces the newer one.
 */
export type StoreOutcome = 'new' | 'duplicate' | 'stale';

/** Normalized events in PostgreSQL, written a Kafka batch at a time in one transaction. */
export class EventStore {
  constructor(private readonly pool: Pool) {}

  async storeBatch(inputs: StoredEventInput[]): Promise<StoreOutcome[]> {
    if (inputs.length === 0) return [];
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const rows = inputs.map(({ event: e, kafka }) => ({
        event_id: e.eventId,
        source: e.source,
        source_ref: e.sourceRef,
        revision: e.revision,
        status: e.status,
        occurred_at: e.occurredAt,
        division_code: e.location.divisionCode,
        household_key: e.householdKey,
        flags: e.flags,
        payload: e,
        correlation_id: e.correlationId,
        kafka_topic: kafka.topic,
        kafka_partition: kafka.partition,
        kafka_offset: kafka.offset,
      }));
      const inserted = await client.query<{ event_id: string }>(
        `INSERT INTO normalized_event (event_id, source, source_ref, revision, status, occurred_at, division_code,
            household_key, flags, payload, correlation_id, kafka_topic, kafka_partition, kafka_offset)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(event_id uuid, source text, source_ref text, revision int,
            status text, occurred_at timestamptz, division_code char(12), household_key text, flags text[], payload jsonb,
            correlation_id text, kafka_topic text, kafka_partition int, kafka_offset bigint)
         ON CONFLICT DO NOTHING
         RETURNING event_id`,
        [JSON.stringify(rows)],
      );
      const fresh = new Set(inserted.rows.map((r) => r.event_id));

      // Newest revision per record within the batch; the head only moves forward.
      const newest = new Map<string, NormalizedEventV1>();
      for (const { event } of inputs) {
        const k = `${event.source}|${event.sourceRef}`;
        const cur = newest.get(k);
        if (!cur || cur.revision < event.revision) newest.set(k, event);
      }
      const heads = await client.query<{ source: string; source_ref: string; revision: number }>(
        `WITH incoming AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(source text, source_ref text, revision int, event_id uuid)
         ), upserted AS (
           INSERT INTO source_record_head (source, source_ref, revision, event_id)
           SELECT source, source_ref, revision, event_id FROM incoming
           ON CONFLICT (source, source_ref) DO UPDATE
             SET revision = EXCLUDED.revision, event_id = EXCLUDED.event_id, updated_at = now()
             WHERE source_record_head.revision < EXCLUDED.revision
           RETURNING source, source_ref, revision
         )
         SELECT h.source, h.source_ref, h.revision FROM source_record_head h JOIN incoming i USING (source, source_ref)
         WHERE NOT EXISTS (SELECT 1 FROM upserted u WHERE u.source = h.source AND u.source_ref = h.source_ref)
         UNION ALL SELECT source, source_ref, revision FROM upserted`,
        [JSON.stringify([...newest.values()].map((e) => ({ source: e.source, source_ref: e.sourceRef, revision: e.revision, event_id: e.eventId })))],
      );
      await client.query('COMMIT');
      const headRevision = new Map(heads.rows.map((h) => [`${h.source}|${h.source_ref}`, h.revision]));
      return inputs.map(({ event }) => {
        const head = headRevision.get(`${event.source}|${event.sourceRef}`) ?? event.revision;
        if (event.revision < head) return 'stale';
        return fresh.has(event.eventId) ? 'new' : 'duplicate';
      });
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}
