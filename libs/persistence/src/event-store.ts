import type { NormalizedEventV1 } from '@hub/contracts';
import type { Pool } from 'pg';

export interface StoredEventInput {
  event: NormalizedEventV1;
  kafka: { topic: string; partition: number; offset: string };
}

function recordKey(e: NormalizedEventV1): string {
  return `${e.source}|${e.sourceRef}`;
}

/**
 * new: first time this revision is stored and it is the newest of its record.
 * duplicate: this revision was stored before (redelivery or a resend); still the newest.
 * superseded: a newer revision of the same record came in the same batch; stored for history only.
 * stale: arrived late, after a newer revision was stored; kept for history, never replaces the newer one.
 */
export type StoreOutcome = 'new' | 'duplicate' | 'superseded' | 'stale';

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
        const cur = newest.get(recordKey(event));
        if (!cur || cur.revision < event.revision) newest.set(recordKey(event), event);
      }
      const incoming = JSON.stringify(
        [...newest.values()].map((e) => ({ source: e.source, source_ref: e.sourceRef, revision: e.revision, event_id: e.eventId })),
      );
      // Lock and read the heads as they were before this batch, then move them forward.
      const before = await client.query<{ source: string; source_ref: string; revision: number }>(
        `SELECT h.source, h.source_ref, h.revision FROM source_record_head h
         JOIN jsonb_to_recordset($1::jsonb) AS t(source text, source_ref text) USING (source, source_ref)
         ORDER BY h.source, h.source_ref FOR UPDATE OF h`,
        [incoming],
      );
      await client.query(
        `INSERT INTO source_record_head (source, source_ref, revision, event_id)
         SELECT source, source_ref, revision, event_id
         FROM jsonb_to_recordset($1::jsonb) AS t(source text, source_ref text, revision int, event_id uuid)
         ORDER BY source, source_ref
         ON CONFLICT (source, source_ref) DO UPDATE
           SET revision = EXCLUDED.revision, event_id = EXCLUDED.event_id, updated_at = now()
           WHERE source_record_head.revision < EXCLUDED.revision`,
        [incoming],
      );
      await client.query('COMMIT');
      const previous = new Map(before.rows.map((h) => [`${h.source}|${h.source_ref}`, h.revision]));
      return inputs.map(({ event }) => {
        if (event.revision < (previous.get(recordKey(event)) ?? 0)) return 'stale';
        if (event.revision < newest.get(recordKey(event))!.revision) return 'superseded';
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
